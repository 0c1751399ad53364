import { basename } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../preload/channels.js';

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
}

/** Features whose menu items exist but stay disabled until their issues land. */
export const LATER_FEATURES = { sync: true, print: true } as const;

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu in Norwegian (bokmål). Roles keep the platforms'
 * behaviour and shortcuts; explicit labels keep the words Norwegian, since
 * Electron's role labels are English.
 */
export function applicationMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const recentItems: MenuItemConstructorOptions[] = state.recent.length
    ? state.recent.map((path) => ({ label: basename(path), sublabel: path, toolTip: path, click: () => actions.openRecent(path) }))
    : [{ label: 'Ingen nylig brukte arbeidsbøker', enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: 'Fil',
    submenu: [
      { label: 'Ny arbeidsbok', accelerator: 'CmdOrCtrl+N', click: () => actions.newWorkbook() },
      { label: 'Åpne arbeidsbok…', accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkbook() },
      { label: 'Nylig brukte', submenu: recentItems },
      separator,
      { label: 'Importer synkfil…', enabled: LATER_FEATURES.sync, click: () => actions.importSyncFile() },
      { label: 'Eksporter synkfil…', enabled: LATER_FEATURES.sync, click: () => actions.send('export-sync-file') },
      separator,
      { label: 'Skriv ut risikomatrise…', accelerator: 'CmdOrCtrl+P', enabled: LATER_FEATURES.print, click: () => actions.printRiskMatrix() },
      { label: 'Lagre som PDF…', enabled: LATER_FEATURES.print, click: () => actions.saveRiskMatrixPdf() },
      separator,
      { label: 'Avslutt', role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Rediger',
    submenu: [
      { label: 'Angre', role: 'undo' },
      { label: 'Gjør om', role: 'redo' },
      separator,
      { label: 'Klipp ut', role: 'cut' },
      { label: 'Kopier', role: 'copy' },
      { label: 'Lim inn', role: 'paste' },
      { label: 'Merk alt', role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'Vis',
    submenu: [
      { label: 'Last inn på nytt', role: 'reload' },
      { label: 'Faktisk størrelse', role: 'resetZoom' },
      { label: 'Zoom inn', role: 'zoomIn' },
      { label: 'Zoom ut', role: 'zoomOut' },
      separator,
      { label: 'Fullskjerm', role: 'togglefullscreen' },
      ...(state.devTools ? [separator, { label: 'Utviklerverktøy', role: 'toggleDevTools' } as const] : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: 'Hjelp',
    role: 'help',
    submenu: [{ label: 'Om Prosjektboka', role: 'about' }],
  };
  const menus = [file, edit, view, help];
  if (state.platform !== 'darwin') return menus;
  // macOS puts the application's own menu first, named after the app.
  const appMenu: MenuItemConstructorOptions = {
    label: 'Prosjektboka',
    submenu: [
      { label: 'Om Prosjektboka', role: 'about' },
      separator,
      { label: 'Tjenester', role: 'services' },
      separator,
      { label: 'Skjul Prosjektboka', role: 'hide' },
      { label: 'Skjul andre', role: 'hideOthers' },
      { label: 'Vis alle', role: 'unhide' },
      separator,
      { label: 'Avslutt Prosjektboka', role: 'quit' },
    ],
  };
  return [appMenu, ...menus];
}
