import { describe, expect, it } from 'vitest';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { assessmentAsOf, assessmentVersion } from '../../shared/report/riskAssessed.js';
import { REPORT_DOCUMENT_WORDS } from '../../shared/report/reportDocumentWords.js';
import { SNAPSHOT_KINDS, type WorkbookSnapshot } from '../../shared/report/snapshot.js';
import { riskParts, type PreviousRisk } from '../../shared/report/statusReport/risks.js';
import { assessmentSentence, firstReportSentence } from '../../shared/report/statusReport/riskText.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';

/**
 * The risks of a status report (shared/report/statusReport/risks.ts) on the seed plan, whose nine
 * risks the plan assessed on 01.09.2021, the project's start: a first report has nothing «new since
 * the previous report» but the risks added after the start, and says once that all are new; a later
 * report compares with the previous one's register. The register's assessment has a version.
 */
const { dir, track } = useTempDir();
const W = REPORT_DOCUMENT_WORDS.nb;
const date = (iso: string) => iso.split('-').reverse().join('.');

function snapshot(wb: Workbook): WorkbookSnapshot {
  const out: Record<string, unknown[]> = {};
  for (const kind of SNAPSHOT_KINDS) out[kind] = wb.records.list(kind).map((r) => ({ ...r.fields, id: r.id }));
  return out as WorkbookSnapshot;
}
const riskNo = (wb: Workbook, n: number) => wb.records.list('risk').find((r) => r.fields.number === n)!.id;

describe('a status report’s risks', () => {
  it('a first report lists none of the plan’s risks as new and says once that all are', () => {
    const wb = track(newWorkbook(dir()));
    const parts = riskParts(snapshot(wb), '2021-09-01', '2022-08-31', undefined);
    expect(parts.first).toBe(true);
    expect(parts.register.filter((r) => r.status !== 'closed')).toHaveLength(9);
    expect(parts.added).toEqual([]);
    expect(firstReportSentence(parts, W)).toBe('Første rapport, ingen tidligere rapport å sammenligne med: alle de 9 åpne risikoene er nye.');
    expect(parts.moved).toEqual([]);
  });

  it('a first report lists a risk added after the start as new, and counts moves from the start’s assessment', () => {
    const wb = track(newWorkbook(dir()));
    const added = wb.commands.create('risk', { title: 'Nøkkelperson slutter', probability: 3, consequence: 3 });
    wb.commands.assessRisk({ riskId: added, date: '2022-02-01', probability: 4 });
    wb.commands.assessRisk({ riskId: riskNo(wb, 1), date: '2021-11-15', probability: 2 });
    const parts = riskParts(snapshot(wb), '2021-09-01', '2022-08-31', undefined);
    expect(parts.added.map((r) => r.id)).toEqual([added]);
    expect(firstReportSentence(parts, W)).toBe('Første rapport, ingen tidligere rapport å sammenligne med: registeret er risikobildet fra oppstarten, og disse er lagt til etter den:');
    // Risk 1 moved from the plan's 4 × 4 of 01.09.2021; the added risk is new, not moved.
    expect(parts.moved.map((m) => [m.risk.number, m.before.probability, m.beforeOn, m.risk.probability])).toEqual([[1, 4, '2021-09-01', 2]]);
    // Added after the period: not new in it.
    expect(riskParts(snapshot(wb), '2021-09-01', '2021-12-31', undefined).added).toEqual([]);
  });

  it('a later report lists the risks its previous report did not have, and no sentence', () => {
    const wb = track(newWorkbook(dir()));
    const previous: PreviousRisk[] = riskParts(snapshot(wb), '2021-09-01', '2021-12-31', undefined).register;
    const added = wb.commands.create('risk', { title: 'Nøkkelperson slutter', probability: 3, consequence: 3 });
    const parts = riskParts(snapshot(wb), '2022-01-01', '2022-08-31', previous);
    expect(parts.first).toBe(false);
    expect(parts.added.map((r) => r.id)).toEqual([added]);
    expect(firstReportSentence(parts, W)).toBeNull();
  });

  it('numbers the assessment by its days: the plan’s is no. 1, each later day the next', () => {
    const wb = track(newWorkbook(dir()));
    expect(assessmentAsOf(snapshot(wb))).toEqual({ number: 1, on: '2021-09-01' });
    wb.commands.assessRisk({ riskId: riskNo(wb, 1), date: '2021-11-15', probability: 2 });
    wb.commands.assessRisk({ riskId: riskNo(wb, 2), date: '2021-11-15', probability: 2 });
    wb.commands.assessRisk({ riskId: riskNo(wb, 3), date: '2022-05-12', probability: 5 });
    const s = snapshot(wb);
    expect(assessmentAsOf(s)).toEqual({ number: 3, on: '2022-05-12' });
    expect(assessmentAsOf(s, '2022-01-31')).toEqual({ number: 2, on: '2021-11-15' });
    expect(assessmentAsOf(s, '2021-08-31')).toBeNull();
    expect(assessmentVersion(s, null)).toBeNull();
    const parts = riskParts(s, '2022-01-01', '2022-06-30', undefined);
    expect(assessmentSentence(parts, W, date)).toBe('Risikovurdering nr. 3 per 12.05.2022.');
    expect(assessmentSentence(riskParts(s, '2021-01-01', '2021-06-30', undefined), W, date)).toBe('Ingen risiko er vurdert ennå.');
  });
});
