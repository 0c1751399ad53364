import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_RECENT, SETTINGS_FILE_NAME, SettingsStore, boundsToRestore, parseSettings, rememberRecent, samePath,
} from '../../electron/main/settings.js';
import { tempDir } from './helpers.js';

describe('the recent list', () => {
  it('puts the opened workbook first', () => {
    expect(rememberRecent(['/a.prosjektboka', '/b.prosjektboka'], '/c.prosjektboka')).toEqual(['/c.prosjektboka', '/a.prosjektboka', '/b.prosjektboka']);
  });

  it('holds each workbook once', () => {
    expect(rememberRecent(['/a.prosjektboka', '/b.prosjektboka'], '/b.prosjektboka')).toEqual(['/b.prosjektboka', '/a.prosjektboka']);
    expect(rememberRecent(['/a.prosjektboka'], '/x/../a.prosjektboka')).toEqual(['/a.prosjektboka']);
  });

  it('treats paths differing only in case as one file on Windows and macOS, not on Linux', () => {
    expect(rememberRecent(['/D/Mysen.prosjektboka'], '/d/mysen.prosjektboka', MAX_RECENT, 'win32')).toEqual([resolve('/d/mysen.prosjektboka')]);
    expect(rememberRecent(['/D/Mysen.prosjektboka'], '/d/mysen.prosjektboka', MAX_RECENT, 'linux')).toHaveLength(2);
    expect(samePath('/A', '/a', 'darwin')).toBe(true);
  });

  it(`keeps at most ${MAX_RECENT}, dropping the oldest`, () => {
    let list: string[] = [];
    for (let i = 1; i <= 12; i++) list = rememberRecent(list, `/w${i}.prosjektboka`);
    expect(list).toHaveLength(10);
    expect(list[0]).toBe('/w12.prosjektboka');
    expect(list.at(-1)).toBe('/w3.prosjektboka');
  });
});

describe('saved window bounds', () => {
  const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
  const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

  it('are used when the window lies on a display', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 800, maximized: false };
    expect(boundsToRestore(saved, [laptop])).toBe(saved);
  });

  it('are used on a second monitor that is still there', () => {
    const saved = { x: 2200, y: 100, width: 1200, height: 800, maximized: true };
    expect(boundsToRestore(saved, [laptop, rightMonitor])).toBe(saved);
  });

  it('are ignored when that monitor is gone', () => {
    expect(boundsToRestore({ x: 2200, y: 100, width: 1200, height: 800, maximized: false }, [laptop])).toBeNull();
  });

  it('are ignored when only a sliver, or not the title bar, would show', () => {
    expect(boundsToRestore({ x: 1900, y: 100, width: 1200, height: 800, maximized: false }, [laptop])).toBeNull();
    expect(boundsToRestore({ x: 100, y: -790, width: 1200, height: 800, maximized: false }, [laptop])).toBeNull();
    expect(boundsToRestore({ x: -5000, y: -5000, width: 800, height: 600, maximized: false }, [laptop])).toBeNull();
  });

  it('are nothing when none were saved', () => {
    expect(boundsToRestore(null, [laptop])).toBeNull();
  });
});

describe('the settings file', () => {
  let dir: ReturnType<typeof tempDir>;
  let file: string;
  beforeEach(() => {
    dir = tempDir('prosjektboka-settings-');
    file = join(dir.path, SETTINGS_FILE_NAME);
  });
  afterEach(() => dir.remove());

  it('starts empty, and remembers opened workbooks and the last one across restarts', () => {
    const first = new SettingsStore(file);
    expect(first.list()).toEqual([]);
    expect(first.settings.lastWorkbook).toBeNull();
    first.remember('/d/a.prosjektboka');
    first.remember('/d/b.prosjektboka');
    first.saveWindowBounds({ x: 10, y: 20, width: 900, height: 700, maximized: true });

    const again = new SettingsStore(file);
    expect(again.list()).toEqual(['/d/b.prosjektboka', '/d/a.prosjektboka']);
    expect(again.settings.lastWorkbook).toBe('/d/b.prosjektboka');
    expect(again.settings.windowBounds).toEqual({ x: 10, y: 20, width: 900, height: 700, maximized: true });
  });

  it('forgets a workbook, and stops reopening it', () => {
    const store = new SettingsStore(file);
    store.remember('/d/a.prosjektboka');
    store.forget('/d/a.prosjektboka');
    expect(new SettingsStore(file).settings).toMatchObject({ recent: [], lastWorkbook: null });
  });

  it('survives a damaged or foreign file by starting from defaults', () => {
    writeFileSync(file, '{ not json');
    expect(new SettingsStore(file).settings).toEqual({ recent: [], lastWorkbook: null, windowBounds: null, language: null });
    expect(parseSettings('[1,2]')).toEqual({ recent: [], lastWorkbook: null, windowBounds: null, language: null });
    expect(parseSettings(JSON.stringify({ recent: ['/a', 3, '', null], lastWorkbook: 7, windowBounds: { x: 'a' } })))
      .toEqual({ recent: ['/a'], lastWorkbook: null, windowBounds: null, language: null });
  });

  it('is written whole, as readable JSON', () => {
    new SettingsStore(file).remember('/d/a.prosjektboka');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ recent: [resolve('/d/a.prosjektboka')], lastWorkbook: resolve('/d/a.prosjektboka'), windowBounds: null, language: null });
  });

  it('keeps the app\'s language for the dialogs shown before the page loads, and drops an unknown one', () => {
    new SettingsStore(file).saveLanguage('en');
    expect(new SettingsStore(file).settings.language).toBe('en');
    expect(parseSettings(JSON.stringify({ language: 'de' })).language).toBeNull();
  });

  it('implements the recent list the API reports', () => {
    const store = new SettingsStore(join(dir.path, 'nested', 'folder', SETTINGS_FILE_NAME));
    store.remember('/d/a.prosjektboka');
    expect(store.list()).toEqual(['/d/a.prosjektboka']);
  });
});
