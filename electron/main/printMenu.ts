import { extname, join } from 'node:path';
import type { BrowserWindowConstructorOptions, MessageBoxOptions, SaveDialogOptions } from 'electron';
import { isWorkbookError } from '../../shared/errors.js';
import { word } from '../../shared/messages/catalogue.js';
import { formatLocalDate, formatLocalDateEn } from '../../shared/report/dates.js';
import type { MenuLanguage } from './menuWords.js';
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
  /** The app's language: the printout's and the dialogs' (bokmål when left out). */
  language?(): MenuLanguage;
}

/** 'busy': another print job was still running, so this request was ignored. */
export type PrintOutcome = 'printed' | 'saved' | 'cancelled' | 'failed' | 'busy';

const PDF_FILTER = { name: 'PDF-dokument', extensions: ['pdf'] };

/** The hidden print window: the main window's options (and so its webPreferences), never shown. */
export function printWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return { ...windowOptions(preload), title: 'Prosjektboka – utskrift', show: false, skipTaskbar: true };
}

/** "Risikomatrise 05.09.2021.pdf": the name the save dialog suggests. */
export function riskMatrixPdfName(today: Date, lang: MenuLanguage = 'nb'): string {
  return lang === 'en' ? `Risk matrix ${formatLocalDateEn(today)}.pdf` : `Risikomatrise ${formatLocalDate(today)}.pdf`;
}

export function riskMatrixSaveDialog(documentsDir: string, today: Date, lang: MenuLanguage = 'nb'): SaveDialogOptions {
  const w = DIALOG_WORDS[lang];
  return {
    title: w.saveTitle,
    buttonLabel: w.save,
    defaultPath: join(documentsDir, riskMatrixPdfName(today, lang)),
    filters: [{ ...PDF_FILTER, name: w.pdfFilter }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** The chosen path with ".pdf" added when the user left it out. */
export function withPdfExtension(path: string): string {
  return extname(path).toLowerCase() === '.pdf' ? path : `${path}.pdf`;
}

const DIALOG_WORDS = {
  nb: {
    saveTitle: 'Lagre risikomatrisen som PDF', save: 'Lagre', pdfFilter: 'PDF-dokument', printTitle: 'Utskrift', pdfTitle: 'Lagre som PDF',
    printFailed: 'Risikomatrisen kunne ikke skrives ut.', pdfFailed: 'Risikomatrisen kunne ikke lagres som PDF.',
    notWritten: '{path} kunne ikke skrives.', tryAgain: 'Prøv igjen. Hvis det ikke går, kan du starte Prosjektboka på nytt.',
  },
  en: {
    saveTitle: 'Save the risk matrix as PDF', save: 'Save', pdfFilter: 'PDF document', printTitle: 'Print', pdfTitle: 'Save as PDF',
    printFailed: 'The risk matrix could not be printed.', pdfFailed: 'The risk matrix could not be saved as PDF.',
    notWritten: '{path} could not be written.', tryAgain: 'Try again. If that does not work, restart Prosjektboka.',
  },
} as const;

const FILE_ERRORS_EN: Readonly<Record<string, string>> = {
  EACCES: 'Prosjektboka is not allowed to write in that folder.',
  EPERM: 'Prosjektboka is not allowed to write in that folder.',
  EROFS: 'The folder can only be read, not written to.',
  ENOSPC: 'There is not enough space on the disk.',
  EBUSY: 'The file is in use by another program. Close it (in the PDF reader, for example) and try again.',
  ENOENT: 'The folder no longer exists.',
  EISDIR: 'There is a folder with that name.',
};

const FILE_ERRORS: Readonly<Record<string, string>> = {
  EACCES: 'Prosjektboka har ikke lov til å skrive i den mappen.',
  EPERM: 'Prosjektboka har ikke lov til å skrive i den mappen.',
  EROFS: 'Mappen kan bare leses, ikke skrives i.',
  ENOSPC: 'Det er ikke nok plass på disken.',
  EBUSY: 'Filen er i bruk av et annet program. Lukk den (for eksempel i PDF-leseren) og prøv igjen.',
  ENOENT: 'Mappen finnes ikke lenger.',
  EISDIR: 'Det finnes en mappe med det navnet.',
};

function errorText(error: unknown, lang: MenuLanguage = 'nb'): string {
  if (isWorkbookError(error)) return word(error.text, lang);
  return error instanceof Error ? error.message : String(error);
}

/** The message box for a failed job, in the app's language. */
export function printFailureDialog(job: 'print' | 'pdf', error: unknown, path?: string, lang: MenuLanguage = 'nb'): MessageBoxOptions {
  const w = DIALOG_WORDS[lang];
  const code = (error as { code?: unknown } | null)?.code;
  const fileReason = typeof code === 'string' ? (lang === 'en' ? FILE_ERRORS_EN : FILE_ERRORS)[code] : undefined;
  let detail: string;
  if (path !== undefined) {
    // Writing the file failed: say where, and why in words when the reason is a known one.
    detail = `${w.notWritten.replace('{path}', path)} ${fileReason ?? `(${errorText(error, lang)})`}`;
  } else {
    detail = `${errorText(error, lang)}\n\n${w.tryAgain}`;
  }
  return {
    type: 'error',
    title: job === 'print' ? w.printTitle : w.pdfTitle,
    message: job === 'print' ? w.printFailed : w.pdfFailed,
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

  private lang(): MenuLanguage {
    return this.ui.language?.() ?? 'nb';
  }

  /** Skriv ut risikomatrise…: the system print dialog on the risk matrix. */
  printRiskMatrix(): Promise<PrintOutcome> {
    return this.exclusive('print', async () => {
      const printed = await this.inPrintWindow((page) => page.printWithDialog(PRINT_ENTRY_URL, 'risk-matrix', { lang: this.lang() }));
      return printed ? 'printed' : 'cancelled';
    });
  }

  /** Lagre som PDF…: where to save, then the risk matrix as PDF there. */
  saveRiskMatrixPdf(): Promise<PrintOutcome> {
    return this.exclusive('pdf', async () => {
      const today = this.ui.now?.() ?? new Date();
      const chosen = await this.ui.showSaveDialog(riskMatrixSaveDialog(this.ui.documentsDir(), today, this.lang()));
      if (chosen.canceled || !chosen.filePath) return 'cancelled';
      const path = withPdfExtension(chosen.filePath);
      const bytes = await this.inPrintWindow((page) => page.saveAsPdf(PRINT_ENTRY_URL, 'risk-matrix', { lang: this.lang() }));
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
      const dialog = e instanceof WriteFailure ? printFailureDialog(job, e.reason, e.path, this.lang()) : printFailureDialog(job, e, undefined, this.lang());
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
