import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { listConflicts } from '../../electron/sync/conflicts.js';
import { openWorkbook } from '../../electron/workbook/open.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';
import { dump, joinFrom, send } from './helpers.js';

describe('a workbook made before sync existed', () => {
  const tmp = useTempDir();

  it('gets a sync key and a history in line, so its first exchanges raise no conflicts', async () => {
    const wb = newWorkbook(tmp.dir(), 'gammel.prosjektboka', { empty: true, replicaName: 'Drammen' });
    const risk = wb.commands.create('risk', { title: 'Sykdom', probability: 1, consequence: 1, measures: 'a\nb\nc\n' });
    for (let i = 2; i <= 5; i++) wb.commands.update('risk', risk, { probability: i, measures: `a\nb${i}\nc\n` });
    const goal = wb.commands.create('goal', { text: 'Slettes' });
    wb.commands.delete('goal', goal);
    wb.commands.restore('goal', goal);
    wb.commands.delete('goal', goal);
    const path = wb.path;
    wb.close();
    // Back to schema version 1: no prev column, no sync tables, no key.
    const db = new Database(path);
    db.exec(`
      ALTER TABLE change DROP COLUMN value_sha256;
      DROP INDEX change_unsigned; ALTER TABLE change DROP COLUMN batch; DROP TABLE sync_batch; DROP TABLE sync_public_key;
      ALTER TABLE change DROP COLUMN prev;
      DROP TABLE sync_peer; DROP TABLE sync_conflict;
      DELETE FROM meta WHERE key = 'sync_key';
      PRAGMA user_version = 1;`);
    db.close();

    const old = tmp.track(openWorkbook(path));
    expect(old.syncKey).toMatch(/^[0-9a-f]{64}$/);
    const prevs = old.sqliteForTests.prepare("SELECT field, prev FROM change WHERE record_id = ? AND field = 'probability' ORDER BY hlc").all(risk) as { prev: string | null }[];
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
});
