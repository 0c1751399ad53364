import { writeFileSync } from 'node:fs';
import type { Orientation, PrintLanguage, PrintView } from '../../shared/report/printRoutes.js';
import { createHandlers } from '../api/handlers.js';
import { WorkbookSession } from '../api/session.js';
import { openWorkbook } from '../workbook/open.js';
import { sharedPrintBrowser, type Browser } from './chromium.js';
import { PrintEngine, renderPdfForApi, type RenderedPdf } from './renderPdf.js';

export interface RenderPdfOptions {
  /** A workbook file to open for this rendering (and close after), or an open session to read. */
  readonly workbookPath?: string;
  readonly session?: WorkbookSession;
  readonly view: PrintView;
  readonly id?: string;
  readonly orientation?: Orientation;
  readonly date?: string;
  readonly lang?: PrintLanguage;
  /** Where to write the PDF; only returned when left out. */
  readonly out?: string;
  readonly chromiumPath?: string;
  /** A browser to print in; the process's shared one otherwise (chromium.ts: closeSharedPrintBrowser ends it). */
  readonly browser?: Browser;
}

/** One print view of a workbook as a PDF, the way the CLI, the tests and the bench make it. */
export async function renderPdf(options: RenderPdfOptions): Promise<RenderedPdf> {
  if (!options.session && !options.workbookPath) throw new Error('renderPdf needs a workbookPath or a session');
  // Chromium starts while the workbook opens; a refused workbook is still the error the user sees first.
  const browser = options.browser ? Promise.resolve(options.browser) : sharedPrintBrowser(options.chromiumPath);
  browser.catch(() => undefined);
  const session = options.session ?? new WorkbookSession(openWorkbook(options.workbookPath!), { canSwitch: false });
  const engine = new PrintEngine({ handlers: createHandlers(session, { renderPdf: renderPdfForApi }), browser });
  try {
    const rendered = await engine.render(options);
    if (options.out) writeFileSync(options.out, rendered.bytes);
    return rendered;
  } finally {
    await engine.close();
    if (!options.session) session.close();
  }
}
