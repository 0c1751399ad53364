import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { encodeSyncFile, openSyncFile, unpack } from '../../electron/sync/fileFormat.js';
import { joinWorkbook } from '../../electron/sync/join.js';
import { importSyncFile } from '../../electron/sync/importFile.js';
import { backupDatabase, backupWorkbook, listBackups, restoreBackup } from '../../electron/workbook/backup.js';
import { erasePerson } from '../../electron/workbook/erasure.js';
import { personDossier } from '../../electron/workbook/personDossier.js';
import { openWorkbook } from '../../electron/workbook/open.js';
import { RECLAIM_PENDING, type Workbook } from '../../electron/workbook/workbook.js';
import { ERASED_NAME } from '../../shared/rules/personName.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';
import { dump, joinFrom, send } from '../sync/helpers.js';

const NAME = 'Kari Nordmann';
const EMAIL = 'kari.nordmann@drammen.kommune.no';

/** Whether the bytes hold the name or its words as the search index stores them (lower case), or the e-mail. */
function reveals(bytes: Buffer): string[] {
  const text = bytes.toString('latin1').toLowerCase();
  return ['nordman', EMAIL.toLowerCase()].filter((s) => text.includes(s));
}

/** The workbook file and its WAL, as they are on disk. */
function fileBytes(wb: Workbook): Buffer {
  const wal = `${wb.path}-wal`;
  return Buffer.concat([readFileSync(wb.path), existsSync(wal) ? readFileSync(wal) : Buffer.alloc(0)]);
}

async function syncPayloadText(bytes: Buffer): Promise<Buffer> {
  return unpack(await openSyncFile(bytes));
}

