import { budgetTotals, lineTotal, type BudgetAmountInput, type BudgetTotals } from '../../../shared/rules/budget';
import { actualsByPeriod, spendingPace, type ActualInput, type PeriodPace } from '../../../shared/rules/budgetProgress';
import { nbAccounts, type AccountsLine, type NbAccounts } from '../../../shared/rules/nbAccounts';
import { periodOverlaps, type PeriodOverlap } from '../../../shared/rules/projectCalendar';
import { reportedPeriodIds } from '../../../shared/report/nbAccountsReport';
import type { BudgetActualRow, BudgetLineRow, BudgetPlanRow, PeriodRow } from './store';

/**
 * Everything the budget screen and the overview derive from the stored
 * records, in one place, by calling the shared rules. Nothing here is stored.
 */
export interface BudgetFigures {
  readonly periods: PeriodRow[];
  readonly expenseLines: BudgetLineRow[];
  readonly incomeLines: BudgetLineRow[];
  readonly plannedAmounts: BudgetAmountInput[];
  readonly planned: BudgetTotals;
  readonly actualAmounts: BudgetAmountInput[];
  readonly actual: BudgetTotals;
  /** Actual entries dated outside every project year. */
  readonly outside: ActualInput[];
  readonly pace: PeriodPace[];
  readonly overlaps: PeriodOverlap[];
  /**
   * Nasjonalbiblioteket's accounts as they would print today (the print view `accounts`): the
   * project years ended by today (or, before any has, those begun), amounts up to today. Says
   * which lines deviate enough to need a comment (shared/rules/budgetDeviation.ts).
   */
  readonly accounts: NbAccounts;
  accountsLine(lineId: string): AccountsLine | undefined;
  planRecord(lineId: string, periodId: string): BudgetPlanRow | undefined;
  plannedOf(lineId: string, periodId: string): number;
  actualOf(lineId: string, periodId: string): number;
  plannedLineTotal(lineId: string): number;
  actualLineTotal(lineId: string): number;
}

export function budgetFigures(
  data: { periods: PeriodRow[]; lines: BudgetLineRow[]; plans: BudgetPlanRow[]; actuals: BudgetActualRow[] },
  today: string,
): BudgetFigures {
  const periods = [...data.periods].sort((a, b) => a.number - b.number);
  const periodIds = periods.map((p) => p.id);
  const lines = [...data.lines].sort((a, b) => a.sortOrder - b.sortOrder);
  const lineInputs = lines.map((l) => ({ id: l.id, type: l.type }));
  const plannedAmounts = data.plans.map((p) => ({ lineId: p.lineId, periodId: p.periodId, amount: p.amount }));
  const actualInputs = data.actuals.map((a) => ({ lineId: a.lineId, date: a.date, amount: a.amount }));
  const { amounts: actualAmounts, outside } = actualsByPeriod(periods, actualInputs);
  const sumOf = (amounts: BudgetAmountInput[], lineId: string, periodId: string) =>
    amounts.filter((a) => a.lineId === lineId && a.periodId === periodId).reduce((s, a) => s + a.amount, 0);
  const accounts = nbAccounts(periods, lines, plannedAmounts, actualInputs, { periodIds: reportedPeriodIds(periods, today), upTo: today });
  const accountsLines = [...accounts.expenses.lines, ...accounts.income.lines];
  return {
    periods,
    expenseLines: lines.filter((l) => l.type === 'expense'),
    incomeLines: lines.filter((l) => l.type === 'income'),
    plannedAmounts,
    planned: budgetTotals(periodIds, lineInputs, plannedAmounts),
    actualAmounts,
    actual: budgetTotals(periodIds, lineInputs, actualAmounts),
    outside,
    pace: spendingPace(periods, lineInputs, plannedAmounts, actualInputs, today),
    overlaps: periodOverlaps(periods),
    accounts,
    accountsLine: (lineId) => accountsLines.find((l) => l.lineId === lineId),
    planRecord: (lineId, periodId) => data.plans.find((p) => p.lineId === lineId && p.periodId === periodId),
    plannedOf: (lineId, periodId) => sumOf(plannedAmounts, lineId, periodId),
    actualOf: (lineId, periodId) => sumOf(actualAmounts, lineId, periodId),
    plannedLineTotal: (lineId) => lineTotal(lineId, plannedAmounts),
    actualLineTotal: (lineId) => lineTotal(lineId, actualAmounts),
  };
}
