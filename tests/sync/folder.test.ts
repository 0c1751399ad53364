import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { exchangeWithFolder, ownFolderFileName, SyncFolderWatcher } from '../../electron/sync/syncFolder.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';
import { dump, joinFrom } from './helpers.js';

describe('a sync folder shared through OneDrive, Nextcloud or Syncthing', () => {
  const tmp = useTempDir();

  async function team() {
    const drammen = tmp.track(newWorkbook(tmp.dir(), 'drammen.prosjektboka', { empty: true, replicaName: 'Drammen' }));
    const goal = drammen.commands.create('goal', { text: 'Lære av hverandre' });
    const mysen = tmp.track(await joinFrom(drammen, tmp.dir(), 'mysen', 'Mysen'));
    const askim = tmp.track(await joinFrom(drammen, tmp.dir(), 'askim', 'Askim'));
    const folder = join(tmp.dir(), 'Delt mappe');
    mkdirSync(folder);
    return { drammen, mysen, askim, goal, folder };
  }

  it('brings everyone in step after everyone has exchanged twice', async () => {
    const { drammen, mysen, askim, goal, folder } = await team();
    drammen.commands.update('goal', goal, { text: 'Lære av hverandre (Drammen)' });
    mysen.commands.create('goal', { text: 'Fra Mysen' });
    askim.commands.create('risk', { title: 'Fra Askim', probability: 1, consequence: 2 });
    for (let round = 0; round < 2; round++) {
      for (const wb of [drammen, mysen, askim]) await exchangeWithFolder(wb, folder, { backup: false });
    }
    expect(dump(mysen)).toBe(dump(drammen));
    expect(dump(askim)).toBe(dump(drammen));
    expect(readdirSync(folder).sort()).toEqual([drammen, mysen, askim].map(ownFolderFileName).sort());
  });

  it('writes only its own file, and only when it has something new to say', async () => {
    const { drammen, mysen, folder } = await team();
    await exchangeWithFolder(drammen, folder, { backup: false });
    const theirs = join(folder, ownFolderFileName(drammen));
    const before = { bytes: readFileSync(theirs), mtime: statSync(theirs).mtimeMs };
    const first = await exchangeWithFolder(mysen, folder, { backup: false });
    expect(first.written).not.toBeNull();
    expect(readFileSync(theirs).equals(before.bytes)).toBe(true);
    expect(statSync(theirs).mtimeMs).toBe(before.mtime);
    const again = await exchangeWithFolder(mysen, folder, { backup: false });
    expect(again.written).toBeNull();
    expect(again.imported.map((i) => i.report.applied)).toEqual([0]);
  });

  it('skips a file the folder\'s engine has only half written, and takes it once it is whole', async () => {
    const { drammen, mysen, folder } = await team();
    drammen.commands.create('goal', { text: 'Ny' });
    const whole = (await exportSyncFile(drammen, {})).bytes;
    const path = join(folder, ownFolderFileName(drammen));
    writeFileSync(path, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const early = await exchangeWithFolder(mysen, folder, { backup: false });
    expect(early.imported).toEqual([]);
    expect(early.skipped).toEqual([{ file: ownFolderFileName(drammen), reason: expect.stringMatching(/ufullstendig/) as unknown, text: expect.objectContaining({ key: 'sync.truncated' }) as unknown }]);
    writeFileSync(path, whole);
    const later = await exchangeWithFolder(mysen, folder, { backup: false });
    expect(later.imported.map((i) => i.report.applied)).toEqual([2]); // a goal: its text and its number
    expect(mysen.records.list('goal').map((g) => g.fields.text)).toContain('Ny');
  });

  it('exchanges when another installation\'s file arrives, not when its own is written', async () => {
    const { drammen, mysen, folder } = await team();
    let runs = 0;
    const watcher = new SyncFolderWatcher(folder, ownFolderFileName(mysen), async () => {
      runs++;
      await exchangeWithFolder(mysen, folder, { backup: false });
    }, { debounceMs: 50 }).start();
    try {
      await exchangeWithFolder(mysen, folder, { backup: false }); // its own file: no run
      await new Promise((r) => setTimeout(r, 300));
      expect(runs).toBe(0);
      drammen.commands.create('goal', { text: 'Sett fra Drammen' });
      await exchangeWithFolder(drammen, folder, { backup: false });
      for (let i = 0; i < 50 && !mysen.records.list('goal').some((g) => g.fields.text === 'Sett fra Drammen'); i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(mysen.records.list('goal').map((g) => g.fields.text)).toContain('Sett fra Drammen');
      expect(runs).toBeGreaterThanOrEqual(1);
    } finally {
      watcher.close();
    }
  });
});
