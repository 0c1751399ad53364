import { basename } from 'node:path';
import type { MessageBoxOptions, OpenDialogOptions } from 'electron';
import type { MenuMessage } from '../preload/channels.js';
import { SYNC_FILE_EXTENSION } from './launch.js';
import { DIALOG_WORDS, fill, type DialogWords, type MenuLanguage } from './menuWords.js';

/**
 * Sync files reach the Synkronisering page from the desktop side: Fil →
 * "Importer synkfil…" (an open dialog) and a .pbsync opened from the file
 * manager (argv, a second launch, macOS open-file). Main checks that the file
 * is there, readable and not too large, and hands its path (never its bytes:
 * a 256 MiB file would cross the process boundary twice, as base64) to the
 * page on the menu channel; the page previews it by path through the API,
 * whose worker reads it once, and the user applies it there, so there is one
 * import flow, the page's. Main holds messages while the page (re)loads,
 * since a page that is not listening yet would drop them. Electron is passed
 * in, so the tests drive this with fakes.
 */

/**
 * The largest sync file the format accepts (SYNC_LIMITS.fileBytes in
 * electron/sync/fileFormat.ts, which main does not load; a test checks they
 * agree). A larger file is refused before it is read into memory.
 */
export const SYNC_FILE_MAX_BYTES = 256 * 1024 * 1024;

export interface SyncHandoffUi {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showMessageBox(options: MessageBoxOptions): Promise<unknown>;
  fileSize(path: string): Promise<number>;
  /** Rejects (with the file system's error code) when the file cannot be read. */
  checkReadable(path: string): Promise<void>;
  /** To the page (webContents.send on MENU_CHANNEL); nothing when there is no window. */
  send(message: MenuMessage): void;
  /** Where the open dialog starts (the user's Documents folder). */
  documentsDir(): string;
  /** Where failures are logged besides the message box (console.error by default). */
  log?(message: string, error: unknown): void;
  /** The app's language: the dialogs' (bokmål when left out). */
  language?(): MenuLanguage;
}

export type HandoffOutcome = 'handed-over' | 'cancelled' | 'failed';

export function syncFileOpenDialog(documentsDir: string, lang: MenuLanguage = 'nb'): OpenDialogOptions {
  const w = DIALOG_WORDS[lang];
  return {
    title: w.importTitle,
    buttonLabel: w.choose,
    defaultPath: documentsDir,
    filters: [
      { name: w.syncFilter, extensions: [SYNC_FILE_EXTENSION.slice(1)] },
      { name: w.allFiles, extensions: ['*'] },
    ],
    properties: ['openFile'],
  };
}

class TooLarge extends Error {}

/** The known reasons a file could not be read, by the error's code. */
const READ_ERRORS: Readonly<Record<string, keyof DialogWords>> = {
  ENOENT: 'readENOENT',
  EACCES: 'readEACCES',
  EPERM: 'readEACCES',
  EISDIR: 'readEISDIR',
  EBUSY: 'readEBUSY',
};

/** The message box for a sync file main could not read, in the app's language; the workbook is untouched. */
export function syncFileReadFailure(path: string, error: unknown, lang: MenuLanguage = 'nb'): MessageBoxOptions {
  const w = DIALOG_WORDS[lang];
  const code = (error as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' && Object.prototype.hasOwnProperty.call(READ_ERRORS, code) ? READ_ERRORS[code] : undefined;
  const reason = error instanceof TooLarge
    ? w.tooLarge
    : (known ? w[known] : undefined) ?? (error instanceof Error ? error.message : String(error));
  return {
    type: 'error',
    title: w.importTitle,
    message: fill(w.notRead, { name: basename(path) }),
    detail: `${reason}\n\n${w.nothingImported}`,
    buttons: ['OK'],
    defaultId: 0,
    noLink: true,
  };
}

export class SyncFileHandoff {
  private pageReady = false;
  private waiting: MenuMessage[] = [];

  constructor(private readonly ui: SyncHandoffUi) {}

  private lang(): MenuLanguage {
    return this.ui.language?.() ?? 'nb';
  }

  /** The page started (re)loading: what is posted now waits until it listens again. */
  pageLoading(): void {
    this.pageReady = false;
  }

  /** The page has loaded (its listener is registered before load ends): deliver what waited, in order. */
  pageLoaded(): void {
    this.pageReady = true;
    for (const message of this.waiting.splice(0)) this.ui.send(message);
  }

  /** Delivers now, or once the page has loaded. */
  post(message: MenuMessage): void {
    if (this.pageReady) this.ui.send(message);
    else this.waiting.push(message);
  }

  /** Fil → Importer synkfil…: choose a file, and the page previews it. Never rejects. */
  async chooseAndHandOver(): Promise<HandoffOutcome> {
    let chosen: { canceled: boolean; filePaths: string[] };
    try {
      chosen = await this.ui.showOpenDialog(syncFileOpenDialog(this.ui.documentsDir(), this.lang()));
    } catch (e) {
      (this.ui.log ?? defaultLog)('Prosjektboka: the open dialog failed', e);
      return 'failed';
    }
    const path = chosen.filePaths[0];
    if (chosen.canceled || !path) return 'cancelled';
    return this.handOver(path);
  }

  /** Files opened from the file manager, one after another. */
  async handOverAll(paths: readonly string[]): Promise<HandoffOutcome[]> {
    const outcomes: HandoffOutcome[] = [];
    for (const path of paths) outcomes.push(await this.handOver(path));
    return outcomes;
  }

  /** Hands one file's path to the page; a file that cannot be read ends in a message box. Never rejects. */
  async handOver(path: string): Promise<HandoffOutcome> {
    try {
      if ((await this.ui.fileSize(path)) > SYNC_FILE_MAX_BYTES) throw new TooLarge();
      await this.ui.checkReadable(path);
      this.post({ command: 'import-sync-file', name: basename(path), path });
      return 'handed-over';
    } catch (e) {
      (this.ui.log ?? defaultLog)(`Prosjektboka: could not read the sync file ${path}`, e);
      try {
        await this.ui.showMessageBox(syncFileReadFailure(path, e, this.lang()));
      } catch (shown) {
        (this.ui.log ?? defaultLog)('Prosjektboka: the error message could not be shown', shown);
      }
      return 'failed';
    }
  }
}

function defaultLog(message: string, error: unknown): void {
  console.error(message, error);
}
