import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_CONTENT_SECURITY_POLICY } from '../../electron/main/protocol.js';
import { FORBIDDEN } from '../../electron/main/ipc.js';
import { windowOptions } from '../../electron/main/windowOptions.js';
import { objectBody, pageCount, pdfTextString, readPdf } from '../../electron/print/pdfStructure.js';
import { createWorkbook } from '../../electron/workbook/open.js';
import { useFakeElectronMain, type FakeElectronEvent } from './helpers.js';

/**
 * The real main bundle (dist/electron/main.js as scripts/build-electron.js
 * builds it) run under Node with a stand-in for the 'electron' module
 * (fixtures/fake-electron.cjs), since Electron itself cannot run here. The
 * database worker, the workbook files, the settings file, IPC checks, the
 * app:// handler and the quit sequence are all real.
 */
type Event = FakeElectronEvent;

const bundle = useFakeElectronMain('prosjektboka-main-');
const home = () => bundle.home();

const runMain = (env: Record<string, string>, args?: string[]) => bundle.run(env, args);

const all = (events: Event[], type: string) => events.filter((e) => e.type === type);
const one = (events: Event[], type: string) => {
  const found = all(events, type);
  expect(found, `events of type ${type}`).toHaveLength(1);
  return found[0]!;
};
const api = (events: Event[], call: string) => all(events, 'api').find((e) => e.call === call)!;
const at = (events: Event[], type: string) => events.findIndex((e) => e.type === type);
/** The main window's options and the print window's, in the order main made them. */
function mainAndPrintWindows(events: Event[]): [BrowserWindowConstructorOptions, BrowserWindowConstructorOptions] {
  const windows = all(events, 'window').map((e) => e.options as BrowserWindowConstructorOptions);
  expect(windows, 'windows').toHaveLength(2);
  return [windows[0]!, windows[1]!];
}

