import type { Kind, RecordOf } from '../../../shared/model/kinds';
import { call } from '../../api/client';
import { createLoadedStore, useLoaded } from '../../data/loadedStore';

export type PeriodRow = RecordOf<'period'>;
export type BudgetLineRow = RecordOf<'budget-line'>;
export type BudgetPlanRow = RecordOf<'budget-plan'>;
export type BudgetActualRow = RecordOf<'budget-actual'>;

export const BUDGET_KINDS: readonly Kind[] = ['period', 'budget-line', 'budget-plan', 'budget-actual'];

/** The budget's lines, planned amounts per project year and the actual amounts recorded. */
export const useBudgetStore = createLoadedStore(
  { periods: [] as PeriodRow[], lines: [] as BudgetLineRow[], plans: [] as BudgetPlanRow[], actuals: [] as BudgetActualRow[] },
  async () => {
    const [periods, lines, plans, actuals] = await Promise.all([
      call('listRecords', { kind: 'period' }),
      call('listRecords', { kind: 'budget-line' }),
      call('listRecords', { kind: 'budget-plan' }),
      call('listRecords', { kind: 'budget-actual' }),
    ]);
    return { periods, lines, plans, actuals };
  },
);

/** The budget store, reloaded whenever periods or budget records change. */
export function useBudgetData() {
  return useLoaded(useBudgetStore, BUDGET_KINDS);
}
