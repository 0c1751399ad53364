import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { EXPORT_KINDS } from '../../shared/report/tables.js';
import { checkExportFormat, checkExportKind, exportWorkbookTable } from '../export/exportTable.js';
import { openWorkbook } from '../workbook/open.js';
import type { CliIo } from './main.js';
import { checkOutputPath } from './outputPath.js';

export function registerExport(program: Command, io: CliIo): void {
  program
    .command('export')
    .description(`eksporter en tabell som CSV eller XLSX (${EXPORT_KINDS.join(', ')})`)
    .argument('<file>', 'arbeidsbokfil')
    .argument('<kind>', `tabell: ${EXPORT_KINDS.join(' ')}`)
    .requiredOption('--format <format>', 'csv eller xlsx')
    .requiredOption('--out <path>', 'filen som skal skrives (en eldre fil med samme navn erstattes)')
    .action(async (file: string, kindText: string, opts: { format: string; out: string }) => {
      const kind = checkExportKind(kindText);
      const format = checkExportFormat(opts.format);
      const wb = openWorkbook(file);
      try {
        const target = checkOutputPath(opts.out, file);
        const exported = await exportWorkbookTable(wb, kind, format);
        writeFileSync(target, exported.bytes);
        io.out(`Skrev ${opts.out}`);
      } finally {
        wb.close();
      }
    });
}
