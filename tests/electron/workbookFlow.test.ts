import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageBoxOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch.js';
import { WorkbookHost } from '../../electron/main/dbWorker.js';
import { createFromDialog, failureText, openFailureDialog, openFromDialog, openWithRecovery, type WorkbookFlowUi } from '../../electron/main/workbookFlow.js';
import type { FromWorker } from '../../electron/main/workerProtocol.js';
import { createWorkbook } from '../../electron/workbook/open.js';
import { tempDir } from './helpers.js';

/**
 * The desktop's open/create flows against the real workbook host (the code
 * the worker runs) on real files; only the dialogs are scripted: each test
 * says which button the user presses and what they pick in a file dialog.
 */
interface Script {
  buttons: (string | number)[];
  openPicks: (string | null)[];
  savePicks: (string | null)[];
}

function harness(dir: string, recent: string[] = [], lang?: 'nb' | 'en') {
  const posted: FromWorker[] = [];
  const host = new WorkbookHost({ recent }, (m) => posted.push(m));
  const shown: MessageBoxOptions[] = [];
  const script: Script = { buttons: [], openPicks: [], savePicks: [] };
  const ui: WorkbookFlowUi = {
    call: (method, args) => dispatch(host.handlers, method, args),
    // The recent list as main keeps it: paths, most recent first.
    recent: () => (host.handlers.recentWorkbooks({}) as { path: string }[]).map((r) => r.path),
    showMessageBox: async (options) => {
      shown.push(options);
      const press = script.buttons.shift();
      if (press === undefined) throw new Error(`unexpected dialog: ${options.detail}`);
      const response = typeof press === 'number' ? press : options.buttons!.indexOf(press);
      if (response < 0) throw new Error(`no button «${String(press)}» in ${JSON.stringify(options.buttons)}`);
      return { response };
    },
    showOpenDialog: async () => {
      const pick = script.openPicks.shift() ?? null;
      return pick ? { canceled: false, filePaths: [pick] } : { canceled: true, filePaths: [] };
    },
    showSaveDialog: async () => {
      const pick = script.savePicks.shift() ?? null;
      return pick ? { canceled: false, filePath: pick } : { canceled: true };
    },
    documentsDir: dir,
    ...(lang ? { language: () => lang } : {}),
  };
  const openPath = async () => ((await dispatch(host.handlers, 'getWorkbookInfo', {})) as { ok: true; result: { path: string } }).result.path;
  return { host, ui, script, shown, posted, openPath };
}

