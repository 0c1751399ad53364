import { existsSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { WorkbookError } from '../../shared/errors.js';
import { EXPORT_KINDS } from '../../shared/report/tables.js';
import { checkExportFormat, checkExportKind, exportWorkbookTable } from '../export/exportTable.js';
import { openWorkbook } from '../workbook/open.js';
import type { CliIo } from './main.js';

/**
 * Where a command may write a file it makes (an export, a PDF): anywhere in an
 * existing folder, replacing an earlier file of the same name, but never the
 * workbook it reads.
 */
export function checkOutputPath(out: string, workbookFile: string): string {
  const target = resolve(out);
  const dir = dirname(target);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new WorkbookError('not_found', `Mappen ${dir} finnes ikke; ingenting er skrevet.`);
  }
  const same = (a: string, b: string) => {
    try {
      return realpathSync(a) === realpathSync(b);
    } catch {
      return resolve(a) === resolve(b);
    }
  };
  if (existsSync(target) && (same(target, workbookFile) || statSync(target).isDirectory())) {
    throw new WorkbookError('usage', `Vil ikke skrive over ${out}: det er ${statSync(target).isDirectory() ? 'en mappe' : 'arbeidsboka selv'}.`);
  }
  return target;
}

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
