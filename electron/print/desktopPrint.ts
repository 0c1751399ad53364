import type { PrintToPDFOptions, WebContents, WebContentsPrintOptions } from 'electron';
import type { PrintOptions, PrintView } from '../../shared/report/printRoutes.js';
import { PrintPage } from './printFlow.js';

/**
 * Printing from the desktop app: the same print views and flow as the CLI
 * (printFlow.ts), drawn by Electron's own Chromium in a hidden window.
 * "Skriv ut" opens the system print dialog (webContents.print) and "Lagre som
 * PDF" makes the file (printToPDF). One DesktopPrintPage per window: the
 * window stays warm between jobs (see electron/main/printMenu.ts).
 *
 * It takes the few WebContents methods it uses, so it can be tested without
 * Electron; the assignment below checks that a real WebContents fits.
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

export class DesktopPrintPage {
  private readonly page: PrintPage;

  constructor(private readonly wc: PrintableContents) {
    this.page = new PrintPage({
      load: (url) => wc.loadURL(url),
      evaluate: (code) => wc.executeJavaScript(code),
      pdf: async () => Buffer.from(await wc.printToPDF(DESKTOP_PDF_OPTIONS)),
    });
  }

  /**
   * Skriv ut: the system print dialog for a view, once it is drawn. Resolves
   * false when the user cancels. `appUrl` is the renderer's entry, e.g.
   * "app://prosjektboka/index.html".
   */
  async printWithDialog(appUrl: string, view: PrintView, options: PrintOptions = {}): Promise<boolean> {
    await this.page.prepare(appUrl, view, options);
    return new Promise((resolve, reject) => {
      this.wc.print({ silent: false, printBackground: true }, (success, failureReason) => {
        if (success || failureReason === 'cancelled') resolve(success);
        else reject(new Error(`Utskriften feilet: ${failureReason}`));
      });
    });
  }

  /** Lagre som PDF: the view as PDF bytes with the document metadata, for the caller to write where the user chose. */
  async saveAsPdf(appUrl: string, view: PrintView, options: PrintOptions = {}): Promise<Buffer> {
    return (await this.page.makePdf(appUrl, view, options)).bytes;
  }
}