describe('erasing a person', () => {
  const tmp = useTempDir();

  /** Drammen holds Kari in the person record, minutes, decisions, an action item, an attendance row; Mysen joined and wrote about her too. */
  async function setUp() {
    const drammen = tmp.track(newWorkbook(tmp.dir(), 'drammen.prosjektboka', { empty: true, replicaName: 'Drammen' }));
    const kari = drammen.commands.create('person', { name: 'Kari Nordman', email: EMAIL, position: 'Bibliotekar', affiliation: 'Drammen kommune' });
    drammen.commands.update('person', kari, { name: NAME }); // an old spelling stays in the log too
    const ola = drammen.commands.create('person', { name: 'Ola Hansen' });
    const meeting = drammen.commands.create('meeting', {
      title: 'Prosjektgruppemøte B', startsAt: '2021-10-04T10:00', type: 'project_group',
      minutes: `# Referat\n\nTil stede: ${NAME}, Ola Hansen\n\nKari Nordman la fram kartleggingen.\n`,
      decisions: `${NAME} leder arbeidsgruppa.`,
    });
    drammen.commands.create('attendance', { meetingId: meeting, personId: kari });
    drammen.commands.create('attendance', { meetingId: meeting, personId: ola });
    const action = drammen.commands.create('action', { meetingId: meeting, text: `${NAME} sender kartleggingen til Ola`, ownerId: kari });
    const deletedNote = drammen.commands.create('action', { text: `Spør ${NAME} om nøkler`, ownerId: ola });
    drammen.commands.delete('action', deletedNote);
    const mysen = tmp.track(await joinFrom(drammen, tmp.dir(), 'mysen', 'Mysen'));
    // Mysen writes about her under its own signature, and Drammen takes it in.
    mysen.commands.update('meeting', meeting, { agenda: `Sak 1: ${NAME} orienterer` });
    await send(mysen, drammen);
    backupWorkbook(drammen, 'import');
    expect(reveals(backupDatabase(listBackups(drammen.path)[0]!))).not.toEqual([]);
    return { drammen, mysen, kari, ola, meeting, action, deletedNote };
  }

  it('replaces the name everywhere as ordinary changes, clears the e-mail and keeps the links', async () => {
    const { drammen, kari, meeting, action, deletedNote } = await setUp();
    const before = personDossier(drammen, kari);
    expect(before.mentions.map((m) => m.id).sort()).toEqual([action, meeting].sort());

    const outcome = erasePerson(drammen, kari);
    expect(outcome.records).toBeGreaterThanOrEqual(4);
    const person = drammen.records.get('person', kari)!.fields;
    expect(person).toMatchObject({ name: ERASED_NAME, email: '', position: 'Bibliotekar' });
    const m = drammen.records.get('meeting', meeting)!.fields;
    expect(m.minutes).toBe(`# Referat\n\nTil stede: ${ERASED_NAME}, Ola Hansen\n\n${ERASED_NAME} la fram kartleggingen.\n`);
    expect(m.decisions).toBe(`${ERASED_NAME} leder arbeidsgruppa.`);
    expect(m.agenda).toBe(`Sak 1: ${ERASED_NAME} orienterer`);
    expect(drammen.records.get('action', action)!.fields.text).toBe(`${ERASED_NAME} sender kartleggingen til Ola`);
    // Deleted records too, and they stay deleted.
    const note = drammen.records.get('action', deletedNote)!;
    expect(note.deleted).toBe(true);
    expect(note.fields.text).toBe(`Spør ${ERASED_NAME} om nøkler`);
    // Attendance and ownership point at the same record, now «Slettet person».
    const after = personDossier(drammen, kari);
    expect(after.erased).toBe(true);
    expect(after.meetings.map((x) => x.id)).toEqual([meeting]);
    expect(after.actions.map((x) => x.id)).toEqual([action]);
    expect(dump(drammen)).not.toMatch(/Nordman/);
  });

  it('forgets the undo history, so Angre cannot write the name back; a preview of an import with an erasure forgets nothing', async () => {
    const { drammen, mysen, kari, meeting } = await setUp();
    const tag = { session: 'vindu-1234', label: 'Endret referatet' };
    drammen.history.run(tag, () => drammen.commands.update('meeting', meeting, { place: `Kontoret til ${NAME}` }));
    drammen.history.run(tag, () => drammen.commands.update('meeting', meeting, { place: 'Møterom 3' }));
    expect(drammen.history.view(tag.session).undo?.label).toBe('Endret referatet');
    // Mysen previews Drammen's erasure: rolled back, and Mysen's own steps stay.
    mysen.history.run(tag, () => mysen.commands.update('meeting', meeting, { title: 'Gruppemøte' }));
    erasePerson(drammen, kari);
    expect(drammen.history.view(tag.session)).toEqual({ undo: null, redo: null });
    expect(drammen.history.undo(tag.session).done).toBe('nothing');
    expect(drammen.records.get('meeting', meeting)!.fields.place).toBe('Møterom 3');
    const file = await exportSyncFile(drammen, { forReplica: mysen.replicaId });
    const preview = await importSyncFile(mysen, file.bytes, { dryRun: true });
    expect(preview.erased).toBe(1);
    expect(mysen.records.get('person', kari)!.fields.name).toBe(NAME);
    expect(mysen.history.view(tag.session).undo?.label).toBe('Endret referatet');
  });

  it('leaves no trace in the file, the WAL, the search index, the change log or a sync file; old backups go with the next backup', async () => {
    const { drammen, kari } = await setUp();
    erasePerson(drammen, kari);
    expect(reveals(fileBytes(drammen))).toEqual([]);
    expect(drammen.search.search('Nordmann')).toEqual([]);
    expect(drammen.search.search('Slettet person').length).toBeGreaterThan(0);
    for (const c of drammen.changes.iterate()) expect(JSON.stringify(c.value)).not.toMatch(/Nordman|kari\.nordmann/);
    // Closed and opened again, the file still holds nothing of her.
    const path = drammen.path;
    drammen.close();
    const again = tmp.track(openWorkbook(path));
    expect(reveals(fileBytes(again))).toEqual([]);

    // A full sync file carries every change, and none of the old values.
    const full = await exportSyncFile(again, { full: true });
    expect(reveals(await syncPayloadText(full.bytes))).toEqual([]);

    // The backup from before the erasure still has her until the next backup, which takes it away; it cannot be restored meanwhile.
    const old = listBackups(path);
    expect(old.length).toBe(1);
    expect(reveals(backupDatabase(old[0]!))).not.toEqual([]);
    again.close();
    expect(() => restoreBackup(path, old[0]!.name)).toThrow(/eldre enn en sletting av personopplysninger/);
    const reopened = tmp.track(openWorkbook(path));
    backupWorkbook(reopened, 'import');
    const now = listBackups(path);
    expect(now.length).toBe(1);
    expect(now[0]!.name).not.toBe(old[0]!.name);
    expect(reveals(backupDatabase(now[0]!))).toEqual([]);
  });

  it('reaches another installation as a change: the name goes there too, and every signature still verifies', async () => {
    const { drammen, mysen, kari, meeting } = await setUp();
    // Mysen writes about her once more before it hears of the erasure.
    mysen.commands.update('meeting', meeting, { place: `Hos ${NAME}` });
    erasePerson(drammen, kari);
    const delta = await exportSyncFile(drammen, { forReplica: mysen.replicaId });
    expect(reveals(await syncPayloadText(delta.bytes))).toEqual([]);
    const report = await importSyncFile(mysen, delta.bytes);
    expect(report.erased).toBe(1);
    expect(mysen.records.get('person', kari)!.fields.name).toBe(ERASED_NAME);
    expect(mysen.records.get('meeting', meeting)!.fields.place).toBe(`Hos ${ERASED_NAME}`);
    expect(dump(mysen)).not.toMatch(/Nordman/);
    expect(reveals(fileBytes(mysen))).toEqual([]);
    expect(mysen.search.search('Nordmann')).toEqual([]);
    // The backup the import made before it still has her: the next backup takes it.
    expect(listBackups(mysen.path).some((b) => reveals(backupDatabase(b)).length > 0)).toBe(true);
    backupWorkbook(mysen, 'import');
    expect(listBackups(mysen.path).every((b) => reveals(backupDatabase(b)).length === 0)).toBe(true);

    // Mysen's own late mention, erased there, comes back to Drammen erased; both end alike.
    await send(mysen, drammen);
    expect(dump(drammen)).toBe(dump(mysen));
    expect(reveals(fileBytes(drammen))).toEqual([]);

    // A third installation joins from each: every erased change is checked against its origin's signature, by hash.
    for (const from of [drammen, mysen]) {
      const askim = tmp.track(await joinFrom(from, tmp.dir(), `askim-${from.replicaName}`, 'Askim'));
      expect(dump(askim)).toBe(dump(drammen));
      expect(reveals(fileBytes(askim))).toEqual([]);
    }
  });

  it('a late edit that names her, arriving after the erasure, is fixed in the records, and erased from the log when asked by name', async () => {
    const { drammen, mysen, kari, meeting } = await setUp();
    erasePerson(drammen, kari);
    // Mysen writes her name before it hears of the erasure, and its file reaches Drammen first.
    mysen.commands.update('meeting', meeting, { place: `Hos ${NAME}` });
    await send(mysen, drammen);
    expect(drammen.records.get('meeting', meeting)!.fields.place).toBe(`Hos ${NAME}`);
    // Mysen then takes in the erasure, erases its own edit and sends the fix-up.
    await send(drammen, mysen);
    await send(mysen, drammen);
    expect(drammen.records.get('meeting', meeting)!.fields.place).toBe(`Hos ${ERASED_NAME}`);
    expect(dump(drammen)).toBe(dump(mysen));
    // Drammen's log still has the late change (docs/sync.md «Erasing a person»), until the name is given.
    expect(reveals(fileBytes(drammen))).not.toEqual([]);
    erasePerson(drammen, kari, [NAME]);
    expect(reveals(fileBytes(drammen))).toEqual([]);
    expect(dump(drammen)).toBe(dump(mysen));
  });

  it('rebuilds the file on the next open when the erasing process ended before it could', async () => {
    const { drammen } = await setUp();
    drammen.transaction(() => drammen.setMetaValue(RECLAIM_PENDING, '1'));
    expect(drammen.reclaimPending).toBe(true);
    const path = drammen.path;
    drammen.close();
    const again = tmp.track(openWorkbook(path));
    expect(again.reclaimPending).toBe(false);
  });

  it('refuses a file whose erased value claims another hash than its origin signed', async () => {
    const { drammen, kari } = await setUp();
    erasePerson(drammen, kari);
    // Version 2: its JSON payload is edited by hand here.
    const full = await exportSyncFile(drammen, { full: true, formatVersion: 2 });
    const opened = await openSyncFile(full.bytes);
    const payload = unpack(opened).toString('utf8');
    const hash = /,"([0-9a-f]{64})"\]/.exec(payload)![1]!;
    const forged = payload.replace(hash, hash.replace(/^./, (c) => (c === '0' ? '1' : '0')));
    const bytes = await encodeSyncFile(opened.header, Buffer.from(forged), drammen.syncKey);
    await expect(joinWorkbook(join(tmp.dir(), 'askim.prosjektboka'), bytes, { replicaName: 'Askim' })).rejects.toThrow(/endret|signatur/i);
  });
});