describe('opening workbooks in the desktop app', () => {
  let dir: ReturnType<typeof tempDir>;
  let hosts: WorkbookHost[];
  beforeEach(() => {
    dir = tempDir('prosjektboka-flow-');
    hosts = [];
  });
  afterEach(() => {
    for (const h of hosts) h.close();
    dir.remove();
  });
  const make = (recent: string[] = [], lang?: 'nb' | 'en') => {
    const h = harness(dir.path, recent, lang);
    hosts.push(h.host);
    return h;
  };
  const workbook = (name: string) => {
    const path = join(dir.path, name);
    createWorkbook(path, { empty: true }).close();
    return path;
  };

  it('the first start creates the default workbook and opens it without a word', async () => {
    const h = make();
    const path = join(dir.path, 'Prosjektboka.prosjektboka');
    expect(await openWithRecovery(h.ui, { path, create: true }, false)).toBe('opened');
    expect(existsSync(path)).toBe(true);
    expect(await h.openPath()).toBe(path);
    expect(h.shown).toEqual([]);
    expect(h.posted).toContainEqual({ type: 'opened', path });
  });

  it('a damaged last workbook gets a Norwegian explanation, and a recent one can be opened instead', async () => {
    const good = workbook('Mysen.prosjektboka');
    const broken = join(dir.path, 'Skadet.prosjektboka');
    writeFileSync(broken, 'dette er ikke en arbeidsbok');
    const h = make([broken, good]);
    h.script.buttons.push('Åpne Mysen.prosjektboka');
    expect(await openWithRecovery(h.ui, { path: broken, create: false }, false)).toBe('opened');
    expect(h.shown).toHaveLength(1);
    expect(h.shown[0]!.message).toBe('Arbeidsboka kan ikke åpnes.');
    expect(h.shown[0]!.detail).toContain(`${broken} er ikke en Prosjektboka-arbeidsbok.`);
    expect(h.shown[0]!.buttons).toEqual(['Åpne Mysen.prosjektboka', 'Åpne en annen arbeidsbok…', 'Lag en ny arbeidsbok…', 'Avslutt Prosjektboka']);
    expect(await h.openPath()).toBe(good);
  });

  it('in English, the damaged workbook\'s explanation, its buttons and the worker\'s reason are English', async () => {
    const good = workbook('Mysen.prosjektboka');
    const broken = join(dir.path, 'Skadet.prosjektboka');
    writeFileSync(broken, 'dette er ikke en arbeidsbok');
    const h = make([broken, good], 'en');
    h.script.buttons.push('Open Mysen.prosjektboka');
    expect(await openWithRecovery(h.ui, { path: broken, create: false }, false)).toBe('opened');
    expect(h.shown).toHaveLength(1);
    expect(h.shown[0]!.title).toBe('Cannot open the workbook');
    expect(h.shown[0]!.message).toBe('The workbook cannot be opened.');
    expect(h.shown[0]!.detail).toBe(`${broken} is not a Prosjektboka workbook.\n\nOpen a recently used workbook, another file or create a new one.`);
    expect(h.shown[0]!.buttons).toEqual(['Open Mysen.prosjektboka', 'Open another workbook…', 'Create a new workbook…', 'Quit Prosjektboka']);
    expect(await h.openPath()).toBe(good);
  });

  it('in English, the open and new-workbook file dialogs are English', async () => {
    const h = make([], 'en');
    const opened: string[] = [];
    const saved: { title?: string; buttonLabel?: string; defaultPath?: string; filter?: string }[] = [];
    h.ui.showOpenDialog = async (options) => {
      opened.push(`${options.title} / ${options.filters?.[0]?.name}`);
      return { canceled: true, filePaths: [] };
    };
    h.ui.showSaveDialog = async (options) => {
      saved.push({ title: options.title, buttonLabel: options.buttonLabel, defaultPath: options.defaultPath, filter: options.filters?.[0]?.name });
      return { canceled: true };
    };
    expect(await openFromDialog(h.ui)).toBe('cancelled');
    expect(await createFromDialog(h.ui)).toBe('cancelled');
    expect(opened).toEqual(['Open workbook / Prosjektboka workbook']);
    expect(saved).toEqual([{ title: 'New workbook', buttonLabel: 'Create workbook', defaultPath: join(dir.path, 'New workbook.prosjektboka'), filter: 'Prosjektboka workbook' }]);
  });

  it('another file can be chosen; a cancelled file dialog brings the explanation back', async () => {
    const other = workbook('Annen.prosjektboka');
    const h = make();
    const missing = join(dir.path, 'Borte.prosjektboka');
    h.script.buttons.push('Åpne en annen arbeidsbok…', 'Åpne en annen arbeidsbok…');
    h.script.openPicks.push(null, other);
    expect(await openWithRecovery(h.ui, { path: missing, create: false }, false)).toBe('opened');
    expect(h.shown).toHaveLength(2);
    expect(h.shown[1]!.detail).toContain('Finner ikke arbeidsboka');
    expect(await h.openPath()).toBe(other);
  });

  it('a new workbook can be made instead, and the extension is added when left out', async () => {
    const h = make();
    h.script.buttons.push('Lag en ny arbeidsbok…');
    h.script.savePicks.push(join(dir.path, 'Ny'));
    expect(await openWithRecovery(h.ui, { path: join(dir.path, 'Borte.prosjektboka'), create: false }, false)).toBe('opened');
    expect(await h.openPath()).toBe(join(dir.path, 'Ny.prosjektboka'));
  });

  it('giving up at the first start quits, without a crash', async () => {
    const h = make();
    h.script.buttons.push('Avslutt Prosjektboka');
    expect(await openWithRecovery(h.ui, { path: join(dir.path, 'Borte.prosjektboka'), create: false }, false)).toBe('quit');
  });

  it('a workbook from a newer Prosjektboka is refused, and the open one stays open on Avbryt', async () => {
    const current = workbook('Gjeldende.prosjektboka');
    const newer = workbook('Nyere.prosjektboka');
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(newer);
    db.pragma('user_version = 999');
    db.close();
    const h = make();
    expect(await openWithRecovery(h.ui, { path: current, create: false }, false)).toBe('opened');
    h.script.openPicks.push(newer);
    h.script.buttons.push('Avbryt');
    expect(await openFromDialog(h.ui)).toBe('cancelled');
    expect(h.shown[0]!.detail).toContain('laget av en nyere versjon av Prosjektboka');
    expect(await h.openPath()).toBe(current);
  });

  it('Fil → Ny arbeidsbok refuses to overwrite a file and lets the user pick another name', async () => {
    const existing = workbook('Finnes.prosjektboka');
    const h = make();
    expect(await openWithRecovery(h.ui, { path: existing, create: false }, false)).toBe('opened');
    h.script.savePicks.push(existing, join(dir.path, 'Ny2.prosjektboka'));
    h.script.buttons.push('Lag en ny arbeidsbok…');
    expect(await createFromDialog(h.ui)).toBe('opened');
    expect(h.shown[0]!.detail).toContain('finnes allerede');
    expect(await h.openPath()).toBe(join(dir.path, 'Ny2.prosjektboka'));
  });

  it('a stopped database worker ends the start instead of offering other files', async () => {
    const h = make();
    const stopped = { ok: false as const, error: { code: 'worker_stopped', message: 'Databasetråden har stoppet.', issues: [] } };
    h.ui.call = () => Promise.resolve(stopped);
    expect(await openWithRecovery(h.ui, { path: join(dir.path, 'x.prosjektboka'), create: true }, false)).toBe('quit');
    expect(await openWithRecovery(h.ui, { path: join(dir.path, 'x.prosjektboka'), create: false }, true)).toBe('cancelled');
    expect(h.shown).toEqual([]);
  });

  it('a cancelled Åpne dialog changes nothing', async () => {
    const h = make();
    expect(await openFromDialog(h.ui)).toBe('cancelled');
    expect(await createFromDialog(h.ui)).toBe('cancelled');
    expect(h.shown).toEqual([]);
  });
});

