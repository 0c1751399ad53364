import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { importSyncFile } from '../../electron/sync/importFile.js';
import { exchangeWithFolder, ownFolderFileName } from '../../electron/sync/syncFolder.js';
import { EXCHANGES_KEPT } from '../../electron/workbook/exchangeLog.js';
import { newWorkbook, reopen, useTempDir } from '../helpers/tempWorkbook.js';
import { dump, joinFrom } from './helpers.js';

/**
 * The exchange history (migration 015): kept in the workbook, written by the
 * import and export themselves (so the page, the CLI and the sync folder all
 * leave it), per installation, never synced.
 */
describe('the exchange history in the workbook', () => {
  const tmp = useTempDir();

  async function team() {
    const drammen = tmp.track(newWorkbook(tmp.dir(), 'drammen.prosjektboka', { empty: true, replicaName: 'Drammen' }));
    const goals = Array.from({ length: 30 }, (_, i) => drammen.commands.create('goal', { text: `Mål ${i + 1}` }));
    const mysen = await joinFrom(drammen, tmp.dir(), 'mysen', 'Mysen');
    return { drammen, mysen, goals };
  }

  it('notes an export (for whom, which file, how many changes) and an import (from whom, applied, already here, conflicts), and keeps them across a reopen', async () => {
    const { drammen, mysen: joined, goals } = await team();
    let mysen = joined;
    // Joining is the first exchange Mysen knows of.
    expect(mysen.exchanges.list().map((e) => [e.event, e.via, e.peerName, e.full])).toEqual([['import', 'join', 'Drammen', true]]);

    drammen.commands.update('goal', goals[0]!, { text: 'Drammen' });
    mysen.commands.update('goal', goals[0]!, { text: 'Mysen' });
    drammen.commands.update('goal', goals[1]!, { text: 'Bare Drammen' });
    const file = await exportSyncFile(drammen, { forReplica: mysen.replicaId, what: 'drammen-til-mysen.pbsync', passphrase: 'fem ord er nok her nå', scryptLogN: 10 });
    const [exported] = drammen.exchanges.list(1);
    // Drammen has not heard from Mysen yet: it knows the id it was asked for, not the name.
    expect(exported).toMatchObject({
      event: 'export', via: 'file', file: 'drammen-til-mysen.pbsync', peerId: mysen.replicaId, peerName: '', full: false, encrypted: true, changes: file.changeCount,
    });

    // A preview leaves no note; the import does.
    await importSyncFile(mysen, file.bytes, { dryRun: true, what: 'drammen-til-mysen.pbsync', passphrase: 'fem ord er nok her nå' });
    expect(mysen.exchanges.count()).toBe(1);
    const report = await importSyncFile(mysen, file.bytes, { what: 'drammen-til-mysen.pbsync', passphrase: 'fem ord er nok her nå', backup: false });
    mysen = tmp.track(reopen(mysen));
    const [imported] = mysen.exchanges.list(1);
    expect(imported).toMatchObject({
      event: 'import', via: 'file', file: 'drammen-til-mysen.pbsync', peerId: drammen.replicaId, peerName: 'Drammen',
      encrypted: true, changes: report.received, applied: report.applied, conflicts: 1, deleted: null,
    });
    expect(report.applied).toBe(2); // both taken in, one of them as a conflict
    expect(report.newConflicts).toBe(1);

    // The same file again: noted, with nothing applied (all of it was here already).
    await importSyncFile(mysen, file.bytes, { what: 'drammen-til-mysen.pbsync', passphrase: 'fem ord er nok her nå', backup: false });
    expect(mysen.exchanges.list(1)[0]).toMatchObject({ event: 'import', applied: 0, conflicts: 0 });
  });

  it('is not workbook content: it never travels, and the dumps of two installations that converged are equal though their histories differ', async () => {
    const { drammen, mysen: joined } = await team();
    const mysen = tmp.track(joined);
    drammen.commands.create('risk', { title: 'Sykdom', probability: 2, consequence: 3 });
    await importSyncFile(mysen, (await exportSyncFile(drammen, { forReplica: mysen.replicaId })).bytes, { backup: false });
    await importSyncFile(drammen, (await exportSyncFile(mysen, { forReplica: drammen.replicaId })).bytes, { backup: false });
    expect(dump(mysen)).toBe(dump(drammen));
    expect(dump(mysen)).not.toMatch(/exchange_log|drammen-til/);
    expect(drammen.exchanges.list().map((e) => e.event)).toEqual(['import', 'export', 'export']);
    expect(mysen.exchanges.list().map((e) => e.event)).toEqual(['export', 'import', 'import']);
  });

  it('notes what the sync folder brought, the files it held back (once, not at every exchange), and the folder file it wrote; the held-back list follows the folder', async () => {
    const { drammen, mysen: joined, goals } = await team();
    const mysen = tmp.track(joined);
    const folder = join(tmp.dir(), 'Felles');
    mkdirSync(folder);
    await exchangeWithFolder(drammen, folder, { backup: false });
    expect(drammen.exchanges.list(1)[0]).toMatchObject({ event: 'export', via: 'folder', file: ownFolderFileName(drammen), peerId: null });
    // Nothing new from Drammen: the folder's reading of its file is not noted.
    const before = mysen.exchanges.count();
    await exchangeWithFolder(mysen, folder, { backup: false });
    expect(mysen.exchanges.list().filter((e) => e.via === 'folder').map((e) => e.event)).toEqual(['export']);
    expect(mysen.exchanges.count()).toBe(before + 1);

    for (const id of goals.slice(0, 22)) drammen.commands.delete('goal', id);
    await exchangeWithFolder(drammen, folder, { backup: false });
    await exchangeWithFolder(mysen, folder, { backup: false });
    await exchangeWithFolder(mysen, folder, { backup: false });
    const heldNotes = mysen.exchanges.list().filter((e) => e.event === 'held-back');
    expect(heldNotes).toHaveLength(1);
    expect(heldNotes[0]).toMatchObject({ via: 'folder', file: ownFolderFileName(drammen), peerId: drammen.replicaId, peerName: 'Drammen', deleted: 22 });
    const held = tmp.track(reopen(mysen)).exchanges.heldBack();
    expect(held).toEqual([expect.objectContaining({
      file: ownFolderFileName(drammen), path: join(folder, ownFolderFileName(drammen)), peerName: 'Drammen', deleted: 22, live: heldNotes[0]!.live,
    })]);
  });

  it('lists the held-back file no more once it is taken in by hand, and notes that import with the deletion agreed to', async () => {
    const { drammen, mysen: joined, goals } = await team();
    const mysen = tmp.track(joined);
    const folder = join(tmp.dir(), 'Felles');
    mkdirSync(folder);
    for (const id of goals.slice(0, 22)) drammen.commands.delete('goal', id);
    await exchangeWithFolder(drammen, folder, { backup: false });
    await exchangeWithFolder(mysen, folder, { backup: false });
    expect(mysen.exchanges.heldBack()).toHaveLength(1);
    const path = mysen.exchanges.heldBack()[0]!.path;
    await importSyncFile(mysen, readFileSync(path), { what: ownFolderFileName(drammen), allowMassDeletion: true, backup: false });
    expect(mysen.exchanges.list(1)[0]).toMatchObject({ event: 'import', via: 'file', applied: 22, deleted: 22 });
    await exchangeWithFolder(mysen, folder, { backup: false });
    expect(mysen.exchanges.heldBack()).toEqual([]);
  });

  it('keeps the newest entries only', () => {
    const wb = tmp.track(newWorkbook(tmp.dir()));
    const note = (i: number) => ({
      event: 'export' as const, via: 'file' as const, file: `f${i}.pbsync`, peerId: null, peerName: '', full: false, encrypted: false,
      changes: i, applied: 0, conflicts: 0, deleted: null, live: null,
    });
    wb.transaction(() => {
      for (let i = 1; i <= EXCHANGES_KEPT + 150; i++) wb.exchanges.record(note(i), new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString());
    });
    expect(wb.exchanges.count()).toBeLessThanOrEqual(EXCHANGES_KEPT + 100);
    expect(wb.exchanges.count()).toBeGreaterThanOrEqual(EXCHANGES_KEPT);
    expect(wb.exchanges.list(1)[0]!.file).toBe(`f${EXCHANGES_KEPT + 150}.pbsync`);
  });
});
