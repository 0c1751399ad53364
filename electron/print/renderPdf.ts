import type { Page } from 'puppeteer-core';
import { isWorkbookError } from '../../shared/errors.js';
import type { Orientation, PrintLanguage, PrintView } from '../../shared/report/printRoutes.js';
import type { ApiHandlers, PdfRenderer } from '../api/handlers.js';
import { startWebHost, type WebHost } from '../webhost/server.js';
import { PRINT_ENTRY, RENDERER_DIR, assertRendererBuilt } from '../webhost/rendererDir.js';
import { sharedPrintBrowser, type Browser } from './chromium.js';
import { PrintPage, type PrintedPdf, type PrintSurface } from './printFlow.js';

export type RenderedPdf = PrintedPdf;

export interface PrintJob {
  readonly view: PrintView;
  readonly id?: string;
  readonly orientation?: Orientation;
  /** The report's date (ISO), when not today: for reproducible status reports. */
  readonly date?: string;
  /** The printout's language (bokmål unless asked). */
  readonly lang?: PrintLanguage;
}

export interface PrintEngineOptions {
  /** The API the print view reads through: the same handlers the app and the web host use. */
  readonly handlers: ApiHandlers;
  readonly chromiumPath?: string;
  /** A browser to print in (tests, bench, or one being started); the process's shared one otherwise. */
  readonly browser?: Browser | Promise<Browser>;
  readonly rendererDir?: string;
}

/** The options Chromium prints with everywhere: the page size and margins come from the view's CSS. */
export const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;

/** Navigation may be slow on a loaded machine; the view's own readiness wait (printFlow.ts) says what went wrong. */
const NAVIGATION_TIMEOUT_MS = 120_000;

function puppeteerSurface(page: Page): PrintSurface {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  page.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  page.setDefaultTimeout(NAVIGATION_TIMEOUT_MS);
  return {
    // The page's module scripts have run by DOMContentLoaded; the readiness wait covers the rest.
    load: async (url) => {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
    },
    evaluate: (code) => page.evaluate(code),
    pdf: async () => Buffer.from(await page.pdf({ ...PDF_OPTIONS, timeout: NAVIGATION_TIMEOUT_MS })),
    lastError: () => errors.at(-1),
  };
}

/** A browser's first tab, taken by one engine at a time. */
const firstTabTaken = new WeakSet<Browser>();

/**
 * A tab to print in. The first engine in a browser takes the blank tab it
 * started with, whose renderer process is already running: that saves a
 * CLI printout a new process. Others get a tab in a context of their own,
 * so their web hosts' token cookies (per host name, not per port) never meet.
 */
async function printTab(browser: Browser): Promise<{ page: Page; release: () => Promise<void> }> {
  const first = firstTabTaken.has(browser) ? undefined : (await browser.pages()).find((p) => p.url() === 'about:blank');
  if (first && !firstTabTaken.has(browser)) {
    firstTabTaken.add(browser);
    return {
      page: first,
      // Kept open (a browser without tabs may end); the next engine loads its own page into it.
      release: async () => {
        firstTabTaken.delete(browser);
      },
    };
  }
  const context = await browser.createBrowserContext();
  return { page: await context.newPage(), release: () => context.close() };
}

/**
 * Prints the views of one workbook in headless Chromium for the CLI and the
 * web host: an in-process web host serves the renderer over the given
 * handlers, and one page, kept open, draws each view in turn (printFlow.ts).
 * The browser is the process's shared one (chromium.ts), started on the
 * first job; jobs run one at a time. The web host keeps one engine for its
 * whole life, so every PDF after the first is drawn in a warm page.
 */
export class PrintEngine {
  private ready: Promise<{ host: WebHost; page: PrintPage; close: () => Promise<void> }> | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: PrintEngineOptions) {}

  render(job: PrintJob): Promise<RenderedPdf> {
    const run = this.queue.then(() => this.renderNow(job));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Closes the engine's page and web host (not the shared browser: closeSharedPrintBrowser does). */
  async close(): Promise<void> {
    const ready = this.ready;
    this.ready = undefined;
    const r = await ready?.catch(() => undefined);
    await r?.close();
  }

  private async renderNow(job: PrintJob): Promise<RenderedPdf> {
    const { host, page } = await this.start();
    try {
      const printEntry = new URL(host.url);
      printEntry.pathname = `/${PRINT_ENTRY}`;
      return await page.makePdf(printEntry.href, job.view, { id: job.id, orientation: job.orientation, date: job.date, lang: job.lang });
    } catch (e) {
      // A view that said why it cannot be drawn leaves a sound page; anything else is not trusted with the next job.
      if (!isWorkbookError(e) || e.code === 'print_timeout') await this.close();
      throw e;
    }
  }

  private start() {
    this.ready ??= (async () => {
      const staticDir = this.options.rendererDir ?? RENDERER_DIR;
      assertRendererBuilt(staticDir);
      const browserPromise = Promise.resolve(this.options.browser ?? sharedPrintBrowser(this.options.chromiumPath));
      // The print host must never keep a finished process alive.
      const host = await startWebHost({ handlers: this.options.handlers, staticDir, keepProcessAlive: false });
      try {
        const tab = await printTab(await browserPromise);
        return {
          host,
          page: new PrintPage(puppeteerSurface(tab.page)),
          close: async () => {
            await tab.release().catch(() => undefined);
            await host.close();
          },
        };
      } catch (e) {
        await host.close();
        throw e;
      }
    })();
    const ready = this.ready;
    // A failed start is forgotten, so the next job tries again.
    ready.catch(() => {
      if (this.ready === ready) this.ready = undefined;
    });
    return ready;
  }
}

/** One engine per handler set, made on its first printout and kept, so later ones are drawn in a warm page. */
const engines = new WeakMap<ApiHandlers, PrintEngine>();

/** The API's renderPdf, handed to createHandlers (the web host, the CLI, the database worker). */
export const renderPdfForApi: PdfRenderer = (handlers, { view, id, orientation, date, lang }) => {
  let engine = engines.get(handlers);
  if (!engine) {
    engine = new PrintEngine({ handlers });
    engines.set(handlers, engine);
  }
  return engine.render({ view, id, orientation, date, lang });
};
