import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { v7 as uuidv7 } from 'uuid';
import { isWorkbookError } from '../../shared/errors.js';
import { DELETED_FIELD } from '../../electron/workbook/changeLog.js';
import { dumpWorkbook } from '../../electron/workbook/dump.js';
import { newWorkbook, reopen, useTempDir } from '../helpers/tempWorkbook.js';

describe('the command layer', () => {
  const tmp = useTempDir();
  const emptyBook = () => tmp.track(newWorkbook(tmp.dir(), 'a.prosjektboka', { empty: true }));

  function expectRefused(fn: () => unknown, field: string, words: RegExp): void {
    try {
      fn();
    } catch (e) {
      expect(isWorkbookError(e)).toBe(true);
      if (!isWorkbookError(e)) return;
      expect(e.category).toBe('input');
      expect(e.issues.map((i) => i.field)).toContain(field);
      expect(e.message).toMatch(words);
      return;
    }
    throw new Error('expected the command to be refused');
  }

  it('records one change per field, all with the same clock stamp and this replica', () => {
    const wb = emptyBook();
    const id = wb.commands.create('risk', { title: 'Sykdom i prosjektgruppa', probability: 2, consequence: 3 });
    const changes = [...wb.changes.iterate()].filter((c) => c.recordId === id);
    expect(changes.map((c) => c.field).sort()).toEqual(
      ['consequence', 'description', 'measures', 'number', 'ownerId', 'probability', 'residualConsequence',
        'residualProbability', 'status', 'title'],
    );
    expect(new Set(changes.map((c) => c.hlc)).size).toBe(1);
    expect(changes.every((c) => c.replicaId === wb.replicaId && c.kind === 'risk')).toBe(true);
    expect(changes.find((c) => c.field === 'number')!.value).toBe(1);
  });

  it('numbers a new risk after the highest one', () => {
    const wb = tmp.track(newWorkbook(tmp.dir()));
    const id = wb.commands.create('risk', { title: 'Ny risiko', probability: 1, consequence: 1 });
    expect(wb.records.get('risk', id)!.fields.number).toBe(10);
  });

  it('records only the fields an update really changes, with a later stamp', () => {
    const wb = emptyBook();
    const id = wb.commands.create('goal', { text: 'Lære av hverandre' });
    const before = wb.changes.count();
    expect(wb.commands.update('goal', id, { text: 'Lære av hverandre', number: 1 })).toEqual([]);
    expect(wb.changes.count()).toBe(before);
    expect(wb.commands.update('goal', id, { text: 'Lære mer av hverandre' })).toEqual(['text']);
    const latest = wb.changes.latest(id, 'text')!;
    expect(latest.value).toBe('Lære mer av hverandre');
    expect(latest.hlc > wb.changes.latest(id, 'number')!.hlc).toBe(true);
  });

  it('refuses a probability of 7 naming the field, and writes nothing', () => {
    const wb = emptyBook();
    const before = dumpWorkbook(wb);
    const changes = wb.changes.count();
    expectRefused(() => wb.commands.create('risk', { title: 'X', probability: 7, consequence: 2 }), 'probability', /probability: kan være høyst 5/);
    expect(dumpWorkbook(wb)).toBe(before);
    expect(wb.changes.count()).toBe(changes);
  });

  it('refuses unknown fields, impossible dates, negative amounts and dangling references', () => {
    const wb = emptyBook();
    expectRefused(() => wb.commands.create('goal', { text: 'x', colour: 'red' }), 'colour', /ukjent felt/);
    expectRefused(
      () => wb.commands.create('meeting', { title: 'Oppstart', startsAt: '2022-02-30T10:00', type: 'workshop' }),
      'startsAt', /gyldig tidspunkt/,
    );
    expectRefused(() => wb.commands.create('action', { text: 'Ring byrået', dueDate: '31.12.2021' }), 'dueDate', /gyldig dato/);
    expectRefused(() => wb.commands.create('action', { text: 'Ring byrået', ownerId: uuidv7() }), 'ownerId', /finnes ingen person/);
    const line = wb.commands.create('budget-line', { type: 'expense', description: 'Reiser' });
    const year = wb.commands.create('period', { label: 'Prosjektår 1', startDate: '2021-09-01', endDate: '2022-09-01' });
    expectRefused(() => wb.commands.create('budget-plan', { lineId: line, periodId: year, amount: -5 }), 'amount', /minst 0/);
    expectRefused(() => wb.commands.create('goal', {}), 'text', /mangler/);
    expect(wb.records.count('meeting') + wb.records.count('action') + wb.records.count('budget-plan')).toBe(0);
  });

  it('takes a meeting with a date alone (the time of day is optional), and refuses a day or time that does not exist', () => {
    const wb = emptyBook();
    const id = wb.commands.create('meeting', { title: 'Referat skrevet etterpå', startsAt: '2022-03-15', type: 'other' });
    expect(wb.records.get('meeting', id)!.fields.startsAt).toBe('2022-03-15');
    wb.commands.update('meeting', id, { startsAt: '2022-03-15T09:30' });
    wb.commands.update('meeting', id, { startsAt: '2022-03-16' });
    expect(wb.records.get('meeting', id)!.fields.startsAt).toBe('2022-03-16');
    for (const bad of ['2022-02-30', '2022-03-15T24:00', '2022-03-15T', '15.03.2022', '2022-03-15 09:30']) {
      expectRefused(() => wb.commands.update('meeting', id, { startsAt: bad }), 'startsAt', /gyldig tidspunkt/);
    }
    expect(wb.records.get('meeting', id)!.fields.startsAt).toBe('2022-03-16');
  });

  it('refuses a second project: there is one per workbook', () => {
    const wb = tmp.track(newWorkbook(tmp.dir()));
    expect(() =>
      wb.commands.create('project', {
        title: 'Et annet prosjekt', startDate: '2024-01-01', endDate: '2024-12-31',
        probabilityLabels: ['1', '2', '3', '4', '5'], consequenceLabels: ['1', '2', '3', '4', '5'],
      }),
    ).toThrow(/allerede et prosjekt/);
  });

  it('deletes a meeting with its action items and attendance, and a restore brings them back', () => {
    const wb = emptyBook();
    const person = wb.commands.create('person', { name: 'Madelen Ramsøy' });
    const meeting = wb.commands.create('meeting', { title: 'Workshop A', startsAt: '2021-10-05T09:00', type: 'workshop', minutes: 'Vi drøftet samlokalisering.' });
    const kept = wb.commands.create('action', { meetingId: meeting, text: 'Sende referat', ownerId: person });
    const deletedBefore = wb.commands.create('action', { meetingId: meeting, text: 'Avlyst oppgave' });
    wb.commands.delete('action', deletedBefore);
    wb.commands.create('attendance', { meetingId: meeting, personId: person, present: true });

    wb.commands.delete('meeting', meeting);
    expect(wb.records.get('meeting', meeting)!.deleted).toBe(true);
    expect(wb.records.listBy('action', 'meetingId', meeting)).toHaveLength(0);
    expect(wb.records.listBy('attendance', 'meetingId', meeting)).toHaveLength(0);
    expect(wb.search.search('samlokalisering')).toHaveLength(0);
    expect(wb.changes.latest(meeting, DELETED_FIELD)!.value).toBe(true);

    wb.commands.restore('meeting', meeting);
    expect(wb.records.listBy('action', 'meetingId', meeting).map((a) => a.id)).toEqual([kept]);
    expect(wb.records.listBy('attendance', 'meetingId', meeting)).toHaveLength(1);
    expect(wb.search.search('samlokalisering').map((h) => h.id)).toEqual([meeting]);
  });

  it('refuses to update or delete a record that does not exist', () => {
    const wb = emptyBook();
    expect(() => wb.commands.update('risk', uuidv7(), { title: 'x' })).toThrow(/Finner ingen risiko/);
    expect(() => wb.commands.delete('goal', uuidv7())).toThrow(/Finner ingen mål/);
  });

  it('keeps what was written after the workbook is closed and opened again', () => {
    let wb = emptyBook();
    const id = wb.commands.create('goal', { text: 'Bidra til den nasjonale debatten' });
    const stamp = wb.changes.latest(id, 'text')!.hlc;
    wb = tmp.track(reopen(wb));
    expect(wb.records.get('goal', id)!.fields.text).toBe('Bidra til den nasjonale debatten');
    // The clock survives the restart: a new change never reuses or precedes an old stamp.
    wb.commands.update('goal', id, { text: 'Bidra i debatten' });
    expect(wb.changes.latest(id, 'text')!.hlc > stamp).toBe(true);
  });

  it('a failed command inside a batch undoes only itself', () => {
    const wb = emptyBook();
    wb.transaction(() => {
      wb.commands.create('goal', { text: 'Første' });
      expect(() => wb.commands.create('goal', { text: '' })).toThrow();
      wb.commands.create('goal', { text: 'Andre' });
    });
    expect(wb.records.list('goal').map((g) => g.fields.text)).toEqual(['Første', 'Andre']);
  });

  it('a write that fails after validation inside a batch rolls the whole batch back, even if the caller catches it', () => {
    const wb = emptyBook();
    // Stands in for a disk error: validation passes, the INSERT itself fails.
    wb.sqliteForTests.exec("CREATE TRIGGER fail_goal BEFORE INSERT ON goal WHEN NEW.text = 'BOOM' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
    const changes = wb.changes.count();
    expect(() =>
      wb.transaction(() => {
        wb.commands.create('goal', { text: 'Første' });
        try {
          wb.commands.create('goal', { text: 'BOOM' });
        } catch {
          // a careless caller carries on
        }
        wb.commands.create('goal', { text: 'Andre' });
      }),
    ).toThrow(/disk I\/O error/);
    expect(wb.records.list('goal', { includeDeleted: true })).toEqual([]);
    expect(wb.changes.count()).toBe(changes);
    // And the workbook is usable afterwards.
    wb.commands.create('goal', { text: 'Etterpå' });
    expect(wb.records.list('goal').map((g) => g.fields.text)).toEqual(['Etterpå']);
  });

  it('stores the file with the workbook extension as one SQLite database', () => {
    const wb = emptyBook();
    expect(wb.path.endsWith('.prosjektboka')).toBe(true);
    expect(readFileSync(wb.path).subarray(0, 15).toString()).toBe('SQLite format 3');
  });
});
