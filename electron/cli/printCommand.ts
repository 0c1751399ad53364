import type { Command } from 'commander';
import { WorkbookError } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';
import { ORIENTATIONS, PRINT_VIEWS, VIEWS_WITH_ID, isOrientation, isPrintView } from '../../shared/report/printRoutes.js';
import { closeSharedPrintBrowser, sharedPrintBrowser } from '../print/chromium.js';
import type { CliIo } from './main.js';
import { cliRun, say } from './language.js';
import { checkOutputPath } from './outputPath.js';

export function registerPrint(program: Command, io: CliIo): void {
  program
    .command('print')
    .description(say('cli.help.print', { views: PRINT_VIEWS.join(', ') }))
    .argument('<file>', say('cli.help.file'))
    .argument('<view>', say('cli.help.print_view', { views: PRINT_VIEWS.join(' ') }))
    .argument('[id]', say('cli.help.print_id'))
    .requiredOption('--out <pdf>', say('cli.help.print_out'))
    .option('--orientation <o>', say('cli.help.print_orientation', { orientations: ORIENTATIONS.join(' | ') }))
    .option('--chromium <path>', say('cli.help.print_chromium'))
    .option('--date <yyyy-mm-dd>', say('cli.help.print_date'))
    .addHelpText('after', say('cli.help.print_lang'))
    .action(async (file: string, view: string, id: string | undefined, opts: { out: string; orientation?: string; chromium?: string; date?: string }) => {
      if (!isPrintView(view)) throw new WorkbookError('usage', msg('cli.unknown_print', { view, known: PRINT_VIEWS.join(', ') }));
      if (view === 'meeting' && !id) throw new WorkbookError('usage', msg('cli.meeting_needs_id'));
      if (view === 'person' && !id) throw new WorkbookError('usage', msg('cli.person_needs_id'));
      if (view === 'report' && !id) throw new WorkbookError('usage', msg('cli.report_needs_id'));
      if (!VIEWS_WITH_ID.includes(view) && id) throw new WorkbookError('usage', msg('cli.print_takes_no_id', { view }));
      if (opts.orientation !== undefined && !isOrientation(opts.orientation)) {
        throw new WorkbookError('usage', msg('cli.unknown_orientation', { orientation: opts.orientation }));
      }
      if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) {
        throw new WorkbookError('usage', msg('cli.bad_date', { date: opts.date }));
      }
      const out = checkOutputPath(opts.out, file);
      // Chromium starts first, so it is getting ready while the printing code loads and the workbook opens.
      sharedPrintBrowser(opts.chromium).catch(() => undefined);
      const { renderPdf } = await import('../print/printWorkbook.js');
      const rendered = await renderPdf({
        workbookPath: file, view, id, out,
        orientation: opts.orientation as 'plan' | 'dsb' | undefined,
        chromiumPath: opts.chromium, date: opts.date, lang: cliRun.lang ?? 'nb',
      }).finally(closeSharedPrintBrowser);
      io.out(say('cli.out.wrote_pages', { file: opts.out, pages: rendered.pages }));
    });
}
