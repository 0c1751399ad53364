import { describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { dumpWorkbook } from '../../electron/workbook/dump.js';
import { openWorkbook } from '../../electron/workbook/open.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';

describe('dump', () => {
  const tmp = useTempDir();

  it('is canonical JSON that leaves out replica-local bookkeeping', () => {
    const wb = newWorkbook(tmp.dir(), 'a.prosjektboka', { replicaName: 'Installasjon Tøyen-42' });
    wb.close();
    // A second copy of the same content under another installation name and clock.
    const copy = join(tmp.dir(), 'b.prosjektboka');
    copyFileSync(wb.path, copy);
    const db = new Database(copy);
    db.prepare("UPDATE meta SET value = 'Askim bibliotek' WHERE key = 'replica_name'").run();
    db.prepare("UPDATE meta SET value = '9999999999999999-00000' WHERE key = 'clock'").run();
    db.close();
    const a = tmp.track(openWorkbook(wb.path));
    const b = tmp.track(openWorkbook(copy));
    const dumpA = dumpWorkbook(a);
    expect(dumpWorkbook(b)).toBe(dumpA);
    expect(dumpA).not.toContain('Tøyen-42');
    const parsed = JSON.parse(dumpA) as { records: Record<string, { id: string }[]> };
    expect(Object.keys(parsed.records)).toEqual([...Object.keys(parsed.records)].sort());
    const ids = parsed.records.risk!.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(Object.keys(parsed.records.risk![0]!)).toEqual([...Object.keys(parsed.records.risk![0]!)].sort());
  });

  it('changes when content changes and lists deleted records by id', () => {
    const wb = tmp.track(newWorkbook(tmp.dir()));
    const before = dumpWorkbook(wb);
    const goal = wb.records.list('goal')[0]!;
    wb.commands.delete('goal', goal.id);
    const after = JSON.parse(dumpWorkbook(wb)) as { deleted: Record<string, string[]> };
    expect(after.deleted.goal).toEqual([goal.id]);
    wb.commands.restore('goal', goal.id);
    expect(dumpWorkbook(wb)).toBe(before);
  });
});

describe('full-text search', () => {
  const tmp = useTempDir();

  it('finds the plan by Norwegian words, as prefixes, and follows edits', () => {
    const wb = tmp.track(newWorkbook(tmp.dir()));
    const kinds = wb.search.search('innbyggerundersøkelse').map((h) => h.kind);
    expect(kinds).toEqual(expect.arrayContaining(['section', 'milestone']));
    expect(wb.search.search('knutepunkt').some((h) => h.kind === 'risk')).toBe(true);

    const meeting = wb.commands.create('meeting', {
      title: 'Styringsgruppemøte', startsAt: '2022-01-12T13:00', type: 'steering_group', place: 'digitalt',
      minutes: 'Styringsgruppa godkjente anbudet for spørreundersøkelsen.',
    });
    expect(wb.search.search('anbudet').map((h) => h.id)).toEqual([meeting]);
    expect(wb.search.search('anbudet')[0]!.snippet).toContain('[anbudet]');
    wb.commands.update('meeting', meeting, { minutes: 'Utsatt.' });
    expect(wb.search.search('anbudet')).toEqual([]);
    expect(wb.search.search('utsatt').map((h) => h.id)).toEqual([meeting]);
  });

  it('treats FTS syntax in a query as plain words', () => {
    const wb = tmp.track(newWorkbook(tmp.dir()));
    for (const q of ['"', 'NEAR(', '*', 'mål OR', '-', '()', 'AND NOT']) {
      expect(() => wb.search.search(q), q).not.toThrow();
    }
    expect(wb.search.search('')).toEqual([]);
  });
});
