import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { backupWorkbook } from '../../electron/workbook/backup.js';
import { COPIED_THROUGH } from '../../electron/workbook/changeLog.js';
import { openWorkbook } from '../../electron/workbook/open.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { decodeStamps } from '../../shared/sync/stamps.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';
import { dump, joinFrom, send } from '../sync/helpers.js';
import { UNDO_SINCE_009 } from '../helpers/schemaRollback.js';

interface Row { seq: number; hlc: string; replicaId: string; recordId: string; field: string; value: string; prev: string | null; batch: number | null }

const rowsOf = (wb: Workbook, recordId: string, field: string) =>
  wb.sqliteForTests
    .prepare('SELECT seq, hlc, replica_id AS replicaId, record_id AS recordId, field, value, prev, batch FROM change WHERE record_id = ? AND field = ? ORDER BY seq')
    .all(recordId, field) as Row[];

/** The heads index as stored, one "record field hlc replica" line each, sorted. */
const storedHeads = (wb: Workbook) =>
  (wb.sqliteForTests.prepare('SELECT record_id, field, hlc, replica_id FROM field_head').raw().all() as string[][]).map((r) => r.join(' ')).sort();

/** The heads by structure, worked out from the whole log: the changes of a field no other change of it names in its prev. */
function headsFromLog(wb: Workbook): string[] {
  const rows = wb.sqliteForTests.prepare("SELECT hlc, replica_id AS replicaId, record_id AS recordId, field, prev FROM change WHERE field <> '_deleted'").all() as Row[];
  const named = new Set(rows.flatMap((r) => decodeStamps(r.prev).map((p) => `${r.recordId} ${r.field} ${p.hlc} ${p.replicaId}`)));
  return rows.map((r) => `${r.recordId} ${r.field} ${r.hlc} ${r.replicaId}`).filter((k) => !named.has(k)).sort();
}

