import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate, LATER_FEATURES, type MenuActions } from '../../electron/main/menu.js';

function actions() {
  return {
    newWorkbook: vi.fn<() => void>(),
    openWorkbook: vi.fn<() => void>(),
    openRecent: vi.fn<(path: string) => void>(),
    printRiskMatrix: vi.fn<MenuActions['printRiskMatrix']>(),
    saveRiskMatrixPdf: vi.fn<MenuActions['saveRiskMatrixPdf']>(),
    importSyncFile: vi.fn<MenuActions['importSyncFile']>(),
    send: vi.fn<MenuActions['send']>(),
  } satisfies MenuActions;
}

const items = (menu: MenuItemConstructorOptions | undefined) => (menu?.submenu ?? []) as MenuItemConstructorOptions[];
const labels = (menu: MenuItemConstructorOptions | undefined) => items(menu).map((i) => (i.type === 'separator' ? '—' : i.label));
const find = (menu: MenuItemConstructorOptions | undefined, label: string) => items(menu).find((i) => i.label === label)!;
const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('the application menu', () => {
  const recent = ['/home/kari/Mysen.prosjektboka', '/home/kari/Drammen.prosjektboka'];
  const a = actions();
  const [file, edit, view, help, ...rest] = applicationMenuTemplate({ recent, platform: 'linux' }, a);

  it('has Fil, Rediger, Vis and Hjelp, in Norwegian', () => {
    expect([file, edit, view, help].map((m) => m?.label)).toEqual(['Fil', 'Rediger', 'Vis', 'Hjelp']);
    expect(rest).toEqual([]);
  });

  it('Fil: new, open, recent, sync, print and quit', () => {
    expect(labels(file)).toEqual([
      'Ny arbeidsbok', 'Åpne arbeidsbok…', 'Nylig brukte', '—',
      'Importer synkfil…', 'Eksporter synkfil…', '—',
      'Skriv ut risikomatrise…', 'Lagre som PDF…', '—',
      'Avslutt',
    ]);
    expect(find(file, 'Avslutt').role).toBe('quit');
    click(find(file, 'Ny arbeidsbok'));
    click(find(file, 'Åpne arbeidsbok…'));
    expect(a.newWorkbook).toHaveBeenCalledOnce();
    expect(a.openWorkbook).toHaveBeenCalledOnce();
  });

  it('enables every item now that sync and print have landed', () => {
    expect(LATER_FEATURES).toEqual({ sync: true, print: true });
    for (const label of ['Ny arbeidsbok', 'Åpne arbeidsbok…', 'Nylig brukte', 'Importer synkfil…', 'Eksporter synkfil…', 'Skriv ut risikomatrise…', 'Lagre som PDF…', 'Avslutt']) {
      expect(find(file, label).enabled, label).not.toBe(false);
    }
  });

  it('imports a sync file through main\'s open dialog, and sends the page to its export form', () => {
    const b = actions();
    const [syncFile] = applicationMenuTemplate({ recent: [], platform: 'linux' }, b);
    click(find(syncFile, 'Importer synkfil…'));
    expect(b.importSyncFile).toHaveBeenCalledOnce();
    expect(b.send).not.toHaveBeenCalled();
    click(find(syncFile, 'Eksporter synkfil…'));
    expect(b.send).toHaveBeenCalledExactlyOnceWith('export-sync-file');
    expect(b.importSyncFile).toHaveBeenCalledOnce();
  });

  it('prints the risk matrix (Ctrl/Cmd+P) and saves it as PDF through their own actions, not the page', () => {
    const b = actions();
    const [printFile] = applicationMenuTemplate({ recent: [], platform: 'linux' }, b);
    const print = find(printFile, 'Skriv ut risikomatrise…');
    expect(print.accelerator).toBe('CmdOrCtrl+P');
    click(print);
    expect(b.printRiskMatrix).toHaveBeenCalledOnce();
    expect(b.saveRiskMatrixPdf).not.toHaveBeenCalled();
    click(find(printFile, 'Lagre som PDF…'));
    expect(b.saveRiskMatrixPdf).toHaveBeenCalledOnce();
    expect(b.printRiskMatrix).toHaveBeenCalledOnce();
    expect(b.send).not.toHaveBeenCalled();
  });

  it('lists the recent workbooks by file name and opens the one chosen', () => {
    const submenu = items(find(file, 'Nylig brukte'));
    expect(submenu.map((i) => i.label)).toEqual(['Mysen.prosjektboka', 'Drammen.prosjektboka']);
    click(submenu[1]!);
    expect(a.openRecent).toHaveBeenCalledWith('/home/kari/Drammen.prosjektboka');
  });

  it('says so when there is nothing recent', () => {
    const [emptyFile] = applicationMenuTemplate({ recent: [], platform: 'win32' }, actions());
    expect(items(find(emptyFile, 'Nylig brukte'))).toEqual([{ label: 'Ingen nylig brukte arbeidsbøker', enabled: false }]);
  });

  it('Rediger uses the platform\'s editing roles under Norwegian labels', () => {
    expect(items(edit).map((i) => (i.type === 'separator' ? '—' : [i.label, i.role]))).toEqual([
      ['Angre', 'undo'], ['Gjør om', 'redo'], '—',
      ['Klipp ut', 'cut'], ['Kopier', 'copy'], ['Lim inn', 'paste'], ['Merk alt', 'selectAll'],
    ]);
  });

  it('Vis reloads, zooms and goes full screen; developer tools only when asked for', () => {
    expect(items(view).filter((i) => i.type !== 'separator').map((i) => [i.label, i.role])).toEqual([
      ['Last inn på nytt', 'reload'], ['Faktisk størrelse', 'resetZoom'], ['Zoom inn', 'zoomIn'], ['Zoom ut', 'zoomOut'],
      ['Fullskjerm', 'togglefullscreen'],
    ]);
    const [, , devView] = applicationMenuTemplate({ recent: [], platform: 'linux', devTools: true }, actions());
    expect(labels(devView)).toContain('Utviklerverktøy');
  });

  it('Hjelp tells about Prosjektboka', () => {
    expect(items(help).map((i) => [i.label, i.role])).toEqual([['Om Prosjektboka', 'about']]);
  });

  it('on macOS, starts with the application menu', () => {
    const mac = applicationMenuTemplate({ recent, platform: 'darwin' }, actions());
    expect(mac.map((m) => m.label)).toEqual(['Prosjektboka', 'Fil', 'Rediger', 'Vis', 'Hjelp']);
    expect(items(mac[0]).some((i) => i.role === 'quit')).toBe(true);
  });
});

describe('the application menu in English', () => {
  const a = actions();
  const menus = applicationMenuTemplate({ recent: [], platform: 'darwin', language: 'en' }, a);
  const [app, file, edit, view, help] = menus;

  it('speaks English when the app does, every label of it', () => {
    expect(menus.map((m) => m.label)).toEqual(['Prosjektboka', 'File', 'Edit', 'View', 'Help']);
    expect(labels(file)).toEqual([
      'New workbook', 'Open workbook…', 'Recently used', '—',
      'Import sync file…', 'Export sync file…', '—',
      'Print risk matrix…', 'Save as PDF…', '—',
      'Quit',
    ]);
    expect(labels(find(file, 'Recently used'))).toEqual(['No recently used workbooks']);
    expect(labels(edit)).toEqual(['Undo', 'Redo', '—', 'Cut', 'Copy', 'Paste', 'Select all']);
    const all = [app, file, edit, view, help].flatMap((m) => labels(m)).join(' ');
    expect(all).not.toMatch(/[æøå]|Avslutt|Rediger|Vis\b|Hjelp|Angre/);
    click(find(file, 'Print risk matrix…'));
    expect(a.printRiskMatrix).toHaveBeenCalledOnce();
  });
});
