import type { RiskStatus } from '../../model/enums.js';
import { riskScore, riskZone, type Zone } from '../../rules/riskMatrix.js';
import { byId, type WorkbookSnapshot } from '../snapshot.js';
import { riskCriteria, type ZoneBands } from '../../rules/riskCriteria.js';
import { assessmentAsOf, type AssessmentVersion } from '../riskAssessed.js';

/**
 * The risks since the previous report: new, moved (before → after) and
 * closed, read from the risks' dated assessments (and, when there is one,
 * the previous published report's own register, which is what the steering
 * group saw), beside the register of open risks with owner and assessment date.
 *
 * A first report (no previous published report) has nothing to compare with:
 * its register is the starting risk picture, every risk in it new to the
 * reader, so the printout says so once instead of listing the register twice.
 * «New» there are only the risks added during the period after the start: first
 * assessed after the start day (the later of the project's start and the first
 * day any risk was assessed, the plan's own assessment). Moves in a first
 * report count from the last assessment before the period, or else from the
 * start day's. The workbook dates assessments, not additions: a risk added and
 * never assessed is not told apart in a first report; a later report finds it
 * by the previous report's register.
 */
export interface RiskScore {
  readonly probability: number;
  readonly consequence: number;
  readonly score: number;
  readonly zone: Zone;
}

export interface ReportRisk extends RiskScore {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly measures: string;
  readonly owner: string;
  readonly status: RiskStatus;
  /** The date of its latest assessment by the period's end; null when it was never assessed. */
  readonly assessedOn: string | null;
}

export interface RiskParts {
  /** Every risk, closed ones too (the next report compares against it); a printout lists the open ones. */
  readonly register: ReportRisk[];
  /** New since the previous published report; none in a first report (see `first`). */
  readonly added: ReportRisk[];
  readonly moved: { risk: ReportRisk; before: RiskScore; beforeOn: string | null }[];
  readonly closed: ReportRisk[];
  /**
   * No previous published report: the register is the starting picture, all of it new.
   * Absent in reports published before it was added (they listed every risk first assessed in the period as new).
   */
  readonly first?: boolean;
  /** The assessment the register is as of by the period's end («Vurdering 3, 12.05.2022»); absent in older published reports. */
  readonly assessment?: AssessmentVersion | null;
}

/** The register row of a previous report's snapshot: what this part needs of it. */
export interface PreviousRisk {
  readonly id: string;
  readonly status: RiskStatus;
  readonly probability: number;
  readonly consequence: number;
  readonly assessedOn: string | null;
}

const scorer = (bands: ZoneBands) => (probability: number, consequence: number): RiskScore => ({
  probability, consequence, score: riskScore(probability, consequence), zone: riskZone(probability, consequence, bands),
});

export function riskParts(s: WorkbookSnapshot, from: string, to: string, previous: readonly PreviousRisk[] | undefined): RiskParts {
  const people = byId(s.person);
  // Zones by the workbook's own acceptance criteria (shared/rules/riskCriteria.ts).
  const scoreOf = scorer(riskCriteria(s.project[0]).bands);
  const assessments = [...s['risk-assessment']].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  const first = previous === undefined;
  const startDay = [s.project[0]?.startDate ?? '', assessments[0]?.date ?? ''].reduce((a, b) => (a > b ? a : b));
  const register = [...s.risk].sort((a, b) => a.number - b.number).map((r): ReportRisk & { firstOn: string | null; before: { on: string; score: RiskScore } | null } => {
    const own = assessments.filter((a) => a.riskId === r.id);
    const upTo = own.filter((a) => a.date <= to);
    const latest = upTo[upTo.length - 1];
    const atStart = first && own[0] && own[0].date <= startDay ? own[0] : undefined;
    const prior = own.filter((a) => a.date < from).pop() ?? atStart;
    return {
      id: r.id, number: r.number, title: r.title, measures: r.measures,
      owner: r.ownerId ? (people.get(r.ownerId)?.name ?? '') : '', status: r.status,
      ...scoreOf(r.probability, r.consequence),
      assessedOn: latest?.date ?? null,
      firstOn: own[0]?.date ?? null,
      before: prior ? { on: prior.date, score: scoreOf(prior.probability, prior.consequence) } : null,
    };
  });
  const before = previous ? new Map(previous.map((p) => [p.id, p])) : undefined;
  const plain = ({ firstOn: _f, before: _b, ...r }: (typeof register)[number]): ReportRisk => r;
  const inPeriod = (d: string | null) => d !== null && from <= d && d <= to;
  const addedNow = (r: (typeof register)[number]) => (before ? !before.has(r.id) : r.firstOn !== null && r.firstOn > startDay && inPeriod(r.firstOn));
  const added = register.filter((r) => r.status !== 'closed' && addedNow(r));
  const closed = register.filter((r) => r.status === 'closed' && (before ? before.has(r.id) && before.get(r.id)!.status !== 'closed' : inPeriod(r.assessedOn)));
  const moved: RiskParts['moved'] = [];
  for (const r of register) {
    if (r.status === 'closed' || added.includes(r)) continue;
    const was = before?.get(r.id);
    const then = was ? { on: was.assessedOn, score: scoreOf(was.probability, was.consequence) } : r.before;
    if (then && (then.score.probability !== r.probability || then.score.consequence !== r.consequence)) {
      moved.push({ risk: plain(r), before: then.score, beforeOn: then.on });
    }
  }
  return {
    register: register.map(plain),
    added: added.map(plain),
    moved,
    closed: closed.map(plain),
    first,
    assessment: assessmentAsOf(s, to),
  };
}
