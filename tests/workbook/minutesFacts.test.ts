import { describe, expect, it } from 'vitest';
import { newWorkbook, reopen, useTempDir } from '../helpers/tempWorkbook.js';

/**
 * The møtereferat's own facts on a meeting (schema 9): stored as typed, refused when they are no
 * such thing, and found by search: the archive reference, kopi til, and
 * the møteleder's and referent's names, which follow a renamed person; kept when the file is reopened.
 */
describe('a meeting\'s minutes facts', () => {
  const tmp = useTempDir();

  it('stores them, refuses a time that is none, undoes them and finds the meeting by them', () => {
    const wb = tmp.track(newWorkbook(tmp.dir(), 'fakta.prosjektboka', { empty: true }));
    const chair = wb.commands.create('person', { name: 'Sigrun Haugvaldstad', affiliation: 'Drammen kommune' });
    const secretary = wb.commands.create('person', { name: 'Torbjørn Ekenes' });
    const meeting = wb.commands.create('meeting', { title: 'Styringsgruppemøte 1/2022', startsAt: '2022-01-12T13:00', type: 'steering_group' });
    wb.commands.update('meeting', meeting, {
      endTime: '15:00', chairId: chair, secretaryId: secretary, copyTo: ['Kulturutvalget i Indre Østfold'],
      nextMeetingAt: '2022-03-09', nextMeetingPlace: 'Askim bibliotek', approvedOn: '2022-03-09', approvedBy: 'Styringsgruppa', archiveRef: '22/04711-2',
    });
    expect(() => wb.commands.update('meeting', meeting, { endTime: '25:00' })).toThrow(/klokkeslett/);
    expect(() => wb.commands.update('meeting', meeting, { nextMeetingAt: '2022-02-30' })).toThrow();

    const found = (q: string) => wb.search.search(q, 50, ['meeting']).map((h) => h.id);
    for (const q of ['04711', 'Kulturutvalget', 'Haugvaldstad', 'Ekenes', 'Askim bibliotek']) expect(found(q), q).toEqual([meeting]);
    wb.commands.update('person', chair, { name: 'Sigrun Haugvaldstad-Berg' });
    expect(found('Haugvaldstad-Berg')).toEqual([meeting]);

    const again = tmp.track(reopen(wb));
    expect(again.records.get('meeting', meeting)!.fields).toMatchObject({
      endTime: '15:00', chairId: chair, copyTo: ['Kulturutvalget i Indre Østfold'], nextMeetingAt: '2022-03-09', archiveRef: '22/04711-2',
    });
  });
});
