/**
 * The IPC channels between the main process and the preload, named once. This
 * module imports nothing, so both the sandboxed preload bundle and the main
 * process (and the tests) can use it.
 */
export const API_CHANNEL = 'prosjektboka:api';
/** Main → renderer: a menu item asks the page to do something (undo, import a sync file, …). */
export const MENU_CHANNEL = 'prosjektboka:menu';
/** Main → renderer: how far a long operation (an import) has come. */
export const PROGRESS_CHANNEL = 'prosjektboka:progress';
/** Main → renderer: the window is closing; save what is typed (carries a request id). */
export const FLUSH_CHANNEL = 'prosjektboka:flush-saves';
/** Renderer → main: the app's language ('nb' | 'en'), for the menu and main's dialogs. */
export const LANGUAGE_CHANNEL = 'prosjektboka:language';
/** Renderer → main: the answer to a FLUSH_CHANNEL request, a FlushAnswer. */
export const FLUSHED_CHANNEL = 'prosjektboka:saves-flushed';

/** What the page saved when asked before its window closed. */
export interface FlushReport {
  readonly ok: boolean;
  readonly failures: readonly { readonly label: string; readonly message: string }[];
}

export interface FlushAnswer extends FlushReport {
  readonly id: number;
}

export function isFlushAnswer(value: unknown): value is FlushAnswer {
  const a = value as Partial<FlushAnswer> | null;
  return typeof a === 'object' && a !== null && Number.isSafeInteger(a.id) && typeof a.ok === 'boolean' && Array.isArray(a.failures)
    && a.failures.every((f) => typeof f === 'object' && f !== null && typeof f.label === 'string' && typeof f.message === 'string');
}

/** What a menu item can ask the page to do. The later-feature items are disabled until their issues land. */
export const MENU_COMMANDS = ['import-sync-file', 'export-sync-file', 'print-risk-matrix', 'save-pdf'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface Progress {
  readonly operation: string;
  readonly done: number;
  readonly total: number;
}

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/**
 * A sync file main hands to the page (Fil → Importer synkfil…, or a .pbsync
 * opened from the file manager): the Synkronisering page previews it by path.
 */
export interface SyncFileCommand {
  readonly command: 'import-sync-file';
  /** The file's name, for the page's messages. */
  readonly name: string;
  /** Where it is: the API's worker reads it (previewSync with `path`). */
  readonly path: string;
}

/** What MENU_CHANNEL carries: a bare command, or the import command with its file. */
export type MenuMessage = MenuCommand | SyncFileCommand;

export function isSyncFileCommand(value: unknown): value is SyncFileCommand {
  const m = value as Partial<SyncFileCommand> | null;
  return typeof m === 'object' && m !== null && m.command === 'import-sync-file' && typeof m.name === 'string' && typeof m.path === 'string' && m.path.length > 0;
}

export function isMenuMessage(value: unknown): value is MenuMessage {
  return isMenuCommand(value) || isSyncFileCommand(value);
}
