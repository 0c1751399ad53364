/**
 * Budget totals and balance, always derived from the lines, never stored:
 * a stored total could disagree with its lines after a sync.
 */
export interface BudgetLineInput {
  readonly id: string;
  readonly type: 'expense' | 'income';
}

export interface BudgetAmountInput {
  readonly lineId: string;
  readonly periodId: string;
  readonly amount: number;
}

export interface PeriodTotals {
  readonly periodId: string;
  readonly expenses: number;
  readonly income: number;
  /** income − expenses; 0 when the period balances. */
  readonly difference: number;
}

export interface BudgetTotals {
  readonly periods: PeriodTotals[];
  readonly expenses: number;
  readonly income: number;
  readonly difference: number;
  /** Expenses equal income overall and in every period. */
  readonly balanced: boolean;
}

export function budgetTotals(
  periodIds: readonly string[],
  lines: readonly BudgetLineInput[],
  amounts: readonly BudgetAmountInput[],
): BudgetTotals {
  const typeOf = new Map(lines.map((l) => [l.id, l.type]));
  const periods = periodIds.map((periodId) => {
    let expenses = 0;
    let income = 0;
    for (const a of amounts) {
      if (a.periodId !== periodId) continue;
      const type = typeOf.get(a.lineId);
      if (type === 'expense') expenses += a.amount;
      else if (type === 'income') income += a.amount;
    }
    return { periodId, expenses, income, difference: income - expenses };
  });
  const expenses = periods.reduce((s, p) => s + p.expenses, 0);
  const income = periods.reduce((s, p) => s + p.income, 0);
  return {
    periods,
    expenses,
    income,
    difference: income - expenses,
    balanced: periods.every((p) => p.difference === 0) && income === expenses,
  };
}

/** Sum of one line's planned amounts across periods (the plan's Totalbudsjett column). */
export function lineTotal(lineId: string, amounts: readonly BudgetAmountInput[]): number {
  return amounts.filter((a) => a.lineId === lineId).reduce((s, a) => s + a.amount, 0);
}
