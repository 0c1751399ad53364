import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { listConflicts } from '../../electron/sync/conflicts.js';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { openWorkbook } from '../../electron/workbook/open.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';
import { dump, joinFrom, send } from './helpers.js';

describe('a workbook made before sync existed', () => {
  const tmp = useTempDir();

  it('gets a sync key and a history in line, so its first exchanges raise no conflicts', async () => {
    const wb = newWorkbook(tmp.dir(), 'gammel.prosjektboka', { empty: true, replicaName: 'Drammen' });
    const risk = wb.commands.create('risk', { title: 'Sykdom', probability: 1, consequence: 1, measures: 'a\nb\nc\n' });
    // Each edit leaves in a file, so the log keeps every one, as a version 1 workbook's did (nothing replaces a change that left).
    await exportSyncFile(wb);
    for (let i = 2; i <= 5; i++) {
      wb.commands.update('risk', risk, { probability: i, measures: `a\nb${i}\nc\n` });
      await exportSyncFile(wb);
    }
    const goal = wb.commands.create('goal', { text: 'Slettes' });
    wb.commands.delete('goal', goal);
    wb.commands.restore('goal', goal);
    wb.commands.delete('goal', goal);
    const path = wb.path;
    wb.close();
    // Back to schema version 1: no prev column, no sync tables, no key, no milestone comment.
    const db = new Database(path);
    db.exec(`
      ALTER TABLE milestone DROP COLUMN "comment";
      ALTER TABLE change DROP COLUMN value_sha256;
      DROP TABLE field_head; DROP TABLE field_superseded_early; DROP TABLE lesson; DROP TABLE change_entry;
      DELETE FROM change WHERE kind = 'budget-line' AND field IN ('deviationComment', 'funding'); ALTER TABLE budget_line DROP COLUMN "deviationComment"; ALTER TABLE budget_line DROP COLUMN "funding"; -- version 9's
      DROP INDEX change_unsigned; ALTER TABLE change DROP COLUMN batch; DROP TABLE sync_batch; DROP TABLE sync_public_key;
      ALTER TABLE change DROP COLUMN prev;
      DROP TABLE sync_peer; DROP TABLE sync_conflict;
      DELETE FROM meta WHERE key = 'sync_key';
      PRAGMA user_version = 1;`);
    db.close();

    const old = tmp.track(openWorkbook(path));
    expect(old.syncKey).toMatch(/^[0-9a-f]{64}$/);
    const prevs = old.sqliteForTests.prepare("SELECT field, prev FROM change WHERE record_id = ? AND field = 'probability' ORDER BY hlc").all(risk) as { prev: string | null }[];
    expect(prevs).toHaveLength(5);
    expect(prevs[0]!.prev).toBeNull();
    expect(prevs.slice(1).every((r) => r.prev !== null)).toBe(true);

    const mysen = tmp.track(await joinFrom(old, tmp.dir(), 'mysen', 'Mysen'));
    mysen.commands.update('risk', risk, { title: 'Sykdom i prosjektgruppa' });
    old.commands.update('risk', risk, { measures: 'a\nb5\nc\nd\n' });
    await send(mysen, old);
    await send(old, mysen);
    expect(listConflicts(old)).toEqual([]);
    expect(old.records.get('risk', risk)!.fields).toMatchObject({ title: 'Sykdom i prosjektgruppa', probability: 5, measures: 'a\nb5\nc\nd\n' });
    expect(old.records.get('goal', goal)!.deleted).toBe(true);
    expect(dump(mysen)).toBe(dump(old));
  });

  it('a milestone made before milestones had comments (schema 3) syncs: the missing field reads as empty, then edits travel', async () => {
    const wb = newWorkbook(tmp.dir(), 'uten-kommentar.prosjektboka', { empty: true, replicaName: 'Drammen' });
    const ms = wb.commands.create('milestone', { description: 'Intern konferanse', plannedText: 'April/mai 2022' });
    const path = wb.path;
    wb.close();
    // Back to schema version 3: no comment column, and no change for it in the log.
    const db = new Database(path);
    db.exec(`
      DELETE FROM change WHERE kind = 'milestone' AND field = 'comment';
      ALTER TABLE milestone DROP COLUMN "comment";
      ALTER TABLE change DROP COLUMN value_sha256; -- version 6's
      DROP TABLE field_head; DROP TABLE field_superseded_early; -- version 7's
      DROP TABLE lesson; DROP TABLE change_entry; -- version 8's
      DELETE FROM change WHERE kind = 'budget-line' AND field IN ('deviationComment', 'funding'); ALTER TABLE budget_line DROP COLUMN "deviationComment"; ALTER TABLE budget_line DROP COLUMN "funding"; -- version 9's
      PRAGMA user_version = 3;`);
    db.close();

    const old = tmp.track(openWorkbook(path));
    expect(old.records.get('milestone', ms)!.fields).toMatchObject({ comment: '', plannedText: 'April/mai 2022' });
    const mysen = tmp.track(await joinFrom(old, tmp.dir(), 'mysen-ms', 'Mysen'));
    expect(mysen.records.get('milestone', ms)!.fields).toMatchObject({ comment: '', description: 'Intern konferanse' });
    mysen.commands.update('milestone', ms, { comment: 'Flyttet etter styringsgruppemøtet', plannedText: 'uke 40–42 2022' });
    old.commands.update('milestone', ms, { description: 'Intern konferanse gjennomført' });
    await send(mysen, old);
    await send(old, mysen);
    expect(listConflicts(old)).toEqual([]);
    expect(old.records.get('milestone', ms)!.fields).toMatchObject({
      comment: 'Flyttet etter styringsgruppemøtet', plannedText: 'uke 40–42 2022', description: 'Intern konferanse gjennomført',
    });
    expect(dump(mysen)).toBe(dump(old));
  });
});
