/**
 * The events the Electron preload adds to window.prosjektboka (DesktopEvents
 * in electron/preload/preload.ts, with MenuCommand and Progress from
 * electron/preload/channels.ts), spelled out here because the renderer
 * imports nothing from electron/. This file imports nothing and uses no DOM,
 * so tests/electron/desktopEvents.test.ts can hold it against the preload's
 * own types under the Node compiler.
 */

/** What a desktop menu item asks the page to do. */
export type DesktopMenuCommand = 'import-sync-file' | 'export-sync-file' | 'print-risk-matrix' | 'save-pdf';

/** A sync file the desktop app hands to the page (Fil → Importer synkfil…, or a double-clicked .pbsync), by path. */
export interface DesktopSyncFile {
  readonly command: 'import-sync-file';
  /** The file's name, for messages. */
  readonly name: string;
  /** Where it is; the page previews it by path (the API reads it). */
  readonly path: string;
}

/** What onMenuCommand hands over: a bare command, or the import command with its file. */
export type DesktopMenuMessage = DesktopMenuCommand | DesktopSyncFile;

/** How far a long desktop operation (an import) has come. */
export interface DesktopProgress {
  readonly operation: string;
  readonly done: number;
  readonly total: number;
}

/** What the page saved when the desktop window asked before closing. */
export interface DesktopFlushReport {
  readonly ok: boolean;
  readonly failures: readonly { readonly label: string; readonly message: string }[];
}

/**
 * Each returns the function that stops listening. Optional: the web host's
 * bridge has none of them, and the renderer cannot tell which bridge it has.
 */
export interface DesktopEvents {
  onMenuCommand?(listener: (command: DesktopMenuMessage) => void): () => void;
  onProgress?(listener: (progress: DesktopProgress) => void): () => void;
  onFlushRequest?(listener: () => Promise<DesktopFlushReport>): () => void;
  /** Tells the desktop app the page's language, so its menu speaks it too. */
  setLanguage?(lang: 'nb' | 'en'): void;
  /** Where a chosen or dropped file is on disk (Electron's webUtils), so it is imported by path; '' when it has none. */
  pathForFile?(file: Blob): string;
}