describe('each field\'s heads, kept as an index', () => {
  const { dir, track } = useTempDir();

  it('typing 1 000 saves into one field leaves one change while nothing left in between; a change that left in a file is kept', async () => {
    const wb = track(newWorkbook(dir(), 'a.prosjektboka', { empty: true, replicaName: 'Drammen' }));
    const id = wb.commands.create('meeting', { title: 'Styringsgruppe', startsAt: '2022-03-01T10:00', type: 'steering_group' });
    let text = '';
    for (let i = 0; i < 1000; i++) {
      text += i % 10 === 9 ? '\n' : 'x';
      wb.commands.update('meeting', id, { minutes: text });
    }
    const typed = rowsOf(wb, id, 'minutes');
    expect(typed).toHaveLength(1);
    expect(JSON.parse(typed[0]!.value)).toBe(text);
    // It took the place of the create's empty minutes, and so what that superseded: nothing.
    expect(typed[0]!.prev).toBeNull();
    expect(rowsOf(wb, id, 'title')).toHaveLength(1);

    const mysen = track(await joinFrom(wb, dir(), 'mysen', 'Mysen'));
    const sent = rowsOf(wb, id, 'minutes')[0]!;
    expect(sent.batch).not.toBeNull();
    for (let i = 0; i < 50; i++) wb.commands.update('meeting', id, { minutes: `${text}\nEtter eksport ${i}` });
    const after = rowsOf(wb, id, 'minutes');
    expect(after.map((r) => r.hlc)).toEqual([sent.hlc, after[1]!.hlc]);
    expect(after[1]!.prev).toBe(`${sent.hlc} ${sent.replicaId}`);

    await send(wb, mysen);
    expect(mysen.records.get('meeting', id)!.fields.minutes).toBe(`${text}\nEtter eksport 49`);
    expect(rowsOf(mysen, id, 'minutes').map((r) => r.hlc)).toEqual(after.map((r) => r.hlc));
    expect(dump(mysen)).toBe(dump(wb));
    expect(storedHeads(wb)).toEqual(headsFromLog(wb));
    expect(storedHeads(mysen)).toEqual(headsFromLog(mysen));
  });

  it('keeps a change a backup holds, and every name a person has had (the erasure looks for them)', () => {
    const wb = track(newWorkbook(dir(), 'a.prosjektboka', { empty: true }));
    const goal = wb.commands.create('goal', { text: 'Første' });
    wb.commands.update('goal', goal, { text: 'Andre' });
    backupWorkbook(wb, 'test');
    wb.commands.update('goal', goal, { text: 'Tredje' });
    wb.commands.update('goal', goal, { text: 'Fjerde' });
    expect(rowsOf(wb, goal, 'text').map((r) => JSON.parse(r.value) as string)).toEqual(['Andre', 'Fjerde']);

    const kari = wb.commands.create('person', { name: 'Kari Nordman' });
    wb.commands.update('person', kari, { name: 'Kari Nordmann' });
    expect(rowsOf(wb, kari, 'name').map((r) => JSON.parse(r.value) as string)).toEqual(['Kari Nordman', 'Kari Nordmann']);
  });

  it('a copy marked in the middle of a batch keeps what it holds, and a mark rolled back does not', () => {
    const wb = track(newWorkbook(dir(), 'a.prosjektboka', { empty: true }));
    const goal = wb.commands.create('goal', { text: 'Første' });
    const texts = () => rowsOf(wb, goal, 'text').map((r) => JSON.parse(r.value) as string);
    const ownLatest = () => wb.changes.latestStampOf(wb.replicaId)!;
    wb.transaction(() => {
      wb.commands.update('goal', goal, { text: 'Andre' });
      wb.setMetaValue(COPIED_THROUGH, ownLatest());
      wb.commands.update('goal', goal, { text: 'Tredje' });
      wb.commands.update('goal', goal, { text: 'Fjerde' });
    });
    expect(texts()).toEqual(['Andre', 'Fjerde']);
    wb.transaction(() => {
      wb.commands.update('goal', goal, { text: 'Femte' });
      expect(() => wb.transaction(() => {
        wb.setMetaValue(COPIED_THROUGH, ownLatest());
        wb.copiedThrough();
        throw new Error('avbrutt');
      })).toThrow('avbrutt');
      wb.commands.update('goal', goal, { text: 'Sjette' });
    });
    expect(texts()).toEqual(['Andre', 'Sjette']);
  });

  it('undo and redo of replaced saves set back the values the steps changed', async () => {
    const wb = track(newWorkbook(dir(), 'a.prosjektboka', { empty: true }));
    const goal = wb.commands.create('goal', { text: 'Mål' });
    const session = 'vindu-1';
    for (const text of ['Mål 1', 'Mål 12', 'Mål 123']) wb.history.run({ session, label: 'Endret målet' }, () => wb.commands.update('goal', goal, { text }));
    expect(rowsOf(wb, goal, 'text')).toHaveLength(1);
    const value = () => wb.records.get('goal', goal)!.fields.text;
    expect(wb.history.undo(session).done).toBe('all');
    expect(value()).toBe('Mål 12');
    expect(wb.history.undo(session).done).toBe('all');
    expect(value()).toBe('Mål 1');
    expect(wb.history.redo(session).done).toBe('all');
    expect(value()).toBe('Mål 12');
    expect(rowsOf(wb, goal, 'text')).toHaveLength(1);

    const other = track(await joinFrom(wb, dir(), 'b', 'B'));
    expect(other.records.get('goal', goal)!.fields.text).toBe('Mål 12');
    // After the file, undo is a change of its own beside the one that left.
    expect(wb.history.undo(session).done).toBe('all');
    expect(value()).toBe('Mål 1');
    expect(rowsOf(wb, goal, 'text')).toHaveLength(2);
    await send(wb, other);
    expect(dump(other)).toBe(dump(wb));
  });

  it('holds each concurrent value as a head, and a rebuild from the log (migration 007) finds the same heads', async () => {
    const a = track(newWorkbook(dir(), 'a.prosjektboka', { empty: true, replicaName: 'A' }));
    const risk = a.commands.create('risk', { title: 'Sykdom', probability: 2, consequence: 3, measures: 'a\nb\nc\n' });
    const b = track(await joinFrom(a, dir(), 'b', 'B'));
    a.commands.update('risk', risk, { title: 'Sykdom i gruppa', measures: 'a1\nb\nc\n' });
    b.commands.update('risk', risk, { title: 'Langvarig sykdom', measures: 'a\nb\nc3\n' });
    b.commands.update('risk', risk, { probability: 4 });
    await send(b, a);
    await send(a, b);
    const titleHeads = storedHeads(a).filter((h) => h.startsWith(`${risk} title `));
    expect(titleHeads).toHaveLength(2);
    expect(a.records.get('risk', risk)!.fields.measures).toBe('a1\nb\nc3\n');
    // A plain edit supersedes the value it saw, not the set-aside one: the conflict stays open.
    a.commands.update('risk', risk, { consequence: 4 });
    expect(storedHeads(a)).toEqual(headsFromLog(a));
    // The heads of several fields in one lookup are each field's own: two for the title, none for a field without any.
    const asked = ['title', 'measures', 'consequence', '_deleted'];
    const together = a.changes.heads.ofFields(risk, asked);
    expect([...together.keys()]).toEqual(asked);
    expect(together.get('title')).toHaveLength(2);
    expect(together.get('_deleted')).toEqual([]);
    const byHlc = (heads: readonly { hlc: string; replicaId: string }[]) => [...heads].sort((x, y) => `${x.hlc}${x.replicaId}`.localeCompare(`${y.hlc}${y.replicaId}`));
    for (const f of asked) expect(byHlc(together.get(f)!)).toEqual(byHlc(a.changes.heads.of(risk, f)));
    expect(storedHeads(b)).toEqual(headsFromLog(b));

    const expected = storedHeads(a);
    const path = a.path;
    a.close();
    const db = new Database(path);
    db.exec(`${UNDO_SINCE_009} DROP TABLE field_head; DROP TABLE field_superseded_early; DROP TABLE lesson; DROP TABLE change_entry; PRAGMA user_version = 6;`);
    db.close();
    const again = track(openWorkbook(path));
    expect(storedHeads(again)).toEqual(expected);
    expect((again.sqliteForTests.prepare('SELECT COUNT(*) AS n FROM field_superseded_early').get() as { n: number }).n).toBe(0);
  });

  it('a change that arrives before the one it supersedes leaves that one out of the heads when it comes', () => {
    const wb = track(newWorkbook(dir(), 'a.prosjektboka', { empty: true }));
    const base = { replicaId: '0190e5a2-0000-7000-8000-000000000001', kind: 'goal' as const, recordId: 'r1', field: 'text' };
    const parent = { ...base, hlc: '0000000000001-0000', value: 'første' };
    const child = { ...base, hlc: '0000000000002-0000', value: 'andre', prev: `${parent.hlc} ${parent.replicaId}` };
    wb.transaction(() => wb.changes.append(child));
    expect(storedHeads(wb)).toEqual([`r1 text ${child.hlc} ${base.replicaId}`]);
    wb.transaction(() => wb.changes.append(parent));
    expect(storedHeads(wb)).toEqual([`r1 text ${child.hlc} ${base.replicaId}`]);
    expect(storedHeads(wb)).toEqual(headsFromLog(wb));
    expect((wb.sqliteForTests.prepare('SELECT COUNT(*) AS n FROM field_superseded_early').get() as { n: number }).n).toBe(0);
  });
});
