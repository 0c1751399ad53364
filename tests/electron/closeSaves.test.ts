import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../electron/workbook/open.js';
import { useFakeElectronMain, type FakeElectronEvent } from './helpers.js';

/**
 * Closing the desktop window while the user is typing: the real main bundle
 * under the stand-in electron module (fixtures/fake-electron.cjs), whose page
 * answers main's flush request the way FAKE_FLUSH says. The workbook, the
 * worker and the IPC are real.
 */
const bundle = useFakeElectronMain('prosjektboka-close-');
const of = (events: FakeElectronEvent[], type: string) => events.filter((e) => e.type === type);
const index = (events: FakeElectronEvent[], match: (e: FakeElectronEvent) => boolean) => events.findIndex(match);

describe('closing the window while text is being saved', { timeout: 90_000 }, () => {
  it('waits for the page to save what is typed, then closes: the text is in the workbook', async () => {
    const home = bundle.home();
    const text = 'Skrevet like før vinduet ble lukket.';
    const { code, events, stderr } = await bundle.run({ PROSJEKTBOKA_HOME: home, FAKE_FLUSH: `save:${text}` });
    expect(of(events, 'error')).toEqual([]);
    expect(code, stderr).toBe(0);
    const asked = index(events, (e) => e.type === 'send' && e.channel === 'prosjektboka:flush-saves');
    const saved = index(events, (e) => e.type === 'flushSaved');
    const closed = index(events, (e) => e.type === 'windowGone');
    expect(asked).toBeGreaterThanOrEqual(0);
    expect(saved).toBeGreaterThan(asked);
    expect(closed).toBeGreaterThan(saved);
    expect(of(events, 'close')[0]).toMatchObject({ prevented: true });
    expect(of(events, 'dialog')).toEqual([]);
    const wb = openWorkbook(join(home, 'Prosjektboka.prosjektboka'));
    try {
      expect(wb.records.list('section')[0]!.fields.body).toBe(text);
    } finally {
      wb.close();
    }
  });

  it('says which save failed and closes only when the user says so', async () => {
    const { code, events } = await bundle.run({ PROSJEKTBOKA_HOME: bundle.home(), FAKE_FLUSH: 'fail' });
    expect(code).toBe(0);
    const [dialog] = of(events, 'dialog');
    expect(dialog).toMatchObject({ message: 'Noe av det du skrev, er ikke lagret i arbeidsboka.', buttons: ['Ikke lukk', 'Lukk likevel'], pressed: 'Lukk likevel' });
    expect(String(dialog!.detail)).toContain('«Referat»: Disken er full.');
    expect(String(dialog!.detail)).toContain('tilbys igjen neste gang');
    expect(of(events, 'windowClosed')).toEqual([{ type: 'windowClosed', closed: true }]);
  });

  it('gives up waiting after the time limit, says so, and stays open when the user keeps it', async () => {
    const { events } = await bundle.run({
      PROSJEKTBOKA_HOME: bundle.home(), FAKE_FLUSH: 'silent', PROSJEKTBOKA_SAVE_ON_CLOSE_MS: '1000', FAKE_DIALOG_BUTTON: 'Ikke lukk',
    });
    const [dialog] = of(events, 'dialog');
    expect(String(dialog!.detail)).toContain('Lagringen ble ikke ferdig innen 1 sekunder.');
    expect(dialog!.pressed).toBe('Ikke lukk');
    expect(of(events, 'windowClosed')).toEqual([{ type: 'windowClosed', closed: false }]);
  });
});
