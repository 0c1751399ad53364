import type { BudgetAmountInput, BudgetLineInput } from './budget.js';
import { elapsedShare, periodOfDate, type DatedPeriod } from './projectCalendar.js';

/**
 * Planned against actual: what the budget said a project year would cost,
 * what has been recorded as spent, and whether spending keeps pace. The plan
 * names this risk itself (risk 8: "Vi bruker for lite penger første året og
 * får mindre søknadsstøtte i prosjektår 2"), so the warning is a rule here,
 * not a judgement in a component.
 */
export interface ActualInput {
  readonly lineId: string;
  readonly date: string;
  readonly amount: number;
}

export interface ActualsByPeriod {
  /** Actual amounts summed per line and period, shaped like the planned ones so budgetTotals() reads both. */
  readonly amounts: BudgetAmountInput[];
  /** Entries dated outside every period: shown to the user, counted in no year. */
  readonly outside: ActualInput[];
}

/**
 * Puts each recorded amount in the project year its date falls in (the
 * later-starting year where the plan's years overlap, see periodOfDate).
 */
export function actualsByPeriod(periods: readonly DatedPeriod[], actuals: readonly ActualInput[]): ActualsByPeriod {
  const sums = new Map<string, BudgetAmountInput>();
  const outside: ActualInput[] = [];
  for (const a of actuals) {
    const period = periodOfDate(periods, a.date);
    if (!period) {
      outside.push(a);
      continue;
    }
    const key = `${a.lineId}\u0000${period.id}`;
    const prev = sums.get(key);
    sums.set(key, { lineId: a.lineId, periodId: period.id, amount: (prev?.amount ?? 0) + a.amount });
  }
  return { amounts: [...sums.values()], outside };
}

export type PaceStatus = 'not_started' | 'on_track' | 'lagging' | 'over_budget';

export interface PeriodPace {
  readonly periodId: string;
  /** 0–1: how much of the period has passed by the end of today. */
  readonly elapsedShare: number;
  /** Planned expenses for the whole period. */
  readonly planned: number;
  /** Planned expenses × elapsed share, rounded to whole kroner: what "on plan" would have spent by now. */
  readonly expectedByNow: number;
  /** Expenses recorded in the period, dated today or earlier. */
  readonly actual: number;
  /** expectedByNow − actual when positive, else 0. */
  readonly shortfall: number;
  readonly status: PaceStatus;
}

export interface PaceOptions {
  /** Share of the expected spending that may be missing before we warn (default 0.2: more than 20 % behind). */
  readonly tolerance?: number;
  /**
   * No warning before this share of the period has passed (default 1/12,
   * about a month): in the first weeks a single unbooked invoice would
   * otherwise raise the alarm.
   */
  readonly minElapsedShare?: number;
}

/**
 * Spending pace per period, for expense lines only (income is not "spent").
 * Lagging: actual < expectedByNow × (1 − tolerance), once enough of the
 * period has passed. Over budget: more spent than planned for the whole
 * period, which outranks lagging.
 */
export function spendingPace(
  periods: readonly DatedPeriod[],
  lines: readonly BudgetLineInput[],
  plans: readonly BudgetAmountInput[],
  actuals: readonly ActualInput[],
  today: string,
  options: PaceOptions = {},
): PeriodPace[] {
  const tolerance = options.tolerance ?? 0.2;
  const minElapsed = options.minElapsedShare ?? 1 / 12;
  const expenseLines = new Set(lines.filter((l) => l.type === 'expense').map((l) => l.id));
  const spentSoFar = actualsByPeriod(
    periods,
    actuals.filter((a) => expenseLines.has(a.lineId) && a.date <= today),
  ).amounts;

  return periods.map((period) => {
    const sum = (amounts: readonly BudgetAmountInput[]) =>
      amounts
        .filter((a) => a.periodId === period.id && expenseLines.has(a.lineId))
        .reduce((s, a) => s + a.amount, 0);
    const planned = sum(plans);
    const actual = sum(spentSoFar);
    const share = elapsedShare(period, today);
    const expectedByNow = Math.round(planned * share);
    const shortfall = Math.max(0, expectedByNow - actual);
    let status: PaceStatus;
    if (actual > planned) status = 'over_budget';
    else if (share === 0) status = 'not_started';
    else if (share >= minElapsed && planned > 0 && actual < expectedByNow * (1 - tolerance)) status = 'lagging';
    else status = 'on_track';
    return { periodId: period.id, elapsedShare: share, planned, expectedByNow, actual, shortfall, status };
  });
}

/** Whole percent of `part` in `whole`, for "45 % brukt"; 0 when nothing was planned. */
export function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}
