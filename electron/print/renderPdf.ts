import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { WorkbookError } from '../../shared/errors.js';
import { PDF_FILE_STEMS, printRoute, type Orientation, type PrintView } from '../../shared/report/printRoutes.js';
import type { ApiHandlers, PdfRenderer } from '../api/handlers.js';
import { startWebHost, type WebHost } from '../webhost/server.js';
import { launchPrintBrowser } from './chromium.js';
import { readOutline, readPdf, pageCount, withMetadata, type DocumentMetadata } from './pdfStructure.js';
import { tocPageNumbers } from './toc.js';

/**
 * The built renderer, as `npm run build` leaves it; the same folder as
 * RENDERER_DIR in electron/cli/serve.ts, named here again so this module does
 * not import the CLI (which imports the API handlers, which import this).
 */
const rendererDir = () => fileURLToPath(new URL('../../dist/renderer', import.meta.url));

export interface RenderViewOptions {
  /** The API the print view reads through: the same handlers the app and the web host use. */
  readonly handlers: ApiHandlers;
  readonly view: PrintView;
  readonly id?: string;
  readonly orientation?: Orientation;
  /** The report's date (ISO), when not today: for reproducible status reports. */
  readonly date?: string;
  readonly chromiumPath?: string;
  /** A browser to reuse (tests, bench); one is launched and closed otherwise. */
  readonly browser?: Browser;
  readonly rendererDir?: string;
}

export interface RenderedPdf {
  readonly bytes: Buffer;
  readonly fileName: string;
  readonly pages: number;
  readonly title: string;
}

const READY_TIMEOUT_MS = 30_000;

/** The options Chromium prints with everywhere: the page size and margins come from the view's CSS. */
export const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;

/**
 * Renders one print view to PDF in Chromium: the renderer is served by an
 * in-process web host over the given handlers, Chromium opens the view's
 * route, waits until the view says it is complete (body[data-print-ready]),
 * and prints with the view's own @page size. The plan is rendered twice: the
 * first PDF's outline tells on which page each chapter starts, the second
 * prints those numbers in the table of contents (see toc.ts).
 */
export async function renderViewPdf(options: RenderViewOptions): Promise<RenderedPdf> {
  const staticDir = options.rendererDir ?? rendererDir();
  if (!existsSync(`${staticDir}/index.html`)) {
    throw new WorkbookError('not_built', 'Brukergrensesnittet er ikke bygget; kjør «npm run build» først.', 'failure');
  }
  const browser = options.browser ?? (await launchPrintBrowser(options.chromiumPath));
  let host: WebHost | undefined;
  let context: BrowserContext | undefined;
  try {
    host = await startWebHost({ handlers: options.handlers, staticDir });
    context = await browser.newContext({ locale: 'nb-NO' });
    const url = host.url;
    const ctx = context;
    const route = (toc?: readonly number[]) =>
      `${url}${printRoute(options.view, { id: options.id, orientation: options.orientation, date: options.date, toc })}`;
    let page = await openReady(ctx.newPage(), route());
    if (options.view === 'plan') {
      const first = readPdf(await page.pdf(PDF_OPTIONS));
      const titles = await page.$$eval('[data-toc-title]', (els) => els.map((e) => e.getAttribute('data-toc-title') ?? ''));
      const pages = tocPageNumbers(titles, readOutline(first));
      await page.close();
      page = await openReady(ctx.newPage(), route(pages));
    }
    const raw = await page.pdf(PDF_OPTIONS);
    // Evaluated in the page; written as a string since this module is compiled without the DOM's types.
    const meta = (await page.evaluate(`({
      title: document.title,
      subject: document.body.dataset.printSubject || '',
      keywords: (document.body.dataset.printKeywords || '').split('|').filter(Boolean),
      language: document.documentElement.lang || 'nb-NO',
    })`)) as { title: string; subject: string; keywords: string[]; language: string };
    const metadata: DocumentMetadata = { ...meta, author: 'Prosjektboka', creator: 'Prosjektboka', created: new Date() };
    const bytes = withMetadata(Buffer.from(raw), metadata, randomUUID());
    return { bytes, fileName: `${PDF_FILE_STEMS[options.view]}.pdf`, pages: pageCount(readPdf(bytes)), title: meta.title };
  } finally {
    await context?.close().catch(() => undefined);
    if (!options.browser) await browser.close().catch(() => undefined);
    await host?.close();
  }
}

/** The API's renderPdf, for createHandlers (the web host, the CLI, the tests). */
export const renderPdfForApi: PdfRenderer = (handlers, { view, id, orientation, date }) => renderViewPdf({ handlers, view, id, orientation, date });

/** Opens a print route and waits until the view has rendered everything, or reports why it could not. */
async function openReady(pagePromise: Promise<Page>, url: string): Promise<Page> {
  const page = await pagePromise;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  try {
    await page.waitForSelector('body[data-print-ready="true"], body[data-print-error]', { timeout: READY_TIMEOUT_MS, state: 'attached' });
  } catch {
    // Say what the page showed, so a stuck rendering can be told from a slow one.
    const shown = String(await page.evaluate('document.body.innerText.slice(0, 120)').catch(() => '')).replace(/\s+/g, ' ').trim();
    const reason = errors[0] ?? (shown ? `siden viste «${shown}»` : 'siden var tom');
    throw new WorkbookError('print_timeout', `Utskriften ble ikke ferdig innen ${READY_TIMEOUT_MS / 1000} s: ${reason}.`, 'failure');
  }
  const failure = (await page.evaluate(`({
    message: document.body.dataset.printError ?? null,
    code: document.body.dataset.printErrorCode ?? null,
  })`)) as { message: string | null; code: string | null };
  if (failure.message !== null) {
    const input = failure.code === 'not_found' || failure.code === 'invalid_arguments' || failure.code === 'unknown_view';
    throw new WorkbookError(failure.code ?? 'print_failed', failure.message, input ? 'input' : 'failure');
  }
  return page;
}
