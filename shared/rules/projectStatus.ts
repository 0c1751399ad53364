import type { BudgetTotals } from './budget.js';
import type { PeriodPace } from './budgetProgress.js';
import { isMilestoneLate, type MilestoneTiming } from './projectCalendar.js';
import { riskZone, type ZoneBands } from './riskMatrix.js';

/**
 * The overview's green/yellow/red status for milestones, budget and risks.
 * Each result carries the facts the UI writes out in words ("Gul: 2
 * milepæler forsinket"), so the colour is never the only message.
 */
export type Light = 'green' | 'yellow' | 'red';

export interface MilestoneStatus {
  readonly light: Light;
  readonly late: number;
  readonly total: number;
}

/** Green: none late. Yellow: one or two late (the plan calls itself a guide). Red: three or more. */
export function milestoneStatus(milestones: readonly MilestoneTiming[], today: string): MilestoneStatus {
  const late = milestones.filter((m) => isMilestoneLate(m, today)).length;
  return { light: late === 0 ? 'green' : late <= 2 ? 'yellow' : 'red', late, total: milestones.length };
}

export type BudgetStatus =
  | { light: 'red'; reason: 'unbalanced'; difference: number }
  | { light: 'red'; reason: 'over_budget'; periodIds: string[] }
  | { light: 'yellow'; reason: 'lagging'; periodIds: string[]; shortfall: number }
  | { light: 'green'; reason: 'ok' };

/**
 * Red when the plan does not balance or a year has spent more than planned;
 * yellow when spending lags the plan (the plan's risk 8); green otherwise.
 */
export function budgetStatus(totals: BudgetTotals, pace: readonly PeriodPace[]): BudgetStatus {
  if (!totals.balanced) {
    // The overall difference can be 0 while single years disagree; then name the first year's.
    const difference = totals.difference !== 0
      ? totals.difference
      : (totals.periods.find((p) => p.difference !== 0)?.difference ?? 0);
    return { light: 'red', reason: 'unbalanced', difference };
  }
  const over = pace.filter((p) => p.status === 'over_budget');
  if (over.length > 0) return { light: 'red', reason: 'over_budget', periodIds: over.map((p) => p.periodId) };
  const lagging = pace.filter((p) => p.status === 'lagging');
  if (lagging.length > 0) {
    return {
      light: 'yellow',
      reason: 'lagging',
      periodIds: lagging.map((p) => p.periodId),
      shortfall: lagging.reduce((s, p) => s + p.shortfall, 0),
    };
  }
  return { light: 'green', reason: 'ok' };
}

export interface ScoredRisk {
  readonly probability: number;
  readonly consequence: number;
  readonly status: string;
}

export interface RiskStatus {
  readonly light: Light;
  readonly red: number;
  readonly yellow: number;
}

/** The worst zone among risks not closed: any red risk makes the status red. */
export function riskStatus(risks: readonly ScoredRisk[], bands: ZoneBands): RiskStatus {
  const active = risks.filter((r) => r.status !== 'closed');
  const red = active.filter((r) => riskZone(r.probability, r.consequence, bands) === 'red').length;
  const yellow = active.filter((r) => riskZone(r.probability, r.consequence, bands) === 'yellow').length;
  return { light: red > 0 ? 'red' : yellow > 0 ? 'yellow' : 'green', red, yellow };
}

export interface ActionLike {
  readonly status: string;
  readonly dueDate: string | null;
}

/** Open = not done and not cancelled. Overdue = open with a due date before today. */
export function isActionOpen(a: ActionLike): boolean {
  return a.status === 'open' || a.status === 'in_progress';
}

export function isActionOverdue(a: ActionLike, today: string): boolean {
  return isActionOpen(a) && a.dueDate !== null && a.dueDate < today;
}
