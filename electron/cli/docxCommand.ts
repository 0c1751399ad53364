import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { WorkbookError } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';
import { WORD_DOCUMENTS, WORD_DOCUMENTS_WITH_ID, isWordDocumentKind } from '../../shared/report/wordDocumentKinds.js';
import { openWorkbook } from '../workbook/open.js';
import type { CliIo } from './main.js';
import { cliRun, say } from './language.js';
import { checkOutputPath } from './outputPath.js';

/**
 * `prosjektboka docx <file> meeting <id> --out referat.docx` (or `report <id>`): a report as a
 * Word document, named like its printout (`print … meeting <id>`), in --lang's
 * language (bokmål by default, as `print`).
 */
export function registerDocx(program: Command, io: CliIo): void {
  const documents = WORD_DOCUMENTS.join(', ');
  program
    .command('docx')
    .description(say('cli.help.docx', { documents }))
    .argument('<file>', say('cli.help.file'))
    .argument('<document>', say('cli.help.docx_document', { documents: WORD_DOCUMENTS.join(' ') }))
    .argument('[id]', say('cli.help.docx_id'))
    .requiredOption('--out <docx>', say('cli.help.docx_out'))
    .option('--date <yyyy-mm-dd>', say('cli.help.print_date'))
    .addHelpText('after', say('cli.help.docx_lang'))
    .action(async (file: string, document: string, id: string | undefined, opts: { out: string; date?: string }) => {
      if (!isWordDocumentKind(document)) throw new WorkbookError('usage', msg('cli.unknown_docx', { document, known: documents }));
      const takesId = WORD_DOCUMENTS_WITH_ID.includes(document);
      if (takesId && !id) throw new WorkbookError('usage', msg(document === 'report' ? 'cli.docx_report_needs_id' : 'cli.docx_meeting_needs_id'));
      if (!takesId && id) throw new WorkbookError('usage', msg('cli.docx_takes_no_id', { document }));
      if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) throw new WorkbookError('usage', msg('cli.bad_date', { date: opts.date }));
      if (!/\.docx$/i.test(opts.out)) throw new WorkbookError('usage', msg('cli.docx_not_docx', { path: opts.out }));
      const target = checkOutputPath(opts.out, file);
      const { exportWordDocument } = await import('../export/docx/wordExport.js');
      const wb = openWorkbook(file);
      try {
        const exported = await exportWordDocument(wb, { document, id, date: opts.date, lang: cliRun.lang ?? 'nb' });
        writeFileSync(target, exported.bytes);
        io.out(say('cli.out.wrote', { file: opts.out }));
      } finally {
        wb.close();
      }
    });
}
