import { spendingPace, type PaceStatus } from '../../rules/budgetProgress.js';
import { elapsedShare } from '../../rules/projectCalendar.js';
import type { WorkbookSnapshot } from '../snapshot.js';

/**
 * The budget per line against the plan and against the time elapsed, as of
 * the report period's end. Underspending is the plan's own risk 8 («Vi bruker
 * for lite penger første året»): the warning comes from the same pace rule as
 * the overview's (shared/rules/budgetProgress.ts), per project year, and each
 * expense line says whether it keeps pace with the time gone.
 */
export interface ReportBudgetLine {
  readonly description: string;
  readonly planned: number;
  /** Spent (an expense) or received (income) up to the period's end. */
  readonly actual: number;
  /** Whole percent of the plan. */
  readonly percent: number;
  /** Expenses only: behind the time elapsed by more than the tolerance, or over the plan. */
  readonly pace: 'behind' | 'on_track' | 'over' | null;
}

export interface ReportBudget {
  readonly asOf: string;
  /** Whole percent of the project's time gone by the period's end. */
  readonly elapsedPercent: number;
  readonly expenses: ReportBudgetLine[];
  readonly income: ReportBudgetLine[];
  readonly expenseTotal: { planned: number; actual: number; percent: number };
  readonly incomeTotal: { planned: number; actual: number; percent: number };
  /** Project years whose spending lags (risk 8) or exceeds the plan. */
  readonly warnings: { period: string; status: Exclude<PaceStatus, 'on_track' | 'not_started'>; expectedByNow: number; actual: number; shortfall: number }[];
}

const TOLERANCE = 0.2;

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((100 * part) / whole) : 0);

export function reportBudget(s: WorkbookSnapshot, asOf: string): ReportBudget {
  const project = s.project[0];
  const share = project ? elapsedShare(project, asOf) : 0;
  const periods = [...s.period].sort((a, b) => a.number - b.number);
  const lines = [...s['budget-line']].sort((a, b) => a.sortOrder - b.sortOrder);
  const row = (l: (typeof lines)[number]): ReportBudgetLine => {
    const planned = s['budget-plan'].filter((p) => p.lineId === l.id).reduce((sum, p) => sum + p.amount, 0);
    const actual = s['budget-actual'].filter((a) => a.lineId === l.id && a.date <= asOf).reduce((sum, a) => sum + a.amount, 0);
    const pace = l.type !== 'expense' ? null
      : actual > planned ? 'over'
        : share > 0 && planned > 0 && actual < planned * share * (1 - TOLERANCE) ? 'behind' : 'on_track';
    return { description: l.description, planned, actual, percent: percent(actual, planned), pace };
  };
  const expenses = lines.filter((l) => l.type === 'expense').map(row);
  const income = lines.filter((l) => l.type === 'income').map(row);
  const total = (rows: ReportBudgetLine[]) => {
    const planned = rows.reduce((a, r) => a + r.planned, 0);
    const actual = rows.reduce((a, r) => a + r.actual, 0);
    return { planned, actual, percent: percent(actual, planned) };
  };
  const paces = spendingPace(periods, lines, s['budget-plan'], s['budget-actual'], asOf, { tolerance: TOLERANCE });
  const warnings: ReportBudget['warnings'] = [];
  paces.forEach((p, i) => {
    if (p.status === 'lagging' || p.status === 'over_budget') {
      warnings.push({ period: periods[i]!.label, status: p.status, expectedByNow: p.expectedByNow, actual: p.actual, shortfall: p.shortfall });
    }
  });
  return {
    asOf, elapsedPercent: Math.round(100 * share), expenses, income,
    expenseTotal: total(expenses), incomeTotal: total(income), warnings,
  };
}
