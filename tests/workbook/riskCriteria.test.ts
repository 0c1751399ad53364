import { describe, expect, it } from 'vitest';
import { decisionFields, riskCriteria, type CriteriaFields } from '../../shared/rules/riskCriteria.js';
import { newWorkbook, reopen, useTempDir } from '../helpers/tempWorkbook.js';

/** The acceptance criteria live in the workbook file, on the project (schema 9). */
describe('risk acceptance criteria in the workbook', () => {
  const tmp = useTempDir();

  it('a new workbook holds today\'s zones as a proposal; «Vedta» records who and when, and it survives reopening', () => {
    let wb = tmp.track(newWorkbook(tmp.dir()));
    const project = () => wb.records.list('project')[0]!;
    expect(riskCriteria(project().fields as CriteriaFields).decision).toBeNull();
    const leader = wb.records.list('person')[0]!.id;
    const zones = [{ from: 1, to: 3 }, { from: 4, to: 10 }, { from: 12, to: 25 }];
    wb.commands.update('project', project().id, { riskZones: zones, riskZoneLabels: 'dsb' });
    const proposed = riskCriteria(project().fields as CriteriaFields);
    wb.commands.update('project', project().id, decisionFields(proposed, '2022-05-12', leader, 'Styringsgruppa'));
    wb = tmp.track(reopen(wb));
    const c = riskCriteria(project().fields as CriteriaFields);
    expect(c.bands).toEqual(zones);
    expect(c.labels).toBe('dsb');
    expect(c.decision).toEqual({ on: '2022-05-12', byId: leader, by: 'Styringsgruppa' });
  });

  it('overlapping thresholds are refused and the workbook keeps what it had', () => {
    const wb = tmp.track(newWorkbook(tmp.dir()));
    const id = wb.records.list('project')[0]!.id;
    expect(() => wb.commands.update('project', id, { riskZones: [{ from: 1, to: 6 }, { from: 5, to: 12 }, { from: 15, to: 25 }] }))
      .toThrow(/overlapper/);
    expect(riskCriteria(wb.records.get('project', id)!.fields as CriteriaFields).bands[0]).toEqual({ from: 1, to: 4 });
  });
});
