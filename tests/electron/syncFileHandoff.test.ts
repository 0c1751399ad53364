import { writeFileSync } from 'node:fs';
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { MessageBoxOptions, OpenDialogOptions } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { MenuMessage } from '../../electron/preload/channels.js';
import { SYNC_FILE_MAX_BYTES, SyncFileHandoff, syncFileOpenDialog, syncFileReadFailure, type SyncHandoffUi } from '../../electron/main/syncFileHandoff.js';
import { SYNC_LIMITS } from '../../electron/sync/fileFormat.js';
import { tempDir } from './helpers.js';

const dir = tempDir('prosjektboka-handoff-');
afterAll(() => dir.remove());

function fakeUi(overrides: Partial<SyncHandoffUi> = {}) {
  const sent: MenuMessage[] = [];
  const boxes: MessageBoxOptions[] = [];
  const dialogs: OpenDialogOptions[] = [];
  const ui: SyncHandoffUi = {
    showOpenDialog: async (options) => {
      dialogs.push(options);
      return { canceled: true, filePaths: [] };
    },
    showMessageBox: async (options) => {
      boxes.push(options);
      return { response: 0 };
    },
    fileSize: async (path) => (await stat(path)).size,
    checkReadable: (path) => access(path, constants.R_OK),
    send: (message) => sent.push(message),
    documentsDir: () => dir.path,
    log: vi.fn(),
    ...overrides,
  };
  return { ui, sent, boxes, dialogs };
}

function syncFile(name: string, bytes: Buffer): string {
  const path = join(dir.path, name);
  writeFileSync(path, bytes);
  return path;
}

describe('handing sync files to the Synkronisering page', () => {
  it('refuses before reading what the format would refuse anyway', () => {
    expect(SYNC_FILE_MAX_BYTES).toBe(SYNC_LIMITS.fileBytes);
  });

  it('holds messages while the page loads and delivers them in order once it listens', async () => {
    const { ui, sent } = fakeUi();
    const handoff = new SyncFileHandoff(ui);
    const path = syncFile('fra-drammen.pbsync', Buffer.from([0, 1, 2, 250]));
    expect(await handoff.handOver(path)).toBe('handed-over');
    handoff.post('export-sync-file');
    expect(sent).toEqual([]);
    handoff.pageLoaded();
    expect(sent).toEqual([{ command: 'import-sync-file', name: 'fra-drammen.pbsync', path }, 'export-sync-file']);
    // A reload (another workbook opened): nothing goes to the page that is going away.
    handoff.pageLoading();
    handoff.post('export-sync-file');
    expect(sent).toHaveLength(2);
    handoff.pageLoaded();
    expect(sent).toHaveLength(3);
    handoff.post('export-sync-file');
    expect(sent).toHaveLength(4);
  });

  it('Fil → Importer synkfil… asks for a .pbsync in Documents and hands over the one chosen', async () => {
    const path = syncFile('til-mysen.pbsync', Buffer.from('hei'));
    const { ui, sent, dialogs, boxes } = fakeUi({
      showOpenDialog: async (options) => {
        dialogs.push(options);
        return { canceled: false, filePaths: [path] };
      },
    });
    const handoff = new SyncFileHandoff(ui);
    handoff.pageLoaded();
    expect(await handoff.chooseAndHandOver()).toBe('handed-over');
    expect(dialogs).toEqual([syncFileOpenDialog(dir.path)]);
    expect(dialogs[0]).toMatchObject({ title: 'Importer synkfil', defaultPath: dir.path, properties: ['openFile'] });
    expect(dialogs[0]!.filters![0]).toEqual({ name: 'Synkfil fra Prosjektboka', extensions: ['pbsync'] });
    expect(sent).toEqual([{ command: 'import-sync-file', name: 'til-mysen.pbsync', path }]);
    expect(boxes).toEqual([]);
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { ui, sent, boxes } = fakeUi();
    const handoff = new SyncFileHandoff(ui);
    handoff.pageLoaded();
    expect(await handoff.chooseAndHandOver()).toBe('cancelled');
    expect(sent).toEqual([]);
    expect(boxes).toEqual([]);
  });

  it('explains in Norwegian a file that is gone, and hands the next one over anyway', async () => {
    const { ui, sent, boxes } = fakeUi();
    const handoff = new SyncFileHandoff(ui);
    handoff.pageLoaded();
    const good = syncFile('god.pbsync', Buffer.from('x'));
    expect(await handoff.handOverAll([join(dir.path, 'borte.pbsync'), good])).toEqual(['failed', 'handed-over']);
    expect(boxes).toEqual([expect.objectContaining({
      type: 'error',
      message: '«borte.pbsync» kunne ikke leses.',
      detail: expect.stringMatching(/^Fila finnes ikke \(lenger\)\..*\n\nIngenting er importert\.$/s),
      buttons: ['OK'],
    })]);
    expect(sent).toEqual([expect.objectContaining({ name: 'god.pbsync' })]);
  });

  it('refuses a file larger than any sync file without opening it', async () => {
    const readFileSpy = vi.fn(async () => undefined);
    const { ui, sent, boxes } = fakeUi({ fileSize: async () => SYNC_FILE_MAX_BYTES + 1, checkReadable: readFileSpy });
    const handoff = new SyncFileHandoff(ui);
    handoff.pageLoaded();
    expect(await handoff.handOver('/media/usb/stor.pbsync')).toBe('failed');
    expect(readFileSpy).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
    expect(boxes[0]?.detail).toContain('større enn 256 MiB');
  });

  it('says why in words for the file errors people meet', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(syncFileReadFailure('/a/b.pbsync', err('EACCES')).detail).toMatch(/^Prosjektboka har ikke lov til å lese fila\./);
    expect(syncFileReadFailure('/a/b.pbsync', err('EISDIR')).detail).toMatch(/^Det er en mappe/);
    expect(syncFileReadFailure('/a/b.pbsync', new Error('noe annet')).detail).toMatch(/^noe annet\n\nIngenting er importert\.$/);
  });

  it('in English, the import dialog and the read failures are English', async () => {
    const { ui, boxes, dialogs } = fakeUi({ language: () => 'en' });
    const handoff = new SyncFileHandoff(ui);
    handoff.pageLoaded();
    expect(await handoff.chooseAndHandOver()).toBe('cancelled');
    expect(dialogs[0]).toMatchObject({ title: 'Import sync file', buttonLabel: 'Choose' });
    expect(dialogs[0]!.filters!.map((f) => f.name)).toEqual(['Sync file from Prosjektboka', 'All files']);
    expect(await handoff.handOver(join(dir.path, 'gone.pbsync'))).toBe('failed');
    expect(boxes).toEqual([expect.objectContaining({
      title: 'Import sync file',
      message: '“gone.pbsync” could not be read.',
      detail: expect.stringMatching(/^The file does not exist \(any more\)\..*\n\nNothing has been imported\.$/s),
    })]);
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(syncFileReadFailure('/a/b.pbsync', err('EPERM'), 'en').detail).toMatch(/^Prosjektboka is not allowed to read the file\./);
    expect(syncFileReadFailure('/a/b.pbsync', err('EISDIR'), 'en').detail).toMatch(/^It is a folder/);
    expect(syncFileReadFailure('/a/b.pbsync', err('EBUSY'), 'en').detail).toMatch(/^The file is in use/);
    expect(syncFileReadFailure('/a/b.pbsync', err('toString'), 'en').detail).toBe('toString\n\nNothing has been imported.');
  });
});
