import { extname, join } from 'node:path';
import type { BrowserWindowConstructorOptions, MessageBoxOptions, SaveDialogOptions } from 'electron';
import { formatLocalDate } from '../../shared/report/dates.js';
import { DesktopPrintPage, type PrintableContents } from '../print/desktopPrint.js';
import { PRINT_ENTRY_URL } from './protocol.js';
import { windowOptions } from './windowOptions.js';

/**
 * Fil → "Skriv ut risikomatrise…" and "Lagre som PDF…". A job draws the risk
 * matrix's print view in a hidden window (the same secure webPreferences and
 * preload as the main window, so the view reads the workbook through the same
 * bridge) and prints it or makes the PDF (../print/desktopPrint.ts). The
 * window is made on first use and then kept, with the app loaded in it, so
 * the next printout only draws the view: under a second instead of loading
 * the whole renderer again. A job that fails destroys it (the next one starts
 * clean), and close() destroys it with the main window. Nothing here throws
 * at the user: a failure becomes a Norwegian message box. Electron is passed
 * in, so the tests drive this with fakes.
 */

/** The parts of a BrowserWindow a print job uses. */
export interface PrintWindow {
  readonly webContents: PrintableContents;
  isDestroyed(): boolean;
  destroy(): void;
}

export interface PrintMenuUi {
  /** The bundled preload, as for the main window. */
  readonly preload: string;
  /** Where the PDF is suggested (the user's Documents folder); asked when needed. */
  documentsDir(): string;
  openWindow(options: BrowserWindowConstructorOptions): PrintWindow;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  showMessageBox(options: MessageBoxOptions): Promise<unknown>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** Today, for the suggested file name. */
  now?(): Date;
  /** Where failures are logged besides the message box (console.error by default). */
  log?(message: string, error: unknown): void;
}

/** 'busy': another print job was still running, so this request was ignored. */
export type PrintOutcome = 'printed' | 'saved' | 'cancelled' | 'failed' | 'busy';

const PDF_FILTER = { name: 'PDF-dokument', extensions: ['pdf'] };

/** The hidden print window: the main window's options (and so its webPreferences), never shown. */
export function printWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return { ...windowOptions(preload), title: 'Prosjektboka – utskrift', show: false, skipTaskbar: true };
}

/** "Risikomatrise 05.09.2021.pdf": the name the save dialog suggests. */
export function riskMatrixPdfName(today: Date): string {
  return `Risikomatrise ${formatLocalDate(today)}.pdf`;
}

