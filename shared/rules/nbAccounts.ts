import type { FundingSource } from '../model/enums.js';
import type { BudgetAmountInput } from './budget.js';
import { actualsByPeriod, type ActualInput } from './budgetProgress.js';
import { needsDeviationComment, NB_DEVIATION_THRESHOLD, type DeviationThreshold } from './budgetDeviation.js';
import { fundingKindOf, type FundingKind } from './fundingSource.js';
import type { DatedPeriod } from './projectCalendar.js';

/**
 * Nasjonalbiblioteket's accounts (regnskap): each budget line's budget against what was recorded
 * (budget-actual records, placed in the project year their date falls in), per project year and in
 * total, with the difference and the line's share of its side. Derived, never stored, like the
 * budget totals. Difference = actual − budget: positive is more spent (or received) than budgeted.
 */
export interface AccountsLineInput {
  readonly id: string;
  readonly type: 'expense' | 'income';
  readonly description: string;
  readonly sortOrder?: number;
  readonly deviationComment?: string;
  readonly funding?: FundingSource;
}

export interface AccountsCell {
  readonly budget: number;
  readonly actual: number;
  /** actual − budget. */
  readonly difference: number;
  /** Off by more than the threshold (shared/rules/budgetDeviation.ts). */
  readonly deviates: boolean;
}

export interface AccountsLine extends AccountsCell {
  readonly lineId: string;
  readonly type: 'expense' | 'income';
  readonly description: string;
  /** Income only: egeninnsats, the grant or other. */
  readonly funding: FundingKind | undefined;
  /** One cell per period, in the order the periods were given. */
  readonly periods: readonly (AccountsCell & { readonly periodId: string })[];
  /** Share (0–1) of the side's total budget, and of its total actual; 0 when the side's total is 0. */
  readonly budgetShare: number;
  readonly actualShare: number;
  readonly comment: string;
  /** Deviates over the reported periods and has no comment yet. */
  readonly commentMissing: boolean;
}

export interface AccountsSide extends AccountsCell {
  readonly lines: readonly AccountsLine[];
  readonly periods: readonly (AccountsCell & { readonly periodId: string })[];
}

export interface NbAccounts {
  readonly periodIds: readonly string[];
  readonly expenses: AccountsSide;
  readonly income: AccountsSide;
  /** Recorded amounts dated outside every project year: counted in no year and no total, shown apart. */
  readonly outside: readonly ActualInput[];
  readonly threshold: DeviationThreshold;
}

export interface AccountsOptions {
  readonly threshold?: DeviationThreshold;
  /** Only amounts dated on or before this day (a report «per 31.08.2022»). */
  readonly upTo?: string;
  /** Only these periods (a yearly report); the totals are then of these periods. Default: all. */
  readonly periodIds?: readonly string[];
}

export function nbAccounts(
  periods: readonly DatedPeriod[],
  lines: readonly AccountsLineInput[],
  plans: readonly BudgetAmountInput[],
  actuals: readonly ActualInput[],
  options: AccountsOptions = {},
): NbAccounts {
  const threshold = options.threshold ?? NB_DEVIATION_THRESHOLD;
  const chosen = options.periodIds ? periods.filter((p) => options.periodIds!.includes(p.id)) : periods;
  const periodIds = chosen.map((p) => p.id);
  const dated = options.upTo ? actuals.filter((a) => a.date <= options.upTo!) : actuals;
  // Placed among all periods, so an amount in a year not reported is not mistaken for one outside the project.
  const placed = actualsByPeriod(periods, dated);
  const sumOf = (amounts: readonly BudgetAmountInput[], lineId: string, periodId: string) =>
    amounts.filter((a) => a.lineId === lineId && a.periodId === periodId).reduce((s, a) => s + a.amount, 0);
  const cell = (budget: number, actual: number): AccountsCell => ({
    budget, actual, difference: actual - budget, deviates: needsDeviationComment(budget, actual, threshold),
  });

  const side = (type: 'expense' | 'income'): AccountsSide => {
    const ofType = lines
      .filter((l) => l.type === type)
      .sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0));
    const rows = ofType.map((l) => {
      const cells = periodIds.map((periodId) => ({ periodId, ...cell(sumOf(plans, l.id, periodId), sumOf(placed.amounts, l.id, periodId)) }));
      const total = cell(cells.reduce((s, c) => s + c.budget, 0), cells.reduce((s, c) => s + c.actual, 0));
      return { l, cells, total };
    });
    const budget = rows.reduce((s, r) => s + r.total.budget, 0);
    const actual = rows.reduce((s, r) => s + r.total.actual, 0);
    const accountsLines: AccountsLine[] = rows.map(({ l, cells, total }) => {
      const comment = l.deviationComment ?? '';
      return {
        lineId: l.id,
        type,
        description: l.description,
        funding: fundingKindOf(l),
        ...total,
        periods: cells,
        budgetShare: budget > 0 ? total.budget / budget : 0,
        actualShare: actual > 0 ? total.actual / actual : 0,
        comment,
        commentMissing: total.deviates && comment.trim() === '',
      };
    });
    const sidePeriods = periodIds.map((periodId, i) => ({
      periodId,
      ...cell(rows.reduce((s, r) => s + r.cells[i]!.budget, 0), rows.reduce((s, r) => s + r.cells[i]!.actual, 0)),
    }));
    return { lines: accountsLines, periods: sidePeriods, ...cell(budget, actual) };
  };

  return { periodIds, expenses: side('expense'), income: side('income'), outside: placed.outside, threshold };
}
