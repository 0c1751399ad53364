import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MENU_CHANNEL } from '../../electron/preload/channels.js';
import { useFakeElectronMain, type FakeElectronEvent } from './helpers.js';

/**
 * Sync files reaching the page from the desktop side, with the real main
 * bundle under Node and the stand-in 'electron' module (as in
 * mainProcess.test.ts): a .pbsync named on the command line (a double-click)
 * and Fil → Importer synkfil… are checked by main and handed to the page on
 * the menu channel by path, which previews them; nothing is imported behind its back.
 */
type Event = FakeElectronEvent;

const bundle = useFakeElectronMain('prosjektboka-main-sync-');
const home = () => bundle.home();

const runMain = (env: Record<string, string>, args?: string[]) => bundle.run(env, args);

const all = (events: Event[], type: string) => events.filter((e) => e.type === type);
const menuMessages = (events: Event[]) => all(events, 'send').filter((e) => e.channel === MENU_CHANNEL).map((e) => e.value);

describe('sync files in the desktop app', () => {
  it('hands a double-clicked .pbsync to the page instead of a "coming later" notice', async () => {
    const dir = home();
    const bytes = Buffer.from('{"format":"prosjektboka-sync"} og mer');
    const file = join(dir, 'fra Drammen.pbsync');
    writeFileSync(file, bytes);
    const { code, events, stderr } = await runMain({ PROSJEKTBOKA_HOME: dir }, [file]);
    expect(all(events, 'error')).toEqual([]);
    expect(code, stderr).toBe(0);
    expect(menuMessages(events)).toEqual([{ command: 'import-sync-file', name: 'fra Drammen.pbsync', path: file }]);
    expect(all(events, 'dialog')).toEqual([]);
  });

  it('explains in Norwegian a .pbsync that cannot be read, and sends nothing', async () => {
    const dir = home();
    const { code, events } = await runMain({ PROSJEKTBOKA_HOME: dir }, [join(dir, 'borte.pbsync')]);
    expect(code).toBe(0);
    expect(menuMessages(events)).toEqual([]);
    expect(all(events, 'dialog')).toEqual([expect.objectContaining({
      message: '«borte.pbsync» kunne ikke leses.',
      detail: expect.stringContaining('Ingenting er importert.'),
      buttons: ['OK'],
    })]);
  });

  it('Fil → Importer synkfil… opens a .pbsync dialog and hands the chosen file to the page', async () => {
    const dir = home();
    const file = join(dir, 'til-mysen.pbsync');
    writeFileSync(file, 'synk');
    const { code, events, stderr } = await runMain({ PROSJEKTBOKA_HOME: dir, FAKE_MENU_CLICK: 'Importer synkfil…', FAKE_OPEN_PATH: file });
    expect(all(events, 'error')).toEqual([]);
    expect(code, stderr).toBe(0);
    expect(all(events, 'menuClick')).toEqual([expect.objectContaining({ label: 'Importer synkfil…', enabled: true })]);
    expect(all(events, 'openDialog')).toEqual([expect.objectContaining({
      title: 'Importer synkfil',
      filters: [{ name: 'Synkfil fra Prosjektboka', extensions: ['pbsync'] }, { name: 'Alle filer', extensions: ['*'] }],
      withParent: true,
    })]);
    expect(menuMessages(events)).toEqual([{ command: 'import-sync-file', name: 'til-mysen.pbsync', path: file }]);
  });

  it('Fil → Eksporter synkfil… sends the page to its export form', async () => {
    const { code, events } = await runMain({ PROSJEKTBOKA_HOME: home(), FAKE_MENU_CLICK: 'Eksporter synkfil…' });
    expect(code).toBe(0);
    expect(menuMessages(events)).toEqual(['export-sync-file']);
  });
});
