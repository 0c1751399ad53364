import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { word } from '../../shared/messages/catalogue.js';
import { classifyFolderEntry } from '../../electron/sync/folderEntries.js';
import { exchangeWithFolder, ownFolderFileName } from '../../electron/sync/syncFolder.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';
import { dump, joinFrom } from './helpers.js';

/**
 * What OneDrive, Nextcloud, SMB and Syncthing leave beside our files: conflict
 * copies, partial files, files that vanish. None of them is imported as
 * garbage, none counts as a deletion, and the folder report says what was
 * left alone and why, in both languages.
 */
const ME = '01a23bc9-f318-7636-9fb7-05ed9b80158b';
const THEM = '01a23bc9-f318-7636-9fb7-05ed9b80aaaa';

describe('names in a sync folder', () => {
  it.each([
    [`prosjektboka-${ME}.pbsync`, { kind: 'own' }],
    [`prosjektboka-${THEM}.pbsync`, { kind: 'peer', replicaId: THEM }],
    ['drammen-til-mysen.pbsync', { kind: 'peer', replicaId: null }],
    [`prosjektboka-${THEM} (1).pbsync`, { kind: 'peerCopy', replicaId: THEM, engine: 'numbered' }],
    [`prosjektboka-${THEM}.sync-conflict-20261203-101010-ABCDEFG.pbsync`, { kind: 'peerCopy', replicaId: THEM, engine: 'syncthing' }],
    [`prosjektboka-${THEM}-DESKTOP-ABC.pbsync`, { kind: 'peerCopy', replicaId: THEM, engine: 'onedrive' }],
    [`prosjektboka-${THEM} (conflicted copy 2026-12-03 101010).pbsync`, { kind: 'peerCopy', replicaId: THEM, engine: 'nextcloud' }],
    [`prosjektboka-${ME} (1).pbsync`, { kind: 'ownCopy', replicaId: ME, engine: 'numbered' }],
    [`prosjektboka-${ME}.sync-conflict-20261203-101010-ABCDEFG.pbsync`, { kind: 'ownCopy', replicaId: ME, engine: 'syncthing' }],
    [`.syncthing.prosjektboka-${THEM}.pbsync.tmp`, { kind: 'inTransfer', target: `prosjektboka-${THEM}.pbsync` }],
    [`~syncthing~prosjektboka-${THEM}.pbsync.tmp`, { kind: 'inTransfer', target: `prosjektboka-${THEM}.pbsync` }],
    [`.prosjektboka-${THEM}.pbsync.~3fa2b1`, { kind: 'inTransfer', target: `prosjektboka-${THEM}.pbsync` }],
    [`prosjektboka-${THEM}.pbsync.partial`, { kind: 'inTransfer', target: `prosjektboka-${THEM}.pbsync` }],
    [`.prosjektboka-${THEM}.pbsync.4242.tmp`, { kind: 'writing' }],
    [`._prosjektboka-${THEM}.pbsync`, { kind: 'other' }],
    ['Referat.docx', { kind: 'other' }],
    ['.syncthing.Referat.docx.tmp', { kind: 'other' }],
  ])('%s', (name, expected) => {
    expect(classifyFolderEntry(name, ME)).toEqual(expected);
  });
});

