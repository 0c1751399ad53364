import { basename } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../preload/channels.js';
import { MENU_WORDS, type MenuLanguage } from './menuWords.js';

/** What the menu's own items do; the editing and view items are Electron roles. */
export interface MenuActions {
  newWorkbook(): void;
  openWorkbook(): void;
  openRecent(path: string): void;
  /**
   * Fil → Skriv ut risikomatrise… (./printMenu.ts). May return the job's
   * promise: Electron ignores a click handler's result, the main-process
   * test awaits it.
   */
  printRiskMatrix(): Promise<unknown> | void;
  /** Fil → Lagre som PDF…: the risk matrix, the printout used most (./printMenu.ts). */
  saveRiskMatrixPdf(): Promise<unknown> | void;
  /**
   * Fil → Importer synkfil…: main's open dialog, then the Synkronisering page
   * previews the file (./syncFileHandoff.ts). May return the job's promise, for the tests.
   */
  importSyncFile(): Promise<unknown> | void;
  /** Asks the page (Eksporter synkfil… opens the Synkronisering page's export form). */
  send(command: MenuCommand): void;
}

export interface MenuState {
  readonly recent: readonly string[];
  readonly platform: NodeJS.Platform;
  /** Developer tools in the Vis menu, for `npm start` only. */
  readonly devTools?: boolean;
  /** The app's language (the page says which); bokmål until it has. */
  readonly language?: MenuLanguage;
}

/** Features whose menu items exist but stay disabled until their issues land. */
export const LATER_FEATURES = { sync: true, print: true } as const;

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu in the app's language (bokmål or English). Roles keep
 * the platforms' behaviour and shortcuts; explicit labels keep the words the
 * app's, since Electron's role labels follow the system.
 */
export function applicationMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const w = MENU_WORDS[state.language ?? 'nb'];
  const recentItems: MenuItemConstructorOptions[] = state.recent.length
    ? state.recent.map((path) => ({ label: basename(path), sublabel: path, toolTip: path, click: () => actions.openRecent(path) }))
    : [{ label: w.noRecent, enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: w.file,
    submenu: [
      { label: w.newWorkbook, accelerator: 'CmdOrCtrl+N', click: () => actions.newWorkbook() },
      { label: w.openWorkbook, accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkbook() },
      { label: w.recent, submenu: recentItems },
      separator,
      { label: w.importSync, enabled: LATER_FEATURES.sync, click: () => actions.importSyncFile() },
      { label: w.exportSync, enabled: LATER_FEATURES.sync, click: () => actions.send('export-sync-file') },
      separator,
      { label: w.printMatrix, accelerator: 'CmdOrCtrl+P', enabled: LATER_FEATURES.print, click: () => actions.printRiskMatrix() },
      { label: w.savePdf, enabled: LATER_FEATURES.print, click: () => actions.saveRiskMatrixPdf() },
      separator,
      { label: w.quit, role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: w.edit,
    submenu: [
      { label: w.undo, role: 'undo' },
      { label: w.redo, role: 'redo' },
      separator,
      { label: w.cut, role: 'cut' },
      { label: w.copy, role: 'copy' },
      { label: w.paste, role: 'paste' },
      { label: w.selectAll, role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: w.view,
    submenu: [
      { label: w.reload, role: 'reload' },
      { label: w.resetZoom, role: 'resetZoom' },
      { label: w.zoomIn, role: 'zoomIn' },
      { label: w.zoomOut, role: 'zoomOut' },
      separator,
      { label: w.fullscreen, role: 'togglefullscreen' },
      ...(state.devTools ? [separator, { label: w.devTools, role: 'toggleDevTools' } as const] : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: w.help,
    role: 'help',
    submenu: [{ label: w.about, role: 'about' }],
  };
  const menus = [file, edit, view, help];
  if (state.platform !== 'darwin') return menus;
  // macOS puts the application's own menu first, named after the app.
  const appMenu: MenuItemConstructorOptions = {
    label: 'Prosjektboka',
    submenu: [
      { label: w.about, role: 'about' },
      separator,
      { label: w.services, role: 'services' },
      separator,
      { label: w.hide, role: 'hide' },
      { label: w.hideOthers, role: 'hideOthers' },
      { label: w.unhide, role: 'unhide' },
      separator,
      { label: w.quitApp, role: 'quit' },
    ],
  };
  return [appMenu, ...menus];
}
