import { randomUUID } from 'node:crypto';
import { WorkbookError } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';
import { PDF_FILE_STEMS, printRoute, type PrintOptions, type PrintView } from '../../shared/report/printRoutes.js';
import { withMetadata, type DocumentMetadata } from './pdfArchive.js';
import { pageCount, readOutline, readPdf } from './pdfStructure.js';
import { tocPageNumbers } from './toc.js';

/**
 * How every printout is made, in the desktop app (a hidden Electron window)
 * as from the CLI and the web host (a Puppeteer page in headless Chromium):
 * show the print view, wait until it says it is completely drawn
 * (body[data-print-ready]) or why it cannot be (body[data-print-error]), print
 * with the view's own @page size, add the document metadata. The plan is
 * drawn twice: the first PDF's outline tells on which page each chapter
 * starts, the second prints those numbers in the contents (see toc.ts).
 *
 * A PrintPage keeps its page warm: the app is loaded into it once, and every
 * later view is shown by changing the address's hash, which PrintApp redraws
 * on, so the app's code is not loaded and run again for each printout.
 */

/** The few things the flow asks of a page. */
export interface PrintSurface {
  load(url: string): Promise<void>;
  /** Evaluates an expression in the page, awaiting it if it is a promise. */
  evaluate(code: string): Promise<unknown>;
  pdf(): Promise<Buffer>;
  /** The last uncaught error in the page, when the surface can tell. */
  lastError?(): string | undefined;
}

export interface PrintedPdf {
  readonly bytes: Buffer;
  readonly fileName: string;
  readonly pages: number;
  readonly title: string;
  /** The plan's contents page numbers, in its order. */
  readonly contents?: readonly number[];
}

export const READY_TIMEOUT_MS = 60_000;

/** Resolves when the view is drawn or has failed; watches body's attributes rather than polling. */
const READY_SCRIPT = `new Promise((resolve) => {
  const body = document.body;
  let observer;
  let timer;
  const finish = (result) => {
    if (observer) observer.disconnect();
    clearTimeout(timer);
    resolve(result);
  };
  const check = () => {
    const d = body.dataset;
    if (d.printReady === 'true') finish({ ok: true });
    else if (d.printError !== undefined) finish({ ok: false, message: d.printError, code: d.printErrorCode || null });
    else return false;
    return true;
  };
  if (check()) return;
  observer = new MutationObserver(check);
  observer.observe(body, { attributes: true });
  timer = setTimeout(() => finish({ ok: false, shown: body.innerText.slice(0, 120) }), ${READY_TIMEOUT_MS});
})`;

/** Forgets the ready mark of the view shown before, so the wait is for the next one. */
const FORGET_READY = 'if (document.body) { const d = document.body.dataset; delete d.printReady; delete d.printError; delete d.printErrorCode; } true';

const META_SCRIPT = `({
  title: document.title,
  subject: document.body.dataset.printSubject || '',
  keywords: (document.body.dataset.printKeywords || '').split('|').filter(Boolean),
  language: document.documentElement.lang || 'nb-NO',
})`;

/** Codes of a view's failure that mean the request was wrong (a missing meeting), not the program. */
const INPUT_ERRORS = new Set(['not_found', 'invalid_arguments', 'unknown_view']);

type Readiness = { ok: true } | { ok: false; message?: string; code?: string | null; shown?: string };

export class PrintPage {
  /** The app's address (without hash) the page has loaded, once it has. */
  private loaded: string | undefined;
  private jobs = 0;
  /** The contents page numbers the last plan was drawn with. */
  private contents: readonly number[] | undefined;

  constructor(private readonly surface: PrintSurface) {}

  /** Shows a view and waits until it is drawn; the plan with its contents' page numbers filled in. */
  async prepare(appUrl: string, view: PrintView, options: PrintOptions = {}): Promise<void> {
    const base = appUrl.replace(/#.*$/, '');
    this.contents = undefined;
    // The plan's first pass is drawn with its contents' numbers asked for but unknown (toc=0): laid out exactly as
    // the second, and never asking the API for numbers itself (as a plan opened in a browser does, PlanView).
    await this.show(base, printRoute(view, view === 'plan' ? { ...options, toc: [0] } : options));
    if (view === 'plan') {
      const first = readPdf(await this.surface.pdf());
      const titles = (await this.surface.evaluate(
        `[...document.querySelectorAll('[data-toc-title]')].map((e) => e.getAttribute('data-toc-title') || '')`,
      )) as string[];
      this.contents = tocPageNumbers(titles, readOutline(first));
      await this.show(base, printRoute(view, { ...options, toc: this.contents }));
    }
  }

  /** The view as a PDF with its document information and XMP metadata. */
  async makePdf(appUrl: string, view: PrintView, options: PrintOptions = {}): Promise<PrintedPdf> {
    await this.prepare(appUrl, view, options);
    const raw = await this.surface.pdf();
    const meta = (await this.surface.evaluate(META_SCRIPT)) as Omit<DocumentMetadata, 'author' | 'creator' | 'created'>;
    const bytes = withMetadata(raw, { ...meta, author: 'Prosjektboka', creator: 'Prosjektboka', created: new Date() }, randomUUID());
    const contents = this.contents ? { contents: this.contents } : {};
    return { bytes, fileName: `${PDF_FILE_STEMS[view]}.pdf`, pages: pageCount(readPdf(bytes)), title: meta.title, ...contents };
  }

  private async show(base: string, route: string): Promise<void> {
    if (this.loaded !== base) {
      await this.surface.load(`${base}${route}`);
      this.loaded = base;
    } else {
      await this.surface.evaluate(FORGET_READY);
      // The job number makes the hash new even when the same view is printed again, so PrintApp draws it afresh.
      const hash = `${route}${route.includes('?') ? '&' : '?'}job=${++this.jobs}`;
      await this.surface.evaluate(`location.hash = ${JSON.stringify(hash)}; true`);
    }
    await this.waitReady();
  }

  private async waitReady(): Promise<void> {
    const r = (await this.surface.evaluate(READY_SCRIPT)) as Readiness;
    if (r.ok) return;
    if (r.message !== undefined) {
      throw new WorkbookError(r.code ?? 'print_failed', msg('text.as_given', { text: r.message }), r.code && INPUT_ERRORS.has(r.code) ? 'input' : 'failure');
    }
    const shown = (r.shown ?? '').replace(/\s+/g, ' ').trim();
    const reason = this.surface.lastError?.() ?? (shown ? msg('print.page_showed', { shown }) : msg('print.page_empty'));
    throw new WorkbookError('print_timeout', msg('print.timeout', { seconds: READY_TIMEOUT_MS / 1000, reason }), 'failure');
  }
}
