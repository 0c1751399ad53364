import type { WorkbookSnapshot } from './snapshot.js';

/**
 * When each risk was last assessed: the date of its latest dated assessment
 * (risk-assessment, one per risk and day: electron/workbook/riskAssessment.ts),
 * and the latest of those among the given risks, which a printout states as
 * the date the risk picture is «per». A risk never assessed has no date.
 */
export function riskAssessedDates(s: Pick<WorkbookSnapshot, 'risk-assessment'>, riskIds: readonly string[]): {
  readonly byRisk: ReadonlyMap<string, string>;
  readonly latest: string | null;
} {
  const wanted = new Set(riskIds);
  const byRisk = new Map<string, string>();
  for (const a of s['risk-assessment']) {
    if (!wanted.has(a.riskId) || !a.date) continue;
    const before = byRisk.get(a.riskId);
    if (before === undefined || a.date > before) byRisk.set(a.riskId, a.date);
  }
  let latest: string | null = null;
  for (const d of byRisk.values()) if (latest === null || d > latest) latest = d;
  return { byRisk, latest };
}

/**
 * The risk assessment as a version: the register as assessed on a day is
 * «Vurdering 3, 12.05.2022», its number the count of distinct days on which
 * any risk was assessed, up to and including that day. Derived from the dated
 * assessments, nothing stored: a day's second change to a risk is the same
 * version, a new day is the next one.
 */
export interface AssessmentVersion {
  readonly number: number;
  readonly on: string;
}

/** The version of the assessment made on `on` (a date the printout states); null when nothing was assessed by then. */
export function assessmentVersion(s: Pick<WorkbookSnapshot, 'risk-assessment'>, on: string | null): AssessmentVersion | null {
  if (!on) return null;
  const days = new Set<string>();
  for (const a of s['risk-assessment']) if (a.date && a.date <= on) days.add(a.date);
  return days.size === 0 ? null : { number: days.size, on };
}

/** The latest assessment by a date (a report's period end; all of them without one). */
export function assessmentAsOf(s: Pick<WorkbookSnapshot, 'risk-assessment'>, upTo?: string): AssessmentVersion | null {
  let latest: string | null = null;
  for (const a of s['risk-assessment']) {
    if (a.date && (upTo === undefined || a.date <= upTo) && (latest === null || a.date > latest)) latest = a.date;
  }
  return assessmentVersion(s, latest);
}
