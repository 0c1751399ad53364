/**
 * The desktop menu's words (and, below, its dialogs'), bokmål and English: the app's language, which
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

/**
 * The desktop dialogs' words (opening a workbook, closing the window, reading
 * a sync file), bokmål and English, in the same language as the menu.
 * `{name}`, `{seconds}` are filled in by the dialog that uses them.
 */
const dialogNb = {
  workbookFilter: 'Prosjektboka-arbeidsbok',
  openRecentNamed: 'Åpne {name}', openOther: 'Åpne en annen arbeidsbok…', createNew: 'Lag en ny arbeidsbok…',
  cancel: 'Avbryt', quitApp: 'Avslutt Prosjektboka',
  nextWithRecent: 'Åpne en nylig brukt arbeidsbok, en annen fil eller lag en ny.',
  nextWithoutRecent: 'Åpne en annen fil eller lag en ny arbeidsbok.',
  cannotOpenTitle: 'Kan ikke åpne arbeidsboka', cannotOpenMessage: 'Arbeidsboka kan ikke åpnes.',
  openTitle: 'Åpne arbeidsbok', newTitle: 'Ny arbeidsbok', newButton: 'Lag arbeidsbok', newFileName: 'Ny arbeidsbok',
  keepOpen: 'Ikke lukk', closeAnyway: 'Lukk likevel',
  notSaved: 'Noe av det du skrev, er ikke lagret i arbeidsboka.',
  saveTimedOut: 'Lagringen ble ikke ferdig innen {seconds} sekunder.',
  draftKept: 'Teksten er tatt vare på på denne maskinen og tilbys igjen neste gang du åpner arbeidsboka.',
  importTitle: 'Importer synkfil', choose: 'Velg', syncFilter: 'Synkfil fra Prosjektboka', allFiles: 'Alle filer',
  notRead: '«{name}» kunne ikke leses.', nothingImported: 'Ingenting er importert.',
  tooLarge: 'Fila er større enn 256 MiB og kan ikke være en synkfil fra Prosjektboka.',
  readENOENT: 'Fila finnes ikke (lenger). Kanskje den er flyttet, eller minnepinnen er tatt ut.',
  readEACCES: 'Prosjektboka har ikke lov til å lese fila.',
  readEISDIR: 'Det er en mappe, ikke en fil.',
  readEBUSY: 'Fila er i bruk av et annet program. Prøv igjen om litt.',
  startFailed: 'Prosjektboka kunne ikke starte',
  restartTitle: 'Prosjektboka må startes på nytt',
  workerStopped: 'Delen av Prosjektboka som skriver til arbeidsboka, stoppet uventet. Alt som ble lagret før dette, er i behold.',
};

export type DialogWords = { readonly [K in keyof typeof dialogNb]: string };

const dialogEn: DialogWords = {
  workbookFilter: 'Prosjektboka workbook',
  openRecentNamed: 'Open {name}', openOther: 'Open another workbook…', createNew: 'Create a new workbook…',
  cancel: 'Cancel', quitApp: 'Quit Prosjektboka',
  nextWithRecent: 'Open a recently used workbook, another file or create a new one.',
  nextWithoutRecent: 'Open another file or create a new workbook.',
  cannotOpenTitle: 'Cannot open the workbook', cannotOpenMessage: 'The workbook cannot be opened.',
  openTitle: 'Open workbook', newTitle: 'New workbook', newButton: 'Create workbook', newFileName: 'New workbook',
  keepOpen: 'Do not close', closeAnyway: 'Close anyway',
  notSaved: 'Some of what you typed is not saved in the workbook.',
  saveTimedOut: 'Saving did not finish within {seconds} seconds.',
  draftKept: 'The text is kept on this computer and offered again the next time you open the workbook.',
  importTitle: 'Import sync file', choose: 'Choose', syncFilter: 'Sync file from Prosjektboka', allFiles: 'All files',
  notRead: '“{name}” could not be read.', nothingImported: 'Nothing has been imported.',
  tooLarge: 'The file is larger than 256 MiB and cannot be a sync file from Prosjektboka.',
  readENOENT: 'The file does not exist (any more). Perhaps it was moved, or the memory stick was removed.',
  readEACCES: 'Prosjektboka is not allowed to read the file.',
  readEISDIR: 'It is a folder, not a file.',
  readEBUSY: 'The file is in use by another program. Try again in a moment.',
  startFailed: 'Prosjektboka could not start',
  restartTitle: 'Prosjektboka must be restarted',
  workerStopped: 'The part of Prosjektboka that writes to the workbook stopped unexpectedly. Everything saved before this is kept.',
};

export const DIALOG_WORDS: Readonly<Record<MenuLanguage, DialogWords>> = { nb: dialogNb, en: dialogEn };

/** A dialog word with its `{name}`-style placeholders filled in. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
