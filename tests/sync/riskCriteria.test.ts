import { describe, expect, it } from 'vitest';
import { listConflicts } from '../../electron/sync/conflicts.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { decisionFields, riskCriteria, type CriteriaFields } from '../../shared/rules/riskCriteria.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';
import { dump, joinFrom, send } from './helpers.js';

/**
 * The risk acceptance criteria (issue 14) travel between installations: the
 * zone limits and names set and decided in Drammen hold in Mysen with who
 * decided and when, and a change made in Mysen after the decision makes them a
 * proposal again in both places.
 */
describe('risk acceptance criteria between installations', () => {
  const tmp = useTempDir();

  async function pair(): Promise<{ drammen: Workbook; mysen: Workbook }> {
    const drammen = tmp.track(newWorkbook(tmp.dir(), 'drammen.prosjektboka', { replicaName: 'Drammen' }));
    const mysen = tmp.track(await joinFrom(drammen, tmp.dir(), 'mysen', 'Indre Østfold – Mysen bibliotek'));
    return { drammen, mysen };
  }
  const project = (wb: Workbook) => wb.records.list('project')[0]!;
  const criteriaOf = (wb: Workbook) => riskCriteria(project(wb).fields as CriteriaFields);

  it('a decision made in Drammen arrives in Mysen with the limits, the names, who and when', async () => {
    const { drammen, mysen } = await pair();
    const id = project(drammen).id;
    const leader = drammen.records.list('person')[0]!.id;
    drammen.commands.update('project', id, {
      riskZones: [{ from: 1, to: 3 }, { from: 4, to: 9 }, { from: 10, to: 25 }], riskZoneLabels: 'dsb',
    });
    drammen.commands.update('project', id, decisionFields(criteriaOf(drammen), '2022-03-15', leader, 'Styringsgruppa'));
    expect(criteriaOf(mysen).decision).toBeNull();

    await send(drammen, mysen);
    const there = criteriaOf(mysen);
    expect(there.bands).toEqual([{ from: 1, to: 3 }, { from: 4, to: 9 }, { from: 10, to: 25 }]);
    expect(there.labels).toBe('dsb');
    expect(there.decision).toEqual({ on: '2022-03-15', byId: leader, by: 'Styringsgruppa' });
    expect(there.changedSinceDecision).toBe(false);
    expect(dump(mysen)).toBe(dump(drammen));

    // Mysen moves the red limit afterwards: a proposal again, in Drammen too once the change arrives.
    mysen.commands.update('project', id, { riskZones: [{ from: 1, to: 3 }, { from: 4, to: 8 }, { from: 9, to: 25 }] });
    expect(criteriaOf(mysen)).toMatchObject({ decision: null, changedSinceDecision: true });
    await send(mysen, drammen);
    expect(criteriaOf(drammen)).toMatchObject({ decision: null, changedSinceDecision: true });
    expect(criteriaOf(drammen).bands).toEqual([{ from: 1, to: 3 }, { from: 4, to: 8 }, { from: 9, to: 25 }]);
    expect(listConflicts(drammen)).toEqual([]);
    expect(dump(mysen)).toBe(dump(drammen));
  });

  it('limits changed in both places meet as one value: one set of limits wins everywhere, never a mix of the two', async () => {
    const { drammen, mysen } = await pair();
    const id = project(drammen).id;
    drammen.commands.update('project', id, { riskZones: [{ from: 1, to: 3 }, { from: 4, to: 9 }, { from: 10, to: 25 }] });
    mysen.commands.update('project', id, { riskZones: [{ from: 1, to: 5 }, { from: 6, to: 12 }, { from: 15, to: 25 }] });
    await send(drammen, mysen);
    await send(mysen, drammen);
    expect(dump(mysen)).toBe(dump(drammen));
    const bands = criteriaOf(drammen).bands;
    expect([
      JSON.stringify([{ from: 1, to: 3 }, { from: 4, to: 9 }, { from: 10, to: 25 }]),
      JSON.stringify([{ from: 1, to: 5 }, { from: 6, to: 12 }, { from: 15, to: 25 }]),
    ]).toContain(JSON.stringify(bands));
    expect(listConflicts(drammen).map((c) => c.field)).toEqual(['riskZones']);
  });
});
