import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PendingFiles, SYNC_FILE_EXTENSION, WORKBOOK_EXTENSION, filesFromArgv, launchTarget } from '../../electron/main/launch.js';
import { WORKBOOK_EXTENSION as CORE_WORKBOOK_EXTENSION } from '../../electron/workbook/open.js';

describe('files named on the command line', () => {
  it('are workbooks to open and sync files to import, resolved from the launch folder', () => {
    const cwd = resolve('/home/kari');
    expect(filesFromArgv(['/opt/Prosjektboka/prosjektboka', 'Mysen.prosjektboka', '/data/fra-drammen.pbsync'], cwd)).toEqual({
      open: [join(cwd, 'Mysen.prosjektboka')],
      import: [resolve('/data/fra-drammen.pbsync')],
    });
  });

  it('ignore the executable, Chromium and macOS switches and other files', () => {
    const argv = [
      'C:\\Program Files\\Prosjektboka\\Prosjektboka.exe',
      '--allow-file-access-from-files',
      '--original-process-start-time=1234',
      '-psn_0_12345',
      'dist/electron',
      'notes.txt',
      'prosjektboka',
    ];
    expect(filesFromArgv(argv, '/tmp')).toEqual({ open: [], import: [] });
  });

  it('accept upper-case extensions and file:// URLs from Linux desktops', () => {
    const file = resolve('/home/kari/Mine filer/Plan.PROSJEKTBOKA');
    expect(filesFromArgv(['exe', pathToFileURL(file).href, 'SYNK.PBSYNC'], '/tmp')).toEqual({
      open: [file],
      import: [resolve('/tmp/SYNK.PBSYNC')],
    });
  });

  it('never mistake the executable for a file, even when it is named like one', () => {
    expect(filesFromArgv(['/tmp/odd.prosjektboka'], '/tmp')).toEqual({ open: [], import: [] });
  });

  it('use the same extension as the workbook core', () => {
    expect(WORKBOOK_EXTENSION).toBe(CORE_WORKBOOK_EXTENSION);
    expect(SYNC_FILE_EXTENSION).toBe('.pbsync');
  });
});

describe('files that arrive before the window', () => {
  it('wait, in order, and are taken once', () => {
    const pending = new PendingFiles();
    pending.add({ open: ['/a.prosjektboka'], import: [] });
    pending.add({ open: ['/b.prosjektboka'], import: ['/c.pbsync'] });
    expect(pending.take()).toEqual({ open: ['/a.prosjektboka', '/b.prosjektboka'], import: ['/c.pbsync'] });
    expect(pending.take()).toEqual({ open: [], import: [] });
  });
});

describe('which workbook a start opens', () => {
  const defaultPath = '/home/kari/.config/Prosjektboka/Prosjektboka.prosjektboka';
  const existing = (...paths: string[]) => (p: string) => paths.includes(p);

  it('the very first start creates the default workbook', () => {
    expect(launchTarget({ requested: undefined, lastWorkbook: null, defaultPath, exists: existing() })).toEqual({ path: defaultPath, create: true });
  });

  it('a later start reopens the workbook used last', () => {
    expect(launchTarget({ requested: undefined, lastWorkbook: '/d/Mysen.prosjektboka', defaultPath, exists: existing(defaultPath, '/d/Mysen.prosjektboka') }))
      .toEqual({ path: '/d/Mysen.prosjektboka', create: false });
  });

  it('a file named on the command line wins', () => {
    expect(launchTarget({ requested: '/d/Ny.prosjektboka', lastWorkbook: '/d/Mysen.prosjektboka', defaultPath, exists: existing() }))
      .toEqual({ path: '/d/Ny.prosjektboka', create: false });
  });

  it('a last workbook that was moved away falls back to the default one, which is opened, not recreated', () => {
    expect(launchTarget({ requested: undefined, lastWorkbook: '/usb/Borte.prosjektboka', defaultPath, exists: existing(defaultPath) }))
      .toEqual({ path: defaultPath, create: false });
  });
});