// Generous: each run starts Node, the main bundle and a worker bundle; slow when every suite runs at once.
describe('the main process', () => {
  it('on the first start creates the default workbook, shows it in a hardened window and answers the page', async () => {
    const dir = home();
    const { code, events, stderr } = await runMain({ PROSJEKTBOKA_HOME: dir });
    expect(all(events, 'error')).toEqual([]);
    expect(code, stderr).toBe(0);

    expect(one(events, 'setName').name).toBe('Prosjektboka');
    expect(one(events, 'setPath')).toMatchObject({ key: 'userData', value: dir });
    expect(one(events, 'privileged').schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(one(events, 'window').options).toMatchObject({
      webPreferences: { preload: join(bundle.dir, 'preload.cjs'), sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(one(events, 'loadURL').url).toBe('app://prosjektboka/index.html');

    const workbook = join(dir, 'Prosjektboka.prosjektboka');
    expect(existsSync(workbook)).toBe(true);
    expect(api(events, 'getWorkbookInfo').envelope).toMatchObject({ ok: true, result: { path: workbook, canSwitchWorkbook: true } });
    expect(api(events, 'listRecords')).toMatchObject({ ok: true });
    expect(api(events, 'listRecords').count).toBeGreaterThan(0);
    expect(api(events, 'foreign').envelope).toEqual(FORBIDDEN);

    expect(one(events, 'page')).toMatchObject({ status: 200, csp: APP_CONTENT_SECURITY_POLICY, body: '<!doctype html><title>Prosjektboka</title>' });
    expect(one(events, 'navigation')).toEqual({ type: 'navigation', prevented: true, windowOpen: { action: 'deny' } });
    expect(one(events, 'openExternal').url).toBe('https://example.org/');
    expect(all(events, 'title').at(-1)?.title).toBe('Prosjektboka.prosjektboka – Prosjektboka');
    expect(all(events, 'menu').at(-1)).toMatchObject({ labels: ['Fil', 'Rediger', 'Vis', 'Hjelp'], recent: ['Prosjektboka.prosjektboka'] });
    expect(all(events, 'dialog')).toEqual([]);

    // Quitting waits for the worker to close the workbook, then ends.
    expect(all(events, 'quit').map((e) => e.deferred)).toEqual([true, false]);
    const settings = JSON.parse(readFileSync(join(dir, 'innstillinger.json'), 'utf8')) as Record<string, unknown>;
    expect(settings).toEqual({
      recent: [workbook],
      lastWorkbook: workbook,
      windowBounds: { x: 10, y: 20, width: 1000, height: 700, maximized: false },
      language: null,
    });
  });

  it('on a later start reopens the workbook used last', async () => {
    const dir = home();
    const mine = join(dir, 'Mysen.prosjektboka');
    createWorkbook(mine, { empty: true }).close();
    writeFileSync(join(dir, 'innstillinger.json'), JSON.stringify({ recent: [mine], lastWorkbook: mine, windowBounds: null }));
    const { code, events } = await runMain({ PROSJEKTBOKA_HOME: dir });
    expect(code).toBe(0);
    expect(api(events, 'getWorkbookInfo').envelope).toMatchObject({ ok: true, result: { path: mine } });
    expect(existsSync(join(dir, 'Prosjektboka.prosjektboka'))).toBe(false);
  });

  it('explains a damaged last workbook in Norwegian and quits cleanly when the user gives up', async () => {
    const dir = home();
    const broken = join(dir, 'Skadet.prosjektboka');
    writeFileSync(broken, 'ikke en arbeidsbok');
    writeFileSync(join(dir, 'innstillinger.json'), JSON.stringify({ recent: [broken], lastWorkbook: broken }));
    const { code, events } = await runMain({ PROSJEKTBOKA_HOME: dir });
    expect(code).toBe(0);
    expect(one(events, 'dialog')).toMatchObject({
      message: 'Arbeidsboka kan ikke åpnes.',
      detail: expect.stringContaining(`${broken} er ikke en Prosjektboka-arbeidsbok.`),
      pressed: 'Avslutt Prosjektboka',
    });
    expect(all(events, 'window')).toEqual([]);
    expect(readFileSync(broken, 'utf8')).toBe('ikke en arbeidsbok');
  });

  it('offers the recent workbooks when the last one cannot be opened, and opens the one chosen', async () => {
    const dir = home();
    const good = join(dir, 'Mysen.prosjektboka');
    createWorkbook(good, { empty: true }).close();
    const gone = join(dir, 'Borte.prosjektboka');
    createWorkbook(gone, { empty: true }).close();
    writeFileSync(join(dir, 'innstillinger.json'), JSON.stringify({ recent: [gone, good], lastWorkbook: gone }));
    writeFileSync(gone, 'ødelagt');
    const { code, events } = await runMain({ PROSJEKTBOKA_HOME: dir, FAKE_DIALOG_BUTTON: 'Åpne Mysen.prosjektboka' });
    expect(code).toBe(0);
    expect(one(events, 'dialog').buttons).toEqual(['Åpne Mysen.prosjektboka', 'Åpne en annen arbeidsbok…', 'Lag en ny arbeidsbok…', 'Avslutt Prosjektboka']);
    expect(api(events, 'getWorkbookInfo').envelope).toMatchObject({ ok: true, result: { path: good } });
  });

  it('Skriv ut risikomatrise… draws the matrix in a hidden window as locked down as the main one and prints it; the window goes with the main one', async () => {
    const { code, events, stderr } = await runMain({ PROSJEKTBOKA_HOME: home(), FAKE_MENU_CLICK: 'Skriv ut risikomatrise…' });
    expect(all(events, 'error')).toEqual([]);
    expect(code, stderr).toBe(0);
    expect(one(events, 'menuClick')).toMatchObject({ label: 'Skriv ut risikomatrise…', enabled: true });

    const [main, print] = mainAndPrintWindows(events);
    expect(print.show).toBe(false);
    expect(print.webPreferences).toEqual(main.webPreferences);
    expect(print.webPreferences).toEqual(windowOptions(join(bundle.dir, 'preload.cjs')).webPreferences);
    expect(print.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(print.title).not.toBe(main.title);

    expect(one(events, 'contentsLoadURL').url).toBe('app://prosjektboka/print.html#/print/risk-matrix');
    expect(one(events, 'print')).toMatchObject({ options: { silent: false, printBackground: true }, result: 'printed' });
    expect(one(events, 'destroyed').title).toBe(print.title);
    // The print window is made on the click, loads the view, prints, stays warm, and goes when the main window closes.
    const order = ['menuClick', 'contentsLoadURL', 'print', 'windowGone', 'destroyed', 'quit'].map((type) => at(events, type));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(events[at(events, 'menuClick') + 1]).toBe(all(events, 'window')[1]);
    expect(all(events, 'dialog')).toEqual([]);
    expect(all(events, 'quit').map((e) => e.deferred)).toEqual([true, false]);
  });

  it('Lagre som PDF… suggests a dated name in Documents and writes the risk matrix there as a PDF', async () => {
    const dir = home();
    const chosen = join(dir, 'Matrisen');
    const { code, events, stderr } = await runMain({ PROSJEKTBOKA_HOME: dir, FAKE_MENU_CLICK: 'Lagre som PDF…', FAKE_SAVE_PATH: chosen });
    expect(all(events, 'error')).toEqual([]);
    expect(code, stderr).toBe(0);

    const asked = one(events, 'saveDialog');
    // The fake's Documents folder is userData, here the test's home.
    expect(dirname(String(asked.defaultPath))).toBe(dir);
    expect(asked).toMatchObject({
      title: 'Lagre risikomatrisen som PDF',
      defaultPath: expect.stringMatching(/[\\/]Risikomatrise \d{2}\.\d{2}\.\d{4}\.pdf$/),
      filters: [{ name: 'PDF-dokument', extensions: ['pdf'] }],
      withParent: true,
    });
    const [main, print] = mainAndPrintWindows(events);
    expect(print.webPreferences).toEqual(main.webPreferences);
    // The user chooses first; only then is the print window made.
    expect(at(events, 'saveDialog')).toBeLessThan(events.indexOf(all(events, 'window')[1]!));
    expect(one(events, 'contentsLoadURL').url).toBe('app://prosjektboka/print.html#/print/risk-matrix');
    expect(one(events, 'printToPDF').options).toMatchObject({ preferCSSPageSize: true, printBackground: true });
    expect(one(events, 'destroyed').title).toBe(print.title);
    expect(all(events, 'dialog')).toEqual([]);

    // ".pdf" is added when the name has none; the file is the PDF with Prosjektboka's metadata added.
    expect(existsSync(chosen)).toBe(false);
    const pdf = readPdf(readFileSync(`${chosen}.pdf`));
    expect(pageCount(pdf)).toBe(1);
    expect(pdf.info).toBeDefined();
    expect(objectBody(pdf, pdf.info!)).toContain(`/Author ${pdfTextString('Prosjektboka')}`);
  });

  it('keeps the print window warm: a second printout reuses it without loading the app again', async () => {
    const dir = home();
    const chosen = join(dir, 'Matrise.pdf');
    const { code, events, stderr } = await runMain({
      PROSJEKTBOKA_HOME: dir, FAKE_MENU_CLICK: 'Skriv ut risikomatrise…|Lagre som PDF…', FAKE_SAVE_PATH: chosen,
    });
    expect(all(events, 'error')).toEqual([]);
    expect(code, stderr).toBe(0);
    expect(all(events, 'menuClick').map((e) => e.label)).toEqual(['Skriv ut risikomatrise…', 'Lagre som PDF…']);
    // Two windows in all: the main one and one print window for both jobs, which loaded the print views once.
    expect(all(events, 'window')).toHaveLength(2);
    expect(all(events, 'contentsLoadURL').map((e) => e.url)).toEqual(['app://prosjektboka/print.html#/print/risk-matrix']);
    expect(all(events, 'print')).toHaveLength(1);
    expect(all(events, 'printToPDF')).toHaveLength(1);
    expect(at(events, 'printToPDF')).toBeGreaterThan(at(events, 'print'));
    expect(pageCount(readPdf(readFileSync(chosen)))).toBe(1);
    // Destroyed once, when the main window closed, so the app could quit.
    expect(all(events, 'destroyed')).toHaveLength(1);
    expect(at(events, 'destroyed')).toBeGreaterThan(at(events, 'windowGone'));
    expect(all(events, 'dialog')).toEqual([]);
  });

  it('explains a failed printout in Norwegian, closes the print window and keeps going', async () => {
    const { code, events, stderr } = await runMain({ PROSJEKTBOKA_HOME: home(), FAKE_MENU_CLICK: 'Skriv ut risikomatrise…', FAKE_PRINT_RESULT: 'failed' });
    expect(all(events, 'error')).toEqual([]);
    expect(code, stderr).toBe(0);
    expect(one(events, 'dialog')).toMatchObject({
      message: 'Risikomatrisen kunne ikke skrives ut.',
      detail: expect.stringContaining('Utskriften feilet: failed'),
      buttons: ['OK'],
    });
    expect(at(events, 'destroyed')).toBeGreaterThan(at(events, 'print'));
    expect(all(events, 'quit').map((e) => e.deferred)).toEqual([true, false]);
  });

  it('writes no PDF when the view cannot be drawn, and says why', async () => {
    const dir = home();
    const chosen = join(dir, 'Matrise.pdf');
    const { code, events, stderr } = await runMain({
      PROSJEKTBOKA_HOME: dir, FAKE_MENU_CLICK: 'Lagre som PDF…', FAKE_SAVE_PATH: chosen, FAKE_PRINT_VIEW_ERROR: 'Risikoene kunne ikke leses.',
    });
    expect(all(events, 'error')).toEqual([]);
    expect(code, stderr).toBe(0);
    expect(one(events, 'dialog')).toMatchObject({
      message: 'Risikomatrisen kunne ikke lagres som PDF.',
      detail: expect.stringContaining('Risikoene kunne ikke leses.'),
    });
    expect(all(events, 'printToPDF')).toEqual([]);
    expect(all(events, 'destroyed')).toHaveLength(1);
    expect(existsSync(chosen)).toBe(false);
  });
});