describe('the can-not-open dialog', () => {
  it('offers at most three recent workbooks, never the one that failed', () => {
    const { dialog, choices } = openFailureDialog({
      message: 'Feil.',
      failedPath: '/d/Skadet.prosjektboka',
      recent: ['/d/Skadet.prosjektboka', '/d/A.prosjektboka', '/d/B.prosjektboka', '/d/C.prosjektboka', '/d/D.prosjektboka'],
      hasOpenWorkbook: true,
    });
    expect(dialog.buttons).toEqual([
      'Åpne A.prosjektboka', 'Åpne B.prosjektboka', 'Åpne C.prosjektboka',
      'Åpne en annen arbeidsbok…', 'Lag en ny arbeidsbok…', 'Avbryt',
    ]);
    expect(choices.at(-1)).toEqual({ kind: 'cancel' });
    expect(dialog.cancelId).toBe(5);
    expect(dialog.type).toBe('error');
    expect(dialog.title).toBe('Kan ikke åpne arbeidsboka');
  });

  it('in English, offers the same choices in English', () => {
    const { dialog } = openFailureDialog({
      message: 'Error.',
      failedPath: '/d/Skadet.prosjektboka',
      recent: ['/d/A.prosjektboka'],
      hasOpenWorkbook: true,
      lang: 'en',
    });
    expect(dialog.buttons).toEqual(['Open A.prosjektboka', 'Open another workbook…', 'Create a new workbook…', 'Cancel']);
    expect(dialog.title).toBe('Cannot open the workbook');
    expect(dialog.detail).toBe('Error.\n\nOpen a recently used workbook, another file or create a new one.');
  });

  it('words the worker\'s refusal by its key in English, and falls back to its bokmål text for a key it does not know', () => {
    const body = { code: 'not_a_workbook', message: '/d/X er ikke en Prosjektboka-arbeidsbok.', key: 'workbook.not_a_workbook', params: { path: '/d/X' }, issues: [] };
    expect(failureText(body, 'en')).toBe('/d/X is not a Prosjektboka workbook.');
    expect(failureText(body, 'nb')).toBe('/d/X er ikke en Prosjektboka-arbeidsbok.');
    expect(failureText({ ...body, key: 'from.a.newer.version' }, 'en')).toBe('/d/X er ikke en Prosjektboka-arbeidsbok.');
    expect(failureText({ code: 'x', message: 'Bare tekst.', issues: [] }, 'en')).toBe('Bare tekst.');
  });
});
