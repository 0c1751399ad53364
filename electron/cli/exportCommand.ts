import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { EXPORT_KINDS } from '../../shared/report/tables.js';
import { checkExportFormat, checkExportKind, exportWorkbookTable } from '../export/exportTable.js';
import { openWorkbook } from '../workbook/open.js';
import type { CliIo } from './main.js';
import { checkOutputPath } from './outputPath.js';
import { say } from './language.js';

export function registerExport(program: Command, io: CliIo): void {
  program
    .command('export')
    .description(say('cli.help.export', { kinds: EXPORT_KINDS.join(', ') }))
    .argument('<file>', say('cli.help.file'))
    .argument('<kind>', say('cli.help.export_kind', { kinds: EXPORT_KINDS.join(' ') }))
    .requiredOption('--format <format>', say('cli.help.export_format'))
    .requiredOption('--out <path>', say('cli.help.out_file'))
    .action(async (file: string, kindText: string, opts: { format: string; out: string }) => {
      const kind = checkExportKind(kindText);
      const format = checkExportFormat(opts.format);
      const wb = openWorkbook(file);
      try {
        const target = checkOutputPath(opts.out, file);
        const exported = await exportWorkbookTable(wb, kind, format);
        writeFileSync(target, exported.bytes);
        io.out(say('cli.out.wrote', { file: opts.out }));
      } finally {
        wb.close();
      }
    });
}
