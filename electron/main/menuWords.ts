/**
 * The desktop menu's words, bokmål and English: the app's language, which
 * the page tells main (LANGUAGE_CHANNEL). Explicit labels, since Electron's
 * role labels follow the system's language, not the app's.
 */
export type MenuLanguage = 'nb' | 'en';

const nb = {
  noRecent: 'Ingen nylig brukte arbeidsbøker',
  file: 'Fil', newWorkbook: 'Ny arbeidsbok', openWorkbook: 'Åpne arbeidsbok…', recent: 'Nylig brukte',
  importSync: 'Importer synkfil…', exportSync: 'Eksporter synkfil…', printMatrix: 'Skriv ut risikomatrise…', savePdf: 'Lagre som PDF…',
  quit: 'Avslutt',
  edit: 'Rediger', undo: 'Angre', redo: 'Gjør om', cut: 'Klipp ut', copy: 'Kopier', paste: 'Lim inn', selectAll: 'Merk alt',
  view: 'Vis', reload: 'Last inn på nytt', resetZoom: 'Faktisk størrelse', zoomIn: 'Zoom inn', zoomOut: 'Zoom ut',
  fullscreen: 'Fullskjerm', devTools: 'Utviklerverktøy',
  help: 'Hjelp', about: 'Om Prosjektboka',
  services: 'Tjenester', hide: 'Skjul Prosjektboka', hideOthers: 'Skjul andre', unhide: 'Vis alle', quitApp: 'Avslutt Prosjektboka',
};

export type MenuWords = { readonly [K in keyof typeof nb]: string };

const en: MenuWords = {
  noRecent: 'No recently used workbooks',
  file: 'File', newWorkbook: 'New workbook', openWorkbook: 'Open workbook…', recent: 'Recently used',
  importSync: 'Import sync file…', exportSync: 'Export sync file…', printMatrix: 'Print risk matrix…', savePdf: 'Save as PDF…',
  quit: 'Quit',
  edit: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select all',
  view: 'View', reload: 'Reload', resetZoom: 'Actual size', zoomIn: 'Zoom in', zoomOut: 'Zoom out',
  fullscreen: 'Full screen', devTools: 'Developer tools',
  help: 'Help', about: 'About Prosjektboka',
  services: 'Services', hide: 'Hide Prosjektboka', hideOthers: 'Hide others', unhide: 'Show all', quitApp: 'Quit Prosjektboka',
};

export const MENU_WORDS: Readonly<Record<MenuLanguage, MenuWords>> = { nb, en };

export function isMenuLanguage(value: unknown): value is MenuLanguage {
  return value === 'nb' || value === 'en';
}
