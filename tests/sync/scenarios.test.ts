import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { isWorkbookError } from '../../shared/errors.js';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { importSyncFile } from '../../electron/sync/importFile.js';
import { listConflicts, resolveConflict } from '../../electron/sync/conflicts.js';
import { syncStatus } from '../../electron/sync/status.js';
import { backupFolder, BACKUPS_KEPT, listBackups, restoreBackup } from '../../electron/workbook/backup.js';
import { openWorkbook } from '../../electron/workbook/open.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';
import { FAST_SCRYPT, dump, joinFrom, send } from './helpers.js';

const MINUTES = '# Referat\n\nTil stede: Kari, Ola\n\nSak 1: Budsjett\n\nSak 2: Innbyggertorg\n\nSak 3: Eventuelt\n';

describe('sync between installations', () => {
  const tmp = useTempDir();

  async function trio(): Promise<{ drammen: Workbook; mysen: Workbook; askim: Workbook; meeting: string; risk: string }> {
    const drammen = tmp.track(newWorkbook(tmp.dir(), 'drammen.prosjektboka', { empty: true, replicaName: 'Drammen' }));
    const meeting = drammen.commands.create('meeting', { title: 'Styringsgruppemøte', startsAt: '2021-09-06T10:00', type: 'steering_group', minutes: MINUTES });
    const risk = drammen.commands.create('risk', { title: 'Sykdom', probability: 2, consequence: 3 });
    const mysen = tmp.track(await joinFrom(drammen, tmp.dir(), 'mysen', 'Indre Østfold – Mysen bibliotek'));
    const askim = tmp.track(await joinFrom(drammen, tmp.dir(), 'askim', 'Indre Østfold – Askim bibliotek'));
    return { drammen, mysen, askim, meeting, risk };
  }

  it('a new installation joins with the same workbook id and key, and the same content', async () => {
    const { drammen, mysen } = await trio();
    expect(mysen.workbookId).toBe(drammen.workbookId);
    expect(mysen.syncKey).toBe(drammen.syncKey);
    expect(mysen.replicaId).not.toBe(drammen.replicaId);
    expect(mysen.replicaName).toBe('Indre Østfold – Mysen bibliotek');
    expect(dump(mysen)).toBe(dump(drammen));
  });

  it('a coordinator imports the same file twice and nothing changes', async () => {
    const { drammen, mysen, risk } = await trio();
    drammen.commands.update('risk', risk, { title: 'Sykdom i prosjektgruppa' });
    const file = (await exportSyncFile(drammen, {})).bytes;
    const first = await importSyncFile(mysen, file, { backup: false });
    expect(first.applied).toBe(1);
    const after = dump(mysen);
    const changes = mysen.changes.count();
    const second = await importSyncFile(mysen, file);
    expect(second.applied).toBe(0);
    expect(second.backup).toBeNull();
    expect(dump(mysen)).toBe(after);
    expect(mysen.changes.count()).toBe(changes);
  });

  it('edits of different fields of one record merge without a conflict', async () => {
    const { drammen, mysen, risk } = await trio();
    drammen.commands.update('risk', risk, { title: 'Sykdom i prosjektgruppa' });
    mysen.commands.update('risk', risk, { probability: 4 });
    await send(drammen, mysen);
    await send(mysen, drammen);
    expect(drammen.records.get('risk', risk)!.fields).toMatchObject({ title: 'Sykdom i prosjektgruppa', probability: 4 });
    expect(dump(mysen)).toBe(dump(drammen));
    expect(listConflicts(drammen)).toEqual([]);
  });

  it('the same field edited in two places: one winner everywhere, the other value kept as an open conflict', async () => {
    const { drammen, mysen, risk } = await trio();
    drammen.commands.update('risk', risk, { title: 'Sykdom (Drammen)' });
    mysen.commands.update('risk', risk, { title: 'Sykdom (Mysen)' });
    await send(drammen, mysen);
    await send(mysen, drammen);
    expect(dump(mysen)).toBe(dump(drammen));
    const title = drammen.records.get('risk', risk)!.fields.title;
    // Mysen's edit came later (same millisecond clocks order by counter, then replica id).
    const conflicts = listConflicts(drammen);
    expect(conflicts).toHaveLength(1);
    const c = conflicts[0]!;
    expect(c).toMatchObject({ kind: 'risk', recordId: risk, field: 'title', current: title, longText: false });
    expect([c.current, c.other].sort()).toEqual(['Sykdom (Drammen)', 'Sykdom (Mysen)']);
    expect(listConflicts(mysen).map((x) => x.id)).toEqual([c.id]);
  });

  it('a resolution is a change that syncs and closes the conflict everywhere', async () => {
    const { drammen, mysen, askim, risk } = await trio();
    drammen.commands.update('risk', risk, { title: 'Sykdom (Drammen)' });
    mysen.commands.update('risk', risk, { title: 'Sykdom (Mysen)' });
    await send(drammen, mysen);
    await send(mysen, drammen);
    await send(drammen, askim);
    const [c] = listConflicts(askim);
    resolveConflict(askim, c!.id, { value: 'Sykdom (Drammen og Mysen)' });
    expect(listConflicts(askim)).toEqual([]);
    await send(askim, drammen);
    await send(askim, mysen);
    for (const wb of [drammen, mysen, askim]) {
      expect(wb.records.get('risk', risk)!.fields.title).toBe('Sykdom (Drammen og Mysen)');
      expect(listConflicts(wb)).toEqual([]);
    }
    expect(dump(drammen)).toBe(dump(askim));
    expect(dump(mysen)).toBe(dump(askim));
  });

  it('keeping the other value of a conflict', async () => {
    const { drammen, mysen, risk } = await trio();
    drammen.commands.update('risk', risk, { probability: 1 });
    mysen.commands.update('risk', risk, { probability: 5 });
    await send(drammen, mysen);
    const [c] = listConflicts(mysen);
    const other = c!.other;
    resolveConflict(mysen, c!.id, { keep: 'other' });
    expect(mysen.records.get('risk', risk)!.fields.probability).toBe(other);
    await send(mysen, drammen);
    expect(dump(drammen)).toBe(dump(mysen));
    expect(listConflicts(drammen)).toEqual([]);
  });

  it('minutes edited in different places merge line by line; overlapping lines become a conflict', async () => {
    const { drammen, mysen, meeting } = await trio();
    drammen.commands.update('meeting', meeting, { minutes: MINUTES.replace('Sak 1: Budsjett', 'Sak 1: Budsjett godkjent') });
    mysen.commands.update('meeting', meeting, { minutes: MINUTES.replace('Sak 3: Eventuelt', 'Sak 3: Eventuelt – ingen saker') });
    await send(drammen, mysen);
    await send(mysen, drammen);
    const merged = MINUTES.replace('Sak 1: Budsjett', 'Sak 1: Budsjett godkjent').replace('Sak 3: Eventuelt', 'Sak 3: Eventuelt – ingen saker');
    expect(drammen.records.get('meeting', meeting)!.fields.minutes).toBe(merged);
    expect(dump(mysen)).toBe(dump(drammen));
    expect(listConflicts(drammen)).toEqual([]);
    // The merged text is what the next edit builds on: no conflict comes back.
    mysen.commands.update('meeting', meeting, { minutes: `${merged}\nNeste møte: 4. oktober\n` });
    await send(mysen, drammen);
    expect(listConflicts(drammen)).toEqual([]);
    expect(dump(mysen)).toBe(dump(drammen));

    const base = drammen.records.get('meeting', meeting)!.fields.minutes as string;
    drammen.commands.update('meeting', meeting, { minutes: base.replace('Til stede: Kari, Ola', 'Til stede: Kari, Ola, Per') });
    mysen.commands.update('meeting', meeting, { minutes: base.replace('Til stede: Kari, Ola', 'Til stede: Kari') });
    await send(drammen, mysen);
    await send(mysen, drammen);
    expect(dump(mysen)).toBe(dump(drammen));
    const conflicts = listConflicts(drammen);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.longText).toBe(true);
    expect([conflicts[0]!.current, conflicts[0]!.other].map((t) => /Til stede: .*/.exec(String(t))![0]).sort()).toEqual(['Til stede: Kari', 'Til stede: Kari, Ola, Per']);
  });

  it('an edit made while someone else deleted the record keeps the record and raises a conflict', async () => {
    const { drammen, mysen, risk } = await trio();
    drammen.commands.delete('risk', risk);
    mysen.commands.update('risk', risk, { measures: 'Vikarliste' });
    await send(drammen, mysen);
    await send(mysen, drammen);
    for (const wb of [drammen, mysen]) {
      const rec = wb.records.get('risk', risk)!;
      expect(rec.deleted).toBe(false);
      expect(rec.fields.measures).toBe('Vikarliste');
    }
    expect(dump(mysen)).toBe(dump(drammen));
    const [c] = listConflicts(drammen);
    expect(c).toMatchObject({ field: '_deleted', current: false, other: true, otherReplicaName: 'Drammen' });
    // Confirming the delete deletes it everywhere.
    resolveConflict(mysen, c!.id, { keep: 'other' });
    await send(mysen, drammen);
    expect(drammen.records.get('risk', risk)!.deleted).toBe(true);
    expect(listConflicts(drammen)).toEqual([]);
    expect(dump(mysen)).toBe(dump(drammen));
  });

  it('a delete made after seeing the edits removes the record everywhere (tombstones travel)', async () => {
    const { drammen, mysen, askim, risk } = await trio();
    mysen.commands.update('risk', risk, { measures: 'Vikarliste' });
    await send(mysen, drammen);
    drammen.commands.delete('risk', risk);
    await send(drammen, askim);
    await send(askim, mysen);
    for (const wb of [drammen, mysen, askim]) {
      expect(wb.records.get('risk', risk)!.deleted).toBe(true);
      expect(listConflicts(wb)).toEqual([]);
    }
    expect(dump(mysen)).toBe(dump(drammen));
  });

  it('changes travel across hops: Drammen → Mysen → Askim → Drammen', async () => {
    const { drammen, mysen, askim, risk } = await trio();
    drammen.commands.update('risk', risk, { title: 'Fra Drammen' });
    await send(drammen, mysen);
    mysen.commands.create('goal', { text: 'Fra Mysen' });
    await send(mysen, askim);
    askim.commands.update('risk', risk, { probability: 5 });
    await send(askim, drammen);
    expect(drammen.records.list('goal').map((g) => g.fields.text)).toEqual(['Fra Mysen']);
    expect(drammen.records.get('risk', risk)!.fields).toMatchObject({ title: 'Fra Drammen', probability: 5 });
    expect(dump(askim)).toBe(dump(drammen));
  });

  it('files from two installations give the same result in either order, also overlapping', async () => {
    const { drammen, mysen, askim, risk } = await trio();
    drammen.commands.update('risk', risk, { title: 'Drammen' });
    mysen.commands.update('risk', risk, { title: 'Mysen', probability: 4 });
    await send(drammen, mysen);
    mysen.commands.create('goal', { text: 'Mål' });
    const fromDrammen = (await exportSyncFile(drammen, { forReplica: askim.replicaId })).bytes;
    // Overlaps: it carries Drammen's change too.
    const fromMysen = (await exportSyncFile(mysen, { forReplica: askim.replicaId })).bytes;
    const copy = tmp.track(await joinFrom(askim, tmp.dir(), 'askim2', 'Askim 2'));
    await importSyncFile(askim, fromDrammen, { backup: false });
    await importSyncFile(askim, fromMysen, { backup: false });
    await importSyncFile(copy, fromMysen, { backup: false });
    await importSyncFile(copy, fromDrammen, { backup: false });
    expect(dump(copy)).toBe(dump(askim));
    expect(dump(askim)).toBe(dump(mysen));
  });

  it('a delta for one installation leaves out what it already has', async () => {
    const { drammen, mysen, risk } = await trio();
    await send(mysen, drammen); // Drammen now knows what Mysen holds
    drammen.commands.update('risk', risk, { title: 'Ny tittel' });
    const delta = await exportSyncFile(drammen, { forReplica: 'Indre Østfold – Mysen bibliotek' });
    expect(delta.changeCount).toBe(1);
    expect(delta.recipient?.replicaId).toBe(mysen.replicaId);
    const full = await exportSyncFile(drammen, { full: true });
    expect(full.changeCount).toBe(drammen.changes.count());
  });

  it('refuses a delta that builds on changes this installation lacks', async () => {
    const { drammen, mysen, askim, risk } = await trio();
    mysen.commands.update('risk', risk, { title: 'Mysen 1' });
    await send(mysen, drammen); // Drammen now knows that Mysen holds "Mysen 1"
    drammen.commands.update('risk', risk, { probability: 1 });
    const forMysen = (await exportSyncFile(drammen, { forReplica: mysen.replicaId })).bytes;
    const before = dump(askim);
    let error: unknown;
    try {
      await importSyncFile(askim, forMysen, { what: 'til-mysen.pbsync' });
    } catch (e) {
      error = e;
    }
    expect(isWorkbookError(error) && error.code).toBe('sync_gap');
    expect((error as Error).message).toMatch(/«til-mysen.pbsync» bygger på endringer som denne installasjonen ikke har/);
    expect(dump(askim)).toBe(before);
    await importSyncFile(mysen, forMysen, { backup: false });
    expect(mysen.records.get('risk', risk)!.fields).toMatchObject({ title: 'Mysen 1', probability: 1 });
  });

  it('a dry run reports what would happen and changes nothing', async () => {
    const { drammen, mysen, risk } = await trio();
    drammen.commands.update('risk', risk, { title: 'Drammen' });
    mysen.commands.update('risk', risk, { title: 'Mysen' });
    const before = dump(mysen);
    const preview = await importSyncFile(mysen, (await exportSyncFile(drammen, {})).bytes, { dryRun: true });
    expect(preview).toMatchObject({ dryRun: true, applied: 1, newConflicts: 1, backup: null });
    expect(dump(mysen)).toBe(before);
    expect(listBackups(mysen.path)).toEqual([]);
  });

  it('an encrypted file imports with its passphrase', async () => {
    const { drammen, mysen, risk } = await trio();
    drammen.commands.update('risk', risk, { title: 'Hemmelig' });
    const file = await exportSyncFile(drammen, { passphrase: 'fire tilfeldige ord her', scryptLogN: FAST_SCRYPT });
    expect(file.bytes.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    expect(file.bytes.includes(Buffer.from('Hemmelig'))).toBe(false);
    const report = await importSyncFile(mysen, file.bytes, { passphrase: 'fire tilfeldige ord her', backup: false });
    expect(report.encrypted).toBe(true);
    expect(mysen.records.get('risk', risk)!.fields.title).toBe('Hemmelig');
  });

  it('a plain edit of a field with an open conflict keeps the conflict open', async () => {
    const { drammen, mysen, risk } = await trio();
    drammen.commands.update('risk', risk, { title: 'Drammen' });
    mysen.commands.update('risk', risk, { title: 'Mysen' });
    await send(drammen, mysen);
    const [c] = listConflicts(mysen);
    mysen.commands.update('risk', risk, { title: 'Mysen igjen' });
    expect(listConflicts(mysen).map((x) => x.id)).toEqual([c!.id]);
    await send(mysen, drammen);
    expect(dump(drammen)).toBe(dump(mysen));
  });

  it('status tells what each installation lacks', async () => {
    const { drammen, mysen, risk } = await trio();
    await send(mysen, drammen);
    drammen.commands.update('risk', risk, { title: 'Ny', probability: 5 });
    const s = syncStatus(drammen);
    expect(s.replicaName).toBe('Drammen');
    expect(s.peers.find((p) => p.replicaId === mysen.replicaId)).toMatchObject({ name: 'Indre Østfold – Mysen bibliotek', pendingForThem: 2 });
  });

  it('backs up before every import, keeps the last ten, and restores one', async () => {
    const { drammen, mysen, risk } = await trio();
    for (let i = 0; i < BACKUPS_KEPT + 2; i++) {
      drammen.commands.update('risk', risk, { probability: (i % 5) + 1, title: `Versjon ${i}` });
      await importSyncFile(mysen, (await exportSyncFile(drammen, {})).bytes);
    }
    // The ten newest, and the full backup the oldest of them hold their changed pages against (electron/workbook/backupFiles.ts).
    const all = listBackups(mysen.path);
    expect(all).toHaveLength(BACKUPS_KEPT + 1);
    expect(all[BACKUPS_KEPT]!.form).toBe('full');
    const backups = all.slice(0, BACKUPS_KEPT);
    expect(readdirSync(backupFolder(mysen.path)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(mysen.records.get('risk', risk)!.fields.title).toBe(`Versjon ${BACKUPS_KEPT + 1}`);
    const oldest = backups[backups.length - 1]!;
    const path = mysen.path;
    const replicaBefore = mysen.replicaId;
    mysen.close();
    const r = restoreBackup(path, oldest.name);
    const restored = tmp.track(openWorkbook(path));
    expect(restored.records.get('risk', risk)!.fields.title).toBe('Versjon 1');
    expect(restored.integrityCheck()).toBe('ok');
    expect(restored.replicaId).toBe(r.replicaId);
    expect(restored.replicaId).not.toBe(replicaBefore);
    expect(listBackups(path).some((b) => b.name === r.safety.name)).toBe(true);
    // What it lost comes back with the next file from Drammen.
    await importSyncFile(restored, (await exportSyncFile(drammen, {})).bytes);
    expect(restored.records.get('risk', risk)!.fields.title).toBe(`Versjon ${BACKUPS_KEPT + 1}`);
  });
});
