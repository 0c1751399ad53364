import type { WorkbookSnapshot } from './snapshot.js';

/**
 * When each risk was last assessed: the date of its latest dated assessment
 * (risk-assessment, one per risk and day: electron/workbook/riskAssessment.ts),
 * and the latest of those among the given risks, which a printout states as
 * the date the risk picture is «per». Risk assessments carry no version of
 * their own; a risk never assessed has no date.
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
