import { describe, expect, it } from 'vitest';
import { listConflicts, resolveConflict } from '../../electron/sync/conflicts.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';
import { dump, joinFrom, send } from './helpers.js';

/** The erfaringslogg and endringslogg travel between installations like every other kind (issue 14). */
describe('lessons and changes between installations', () => {
  const tmp = useTempDir();

  async function pair(): Promise<{ drammen: Workbook; mysen: Workbook }> {
    const drammen = tmp.track(newWorkbook(tmp.dir(), 'drammen.prosjektboka', { replicaName: 'Drammen' }));
    const mysen = tmp.track(await joinFrom(drammen, tmp.dir(), 'mysen', 'Indre Østfold – Mysen bibliotek'));
    return { drammen, mysen };
  }

  it('a lesson and a change written in Drammen arrive in Mysen, with their links, and are found there', async () => {
    const { drammen, mysen } = await pair();
    const group = drammen.records.list('group')[0]!.id;
    const person = drammen.records.list('person')[0]!.id;
    const lesson = drammen.commands.create('lesson', {
      date: '2022-03-14', happened: 'Lørdagsåpent torg trakk nye brukere', learned: 'Folk kommer når de har fri.', groupId: group,
    });
    const change = drammen.commands.create('change-entry', {
      date: '2022-04-01', type: 'deviation', what: 'Konferansen flyttet til Mysen', decidedById: person, nbNotified: true, nbNotifiedDate: '2022-04-02',
    });
    const report = await send(drammen, mysen);
    expect(report.byKind).toMatchObject({ lesson: 1, 'change-entry': 1 });
    expect(mysen.records.get('lesson', lesson)!.fields).toEqual(drammen.records.get('lesson', lesson)!.fields);
    expect(mysen.records.get('change-entry', change)!.fields).toMatchObject({ decidedById: person, nbNotified: true, nbNotifiedDate: '2022-04-02' });
    expect(mysen.search.search('lørdagsåpent').map((h) => h.id)).toEqual([lesson]);
    expect(dump(mysen)).toBe(dump(drammen));
  });

  it('the same field of a lesson edited in both places: one winner everywhere, the other value an open conflict', async () => {
    const { drammen, mysen } = await pair();
    const lesson = drammen.commands.create('lesson', { date: '2022-03-14', happened: 'Felles katalog', recommendation: 'Start tidlig.' });
    await send(drammen, mysen);
    drammen.commands.update('lesson', lesson, { outcome: 'negative' });
    mysen.commands.update('lesson', lesson, { happened: 'Felles katalog for begge kommuner' });
    drammen.commands.update('lesson', lesson, { recommendation: 'Start et halvt år før.' });
    mysen.commands.update('lesson', lesson, { recommendation: 'Sett av tid til opplæring.' });
    await send(drammen, mysen);
    await send(mysen, drammen);
    expect(dump(mysen)).toBe(dump(drammen));
    // Different fields merge; the one both wrote is a conflict, as for a risk or a meeting.
    expect(drammen.records.get('lesson', lesson)!.fields).toMatchObject({ outcome: 'negative', happened: 'Felles katalog for begge kommuner' });
    const conflicts = listConflicts(drammen);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: 'lesson', recordId: lesson, field: 'recommendation', longText: true });
    expect([conflicts[0]!.current, conflicts[0]!.other].sort()).toEqual(['Sett av tid til opplæring.', 'Start et halvt år før.']);
    expect(listConflicts(mysen).map((c) => c.id)).toEqual([conflicts[0]!.id]);

    resolveConflict(mysen, conflicts[0]!.id, { value: 'Start et halvt år før, med opplæring.' });
    await send(mysen, drammen);
    expect(drammen.records.get('lesson', lesson)!.fields.recommendation).toBe('Start et halvt år før, med opplæring.');
    expect(listConflicts(drammen)).toEqual([]);
  });

  it('a change deleted in one place while edited in the other is kept, with a conflict, like other kinds', async () => {
    const { drammen, mysen } = await pair();
    const change = drammen.commands.create('change-entry', { date: '2022-04-01', what: 'Ny leverandør' });
    await send(drammen, mysen);
    drammen.commands.delete('change-entry', change);
    mysen.commands.update('change-entry', change, { nbNotified: true, nbNotifiedDate: '2022-04-03' });
    await send(drammen, mysen);
    await send(mysen, drammen);
    for (const wb of [drammen, mysen]) expect(wb.records.get('change-entry', change)!.deleted).toBe(false);
    expect(listConflicts(drammen)).toEqual([expect.objectContaining({ kind: 'change-entry', field: '_deleted' })]);
    expect(dump(mysen)).toBe(dump(drammen));
  });
});
