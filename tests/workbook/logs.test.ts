import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { dumpWorkbook } from '../../electron/workbook/dump.js';
import { erasePerson } from '../../electron/workbook/erasure.js';
import { personDossier } from '../../electron/workbook/personDossier.js';
import { ERASED_NAME } from '../../shared/rules/personName.js';
import { openWorkbook } from '../../electron/workbook/open.js';
import { SCHEMA_VERSION } from '../../electron/workbook/migrations/index.js';
import { workbookSummary } from '../../electron/workbook/summary.js';
import { newWorkbook, reopen, useTempDir } from '../helpers/tempWorkbook.js';

/**
 * The erfaringslogg and the endringslogg (issue 14): kinds of their own in the
 * workbook file, read from the registry like every other kind.
 */
describe('lessons and changes in the workbook', () => {
  const tmp = useTempDir();

  it('a lesson tied to a goal and a group is kept in its own table, survives reopening, and counts in the summary', () => {
    let wb = tmp.track(newWorkbook(tmp.dir()));
    const goal = wb.records.list('goal')[0]!.id;
    const group = wb.records.list('group').find((g) => g.fields.name === 'Prosjektgruppe B')!.id;
    const id = wb.commands.create('lesson', {
      date: '2022-03-14', happened: 'Innbyggerdialogen på Mysen fikk få deltakere',
      learned: 'Kveldsmøter passer dårlig for barnefamilier.', recommendation: 'Legg dialogmøtene til lørdager.',
      outcome: 'negative', goalId: goal, groupId: group,
    });
    wb = tmp.track(reopen(wb));
    expect(wb.records.get('lesson', id)!.fields).toEqual({
      date: '2022-03-14', happened: 'Innbyggerdialogen på Mysen fikk få deltakere',
      learned: 'Kveldsmøter passer dårlig for barnefamilier.', recommendation: 'Legg dialogmøtene til lørdager.',
      outcome: 'negative', goalId: goal, groupId: group,
    });
    const row = wb.sqliteForTests.prepare('SELECT outcome, "goalId" FROM lesson WHERE id = ?').get(id);
    expect(row).toEqual({ outcome: 'negative', goalId: goal });
    expect(workbookSummary(wb).counts).toMatchObject({ lessons: 1, changes: 0 });
    // Only what the user gives is required: a new lesson is positive and tied to nothing.
    const plain = wb.commands.create('lesson', { date: '2022-04-01', happened: 'Felles bookingsystem' });
    expect(wb.records.get('lesson', plain)!.fields).toMatchObject({ outcome: 'positive', goalId: null, groupId: null, learned: '' });
  });

  it('a change records who decided and whether Nasjonalbiblioteket was told, and is in the dump', () => {
    const wb = tmp.track(newWorkbook(tmp.dir()));
    const leader = wb.records.list('person')[0]!.id;
    const id = wb.commands.create('change-entry', {
      date: '2022-05-02', type: 'deviation', what: 'Innbyggerundersøkelsen ble utsatt til høsten',
      timeEffect: 'Milepæl 5 flyttes tre måneder.', costEffect: 'Ingen.', goalEffect: 'Mål 2 nås senere.',
      decidedById: leader, nbNotified: true, nbNotifiedDate: '2022-05-10',
    });
    const other = wb.commands.create('change-entry', { date: '2022-06-01', what: 'Ny leverandør av skjermer', decidedBy: 'Styringsgruppa' });
    expect(wb.records.get('change-entry', other)!.fields).toMatchObject({ type: 'change', decidedById: null, nbNotified: false, nbNotifiedDate: null });
    const dumped = JSON.parse(dumpWorkbook(wb)) as { records: Record<string, { id: string }[]> };
    expect(dumped.records['change-entry']!.map((r) => r.id)).toEqual([id, other].sort());
    expect(dumped.records['change-entry']!.find((r) => r.id === id)).toMatchObject({ nbNotified: true, nbNotifiedDate: '2022-05-10', decidedById: leader });
    expect(dumped.records.lesson).toEqual([]);
    expect(workbookSummary(wb).counts.changes).toBe(2);
  });

  it('refuses what the registry refuses: an unknown outcome, an impossible date, an empty «what», a dangling person', () => {
    const wb = tmp.track(newWorkbook(tmp.dir(), 'a.prosjektboka', { empty: true }));
    expect(() => wb.commands.create('lesson', { date: '2022-03-01', happened: 'x', outcome: 'neutral' })).toThrow();
    expect(() => wb.commands.create('lesson', { date: '2022-02-30', happened: 'x' })).toThrow();
    expect(() => wb.commands.create('change-entry', { date: '2022-03-01', what: '  ' })).toThrow();
    expect(() => wb.commands.create('change-entry', {
      date: '2022-03-01', what: 'Ny plan', decidedById: '01890a5d-ac96-774b-bcce-b302099a8057',
    })).toThrow();
    expect(wb.records.count('lesson') + wb.records.count('change-entry')).toBe(0);
  });

  it('a deleted lesson or change leaves the search and comes back with a restore', () => {
    const wb = tmp.track(newWorkbook(tmp.dir()));
    const lesson = wb.commands.create('lesson', { date: '2022-03-01', happened: 'Sommerfuglmodellen virket', learned: 'Korte økter.' });
    const change = wb.commands.create('change-entry', { date: '2022-03-02', what: 'Sommerfuglmodellen tas i bruk i gruppe C' });
    expect(wb.search.search('sommerfuglmodellen').map((h) => h.id).sort()).toEqual([lesson, change].sort());
    wb.commands.delete('lesson', lesson);
    wb.commands.delete('change-entry', change);
    expect(wb.search.search('sommerfuglmodellen')).toEqual([]);
    wb.commands.restore('lesson', lesson);
    wb.commands.restore('change-entry', change);
    expect(wb.search.search('sommerfuglmodellen').map((h) => h.kind).sort()).toEqual(['change-entry', 'lesson']);
  });

  it('finds a change by the name of the person who decided it, and follows that name when it changes', () => {
    const wb = tmp.track(newWorkbook(tmp.dir()));
    const person = wb.records.list('person').find((p) => p.fields.name === 'Martin Nordli')!.id;
    const change = wb.commands.create('change-entry', { date: '2022-03-02', what: 'Arbeidsmøtene blir digitale', decidedById: person });
    expect(wb.search.search('Nordli', 50, ['change-entry']).map((h) => h.id)).toEqual([change]);
    wb.commands.update('person', person, { name: 'Martin Sommerfugl' });
    expect(wb.search.search('Sommerfugl', 50, ['change-entry']).map((h) => h.id)).toEqual([change]);
    expect(wb.search.search('Nordli', 50, ['change-entry'])).toEqual([]);
  });

  it('a version 7 workbook gets the two tables when opened (migration 008), its records untouched', () => {
    const wb = newWorkbook(tmp.dir());
    const goals = wb.records.count('goal');
    wb.close();
    const db = new Database(wb.path);
    db.exec(`DROP TABLE lesson; DROP TABLE change_entry; DELETE FROM change WHERE kind = 'budget-line' AND field IN ('deviationComment', 'funding'); ALTER TABLE budget_line DROP COLUMN "deviationComment"; ALTER TABLE budget_line DROP COLUMN "funding"; PRAGMA user_version = 7;`); // version 9's too
    db.close();
    const old = tmp.track(openWorkbook(wb.path));
    expect(old.sqliteForTests.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(old.records.count('goal')).toBe(goals);
    expect(old.records.count('lesson')).toBe(0);
    expect(old.commands.create('lesson', { date: '2022-03-01', happened: 'Etter oppgraderingen' })).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a change decided by a person is in their dossier, and erasing them takes their name out of its text too', () => {
    const wb = tmp.track(newWorkbook(tmp.dir()));
    const person = wb.records.list('person').find((p) => p.fields.name === 'Martin Nordli')!.id;
    const change = wb.commands.create('change-entry', {
      date: '2022-03-02', what: 'Arbeidsmøtene blir digitale', decidedById: person, goalEffect: 'Martin Nordli mener målene nås likevel.',
    });
    expect(JSON.stringify(personDossier(wb, person))).toContain(change);
    erasePerson(wb, person);
    const fields = wb.records.get('change-entry', change)!.fields;
    expect(fields.decidedById).toBe(person);
    expect(fields.goalEffect).toBe(`${ERASED_NAME} mener målene nås likevel.`);
    expect(wb.search.search('Nordli')).toEqual([]);
  });
});