export function riskMatrixSaveDialog(documentsDir: string, today: Date): SaveDialogOptions {
  return {
    title: 'Lagre risikomatrisen som PDF',
    buttonLabel: 'Lagre',
    defaultPath: join(documentsDir, riskMatrixPdfName(today)),
    filters: [PDF_FILTER],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** The chosen path with ".pdf" added when the user left it out. */
export function withPdfExtension(path: string): string {
  return extname(path).toLowerCase() === '.pdf' ? path : `${path}.pdf`;
}

const FILE_ERRORS: Readonly<Record<string, string>> = {
  EACCES: 'Prosjektboka har ikke lov til å skrive i den mappen.',
  EPERM: 'Prosjektboka har ikke lov til å skrive i den mappen.',
  EROFS: 'Mappen kan bare leses, ikke skrives i.',
  ENOSPC: 'Det er ikke nok plass på disken.',
  EBUSY: 'Filen er i bruk av et annet program. Lukk den (for eksempel i PDF-leseren) og prøv igjen.',
  ENOENT: 'Mappen finnes ikke lenger.',
  EISDIR: 'Det finnes en mappe med det navnet.',
};

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The message box for a failed job, in Norwegian. */
export function printFailureDialog(job: 'print' | 'pdf', error: unknown, path?: string): MessageBoxOptions {
  const code = (error as { code?: unknown } | null)?.code;
  const fileReason = typeof code === 'string' ? FILE_ERRORS[code] : undefined;
  let detail: string;
  if (path !== undefined) {
    // Writing the file failed: say where, and why in words when the reason is a known one.
    detail = `${path} kunne ikke skrives. ${fileReason ?? `(${errorText(error)})`}`;
  } else {
    detail = `${errorText(error)}\n\nPrøv igjen. Hvis det ikke går, kan du starte Prosjektboka på nytt.`;
  }
  return {
    type: 'error',
    title: job === 'print' ? 'Utskrift' : 'Lagre som PDF',
    message: job === 'print' ? 'Risikomatrisen kunne ikke skrives ut.' : 'Risikomatrisen kunne ikke lagres som PDF.',
    detail,
    buttons: ['OK'],
    defaultId: 0,
    noLink: true,
  };
}

class WriteFailure extends Error {
  constructor(readonly path: string, readonly reason: unknown) {
    super(errorText(reason));
  }
}

export class PrintMenu {
  private running = false;
  /** The warm print window, after the first job. */
  private warm: { win: PrintWindow; page: DesktopPrintPage } | undefined;

  constructor(private readonly ui: PrintMenuUi) {}

  /** Skriv ut risikomatrise…: the system print dialog on the risk matrix. */
  printRiskMatrix(): Promise<PrintOutcome> {
    return this.exclusive('print', async () => {
      const printed = await this.inPrintWindow((page) => page.printWithDialog(PRINT_ENTRY_URL, 'risk-matrix'));
      return printed ? 'printed' : 'cancelled';
    });
  }

  /** Lagre som PDF…: where to save, then the risk matrix as PDF there. */
  saveRiskMatrixPdf(): Promise<PrintOutcome> {
    return this.exclusive('pdf', async () => {
      const today = this.ui.now?.() ?? new Date();
      const chosen = await this.ui.showSaveDialog(riskMatrixSaveDialog(this.ui.documentsDir(), today));
      if (chosen.canceled || !chosen.filePath) return 'cancelled';
      const path = withPdfExtension(chosen.filePath);
      const bytes = await this.inPrintWindow((page) => page.saveAsPdf(PRINT_ENTRY_URL, 'risk-matrix'));
      try {
        await this.ui.writeFile(path, bytes);
      } catch (e) {
        throw new WriteFailure(path, e);
      }
      return 'saved';
    });
  }

  /** One job at a time (a second click while the first is drawing is ignored); never rejects. */
  private async exclusive(job: 'print' | 'pdf', run: () => Promise<PrintOutcome>): Promise<PrintOutcome> {
    if (this.running) return 'busy';
    this.running = true;
    try {
      return await run();
    } catch (e) {
      (this.ui.log ?? defaultLog)(`Prosjektboka: ${job === 'print' ? 'printing' : 'saving the PDF'} failed`, e);
      const dialog = e instanceof WriteFailure ? printFailureDialog(job, e.reason, e.path) : printFailureDialog(job, e);
      try {
        await this.ui.showMessageBox(dialog);
      } catch (shown) {
        (this.ui.log ?? defaultLog)('Prosjektboka: the error message could not be shown', shown);
      }
      return 'failed';
    } finally {
      this.running = false;
    }
  }

  /** Destroys the warm print window, if there is one: with the main window, so the app can quit. */
  close(): void {
    const warm = this.warm;
    this.warm = undefined;
    if (warm && !warm.win.isDestroyed()) warm.win.destroy();
  }

  private async inPrintWindow<T>(job: (page: DesktopPrintPage) => Promise<T>): Promise<T> {
    if (!this.warm || this.warm.win.isDestroyed()) {
      const win = this.ui.openWindow(printWindowOptions(this.ui.preload));
      this.warm = { win, page: new DesktopPrintPage(win.webContents) };
    }
    try {
      return await job(this.warm.page);
    } catch (e) {
      // What is left in the window after a failure is not trusted for the next job.
      this.close();
      throw e;
    }
  }
}

function defaultLog(message: string, error: unknown): void {
  console.error(message, error);
}