describe('a sync folder with the engines\' copies and partial files in it', () => {
  const tmp = useTempDir();

  async function pair() {
    const drammen = tmp.track(newWorkbook(tmp.dir(), 'drammen.prosjektboka', { empty: true, replicaName: 'Drammen' }));
    drammen.commands.create('goal', { text: 'Lære av hverandre' });
    const mysen = tmp.track(await joinFrom(drammen, tmp.dir(), 'mysen', 'Mysen'));
    const folder = join(tmp.dir(), 'OneDrive - Bibliotek');
    mkdirSync(folder);
    return { drammen, mysen, folder };
  }

  it('reads a copy of another installation\'s file as that installation\'s file, older or newer, and changes nothing twice', async () => {
    const { drammen, mysen, folder } = await pair();
    drammen.commands.create('goal', { text: 'Første' });
    await exchangeWithFolder(drammen, folder, { backup: false });
    const theirs = join(folder, ownFolderFileName(drammen));
    const older = join(folder, ownFolderFileName(drammen).replace('.pbsync', '-DESKTOP-ABC.pbsync'));
    copyFileSync(theirs, older);
    drammen.commands.create('goal', { text: 'Andre' });
    await exchangeWithFolder(drammen, folder, { backup: false });
    // The engine kept the newer one as a copy and put the older back under the plain name; the older copy is read last.
    const newer = join(folder, ownFolderFileName(drammen).replace('.pbsync', ' (conflicted copy 2026-12-03 101010).pbsync'));
    copyFileSync(theirs, newer);
    copyFileSync(older, theirs);

    const r = await exchangeWithFolder(mysen, folder, { backup: false });
    expect(r.skipped).toEqual([]);
    expect(r.imported.map((i) => [i.file, i.note?.text.key ?? null])).toEqual([
      [ownFolderFileName(drammen), null],
      [`prosjektboka-${drammen.replicaId} (conflicted copy 2026-12-03 101010).pbsync`, 'sync.folder_peer_copy'],
      [`prosjektboka-${drammen.replicaId}-DESKTOP-ABC.pbsync`, 'sync.folder_peer_copy'],
    ]);
    expect(r.imported.map((i) => i.report.applied)).toEqual([2, 2, 0]);
    expect(mysen.records.list('goal').map((g) => g.fields.text).sort()).toEqual(['Andre', 'Første', 'Lære av hverandre']);
    // The older file read last does not make us believe Drammen holds less than it does.
    expect(mysen.sync.peer(drammen.replicaId)?.versionVector).toEqual(drammen.commands.lineage.localVector());
    const again = await exchangeWithFolder(mysen, folder, { backup: false });
    expect(again.imported.map((i) => i.report.applied)).toEqual([0, 0, 0]);
    await exchangeWithFolder(drammen, folder, { backup: false });
    expect(dump(mysen)).toBe(dump(drammen));
  });

  it('leaves a copy of its own file unread, and says so in bokmål and English', async () => {
    const { drammen, mysen, folder } = await pair();
    await exchangeWithFolder(mysen, folder, { backup: false });
    const own = join(folder, ownFolderFileName(mysen));
    const copyName = ownFolderFileName(mysen).replace('.pbsync', '.sync-conflict-20261203-101010-ABCDEFG.pbsync');
    writeFileSync(join(folder, copyName), readFileSync(own));
    mysen.commands.create('goal', { text: 'Skrevet etter kopien' });
    const before = dump(mysen);
    const r = await exchangeWithFolder(mysen, folder, { backup: false });
    expect(r.imported).toEqual([]);
    expect(r.skipped.map((s) => s.file)).toEqual([copyName]);
    expect(word(r.skipped[0]!.text, 'nb')).toBe(
      'en kopi som Syncthing laget ved en konflikt av denne installasjonens egen fil; den er ikke lest, siden alt i den kommer herfra. Den kan slettes.',
    );
    expect(word(r.skipped[0]!.text, 'en')).toMatch(/^a copy Syncthing made at a conflict of this installation’s own file; it has not been read/);
    expect(dump(mysen)).toBe(before);
    // Drammen reads both: the copy is an older file of Mysen's, and harmless.
    const d = await exchangeWithFolder(drammen, folder, { backup: false });
    expect(d.skipped).toEqual([]);
    expect(drammen.records.list('goal').map((g) => g.fields.text)).toContain('Skrevet etter kopien');
  });

  it('skips partial files as being brought in, never reads their bytes, and reads the file once it is whole', async () => {
    const { drammen, mysen, folder } = await pair();
    drammen.commands.create('goal', { text: 'På vei' });
    await exchangeWithFolder(drammen, folder, { backup: false });
    const name = ownFolderFileName(drammen);
    const whole = readFileSync(join(folder, name));
    rmSync(join(folder, name));
    const partials = [`.syncthing.${name}.tmp`, `~syncthing~${name}.tmp`, `.${name}.~a1b2c3`, `${name}.partial`];
    for (const p of partials) writeFileSync(join(folder, p), whole.subarray(0, 40));
    const early = await exchangeWithFolder(mysen, folder, { backup: false });
    expect(early.imported).toEqual([]);
    expect(early.skipped.map((s) => [s.file, s.text.key]).sort()).toEqual(partials.map((p) => [p, 'sync.folder_in_transfer']).sort());
    expect(word(early.skipped[0]!.text, 'en')).toBe(`the sync program is still bringing “${name}” here (a partial file); it is read once it is whole.`);
    expect(mysen.records.list('goal').map((g) => g.fields.text)).not.toContain('På vei');
    for (const p of partials) rmSync(join(folder, p));
    writeFileSync(join(folder, name), whole);
    const later = await exchangeWithFolder(mysen, folder, { backup: false });
    expect(later.skipped).toEqual([]);
    expect(mysen.records.list('goal').map((g) => g.fields.text)).toContain('På vei');
  });

  it('never counts a missing file as a deletion', async () => {
    const { drammen, mysen, folder } = await pair();
    for (let round = 0; round < 2; round++) for (const wb of [drammen, mysen]) await exchangeWithFolder(wb, folder, { backup: false });
    const before = dump(mysen);
    rmSync(join(folder, ownFolderFileName(drammen)));
    const r = await exchangeWithFolder(mysen, folder, { backup: false });
    expect(r.imported).toEqual([]);
    expect(dump(mysen)).toBe(before);
    expect(mysen.records.list('goal')).toHaveLength(1);
  });

  it('writes its own file again when an engine put an older or half version under its name', async () => {
    const { mysen, folder } = await pair();
    await exchangeWithFolder(mysen, folder, { backup: false });
    const own = join(folder, ownFolderFileName(mysen));
    const first = readFileSync(own);
    mysen.commands.create('goal', { text: 'Nyere' });
    await exchangeWithFolder(mysen, folder, { backup: false });
    const second = readFileSync(own);
    expect(second.equals(first)).toBe(false);
    writeFileSync(own, first); // the engine "restored" the older version
    expect((await exchangeWithFolder(mysen, folder, { backup: false })).written).not.toBeNull();
    expect(readFileSync(own).length).toBeGreaterThan(first.length);
    writeFileSync(own, second.subarray(0, 30)); // or left it half synced
    expect((await exchangeWithFolder(mysen, folder, { backup: false })).written).not.toBeNull();
    expect((await exchangeWithFolder(mysen, folder, { backup: false })).written).toBeNull();
  });
});
