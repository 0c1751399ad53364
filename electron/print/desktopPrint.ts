import { randomUUID } from 'node:crypto';
import type { PrintToPDFOptions, WebContents, WebContentsPrintOptions } from 'electron';
import { printRoute, type PrintOptions, type PrintView } from '../../shared/report/printRoutes.js';
import { readOutline, readPdf, withMetadata } from './pdfStructure.js';
import { tocPageNumbers } from './toc.js';

/**
 * Printing from the desktop app: the same print views as the CLI, drawn by
 * Electron's own Chromium. "Skriv ut" opens the system print dialog
 * (webContents.print) and "Lagre som PDF" makes the file (printToPDF); both
 * first load the view and wait for body[data-print-ready], and the plan gets
 * its table-of-contents page numbers the same way as in renderPdf.ts.
 *
 * The functions take the few WebContents methods they use, so they can be
 * tested without Electron; the assignment below checks that a real
 * WebContents fits.
 */
export interface PrintableContents {
  loadURL(url: string): Promise<void>;
  executeJavaScript(code: string): Promise<unknown>;
  print(options?: WebContentsPrintOptions, callback?: (success: boolean, failureReason: string) => void): void;
  printToPDF(options: PrintToPDFOptions): Promise<Buffer>;
}
export const webContentsIsPrintable = (w: WebContents): PrintableContents => w;

/** The options every desktop PDF is made with: the view's own @page size and margins, backgrounds for the zones. */
export const DESKTOP_PDF_OPTIONS: PrintToPDFOptions = {
  preferCSSPageSize: true,
  printBackground: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
};

const READY_SCRIPT = `new Promise((resolve) => {
  const started = Date.now();
  const check = () => {
    const b = document.body.dataset;
    if (b.printReady === 'true') return resolve({ ok: true });
    if (b.printError !== undefined) return resolve({ ok: false, message: b.printError });
    if (Date.now() - started > 30000) return resolve({ ok: false, message: 'Utskriften ble ikke ferdig innen 30 s.' });
    setTimeout(check, 50);
  };
  check();
})`;

async function waitReady(wc: PrintableContents): Promise<void> {
  const r = (await wc.executeJavaScript(READY_SCRIPT)) as { ok: boolean; message?: string };
  if (!r.ok) throw new Error(r.message ?? 'Utskriften kunne ikke lages.');
}

async function show(wc: PrintableContents, url: string, firstLoad: boolean): Promise<void> {
  // A page already showing a print view is marked ready; forget that before asking again.
  await wc.executeJavaScript('if (document.body) { delete document.body.dataset.printReady; delete document.body.dataset.printError; } true');
  if (firstLoad) {
    // A new hash on the same page is not a reload: PrintApp redraws on hashchange either way.
    await wc.loadURL(url);
  } else {
    await wc.executeJavaScript(`location.hash = ${JSON.stringify(url.slice(url.indexOf('#')))}; true`);
  }
  await waitReady(wc);
}

/**
 * Loads a print view into `wc` (best a hidden window of its own) and waits
 * until it is drawn. `appUrl` is the renderer's entry, e.g.
 * "app://prosjektboka/index.html".
 */
export async function preparePrintView(wc: PrintableContents, appUrl: string, view: PrintView, options: PrintOptions = {}): Promise<void> {
  const base = appUrl.replace(/#.*$/, '');
  await show(wc, `${base}${printRoute(view, options)}`, true);
  if (view === 'plan') {
    const first = readPdf(Buffer.from(await wc.printToPDF(DESKTOP_PDF_OPTIONS)));
    const titles = (await wc.executeJavaScript(
      `[...document.querySelectorAll('[data-toc-title]')].map((e) => e.getAttribute('data-toc-title') || '')`,
    )) as string[];
    await show(wc, `${base}${printRoute(view, { ...options, toc: tocPageNumbers(titles, readOutline(first)) })}`, false);
  }
}

/** Skriv ut: the system print dialog for a view. Resolves false when the user cancels. */
export async function printViewWithDialog(wc: PrintableContents, appUrl: string, view: PrintView, options: PrintOptions = {}): Promise<boolean> {
  await preparePrintView(wc, appUrl, view, options);
  return new Promise((resolve, reject) => {
    wc.print({ silent: false, printBackground: true }, (success, failureReason) => {
      if (success || failureReason === 'cancelled') resolve(success);
      else reject(new Error(`Utskriften feilet: ${failureReason}`));
    });
  });
}

/** Lagre som PDF: the view as PDF bytes with the document metadata, for the caller to write where the user chose. */
export async function saveViewAsPdf(wc: PrintableContents, appUrl: string, view: PrintView, options: PrintOptions = {}): Promise<Buffer> {
  await preparePrintView(wc, appUrl, view, options);
  const raw = Buffer.from(await wc.printToPDF(DESKTOP_PDF_OPTIONS));
  const meta = (await wc.executeJavaScript(`({
    title: document.title,
    subject: document.body.dataset.printSubject || '',
    keywords: (document.body.dataset.printKeywords || '').split('|').filter(Boolean),
    language: document.documentElement.lang || 'nb-NO',
  })`)) as { title: string; subject: string; keywords: string[]; language: string };
  return withMetadata(raw, { ...meta, author: 'Prosjektboka', creator: 'Prosjektboka', created: new Date() }, randomUUID());
}
