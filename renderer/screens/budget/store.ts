import { useEffect } from 'react';
import { create } from 'zustand';
import type { Kind, RecordOf } from '../../../shared/model/kinds';
import { call } from '../../api/client';
import { useKindsVersion } from '../../data/changes';

export type PeriodRow = RecordOf<'period'>;
export type BudgetLineRow = RecordOf<'budget-line'>;
export type BudgetPlanRow = RecordOf<'budget-plan'>;
export type BudgetActualRow = RecordOf<'budget-actual'>;

interface BudgetState {
  periods: PeriodRow[];
  lines: BudgetLineRow[];
  plans: BudgetPlanRow[];
  actuals: BudgetActualRow[];
  loaded: boolean;
  error?: string;
  load(): Promise<void>;
}

export const BUDGET_KINDS: readonly Kind[] = ['period', 'budget-line', 'budget-plan', 'budget-actual'];

// Loads can overlap when several writes land in a row; only the latest may set the state.
let latestLoad = 0;

/** The budget's lines, planned amounts per project year and the actual amounts recorded. */
export const useBudgetStore = create<BudgetState>((set) => ({
  periods: [],
  lines: [],
  plans: [],
  actuals: [],
  loaded: false,
  async load() {
    const mine = ++latestLoad;
    try {
      const [periods, lines, plans, actuals] = await Promise.all([
        call('listRecords', { kind: 'period' }),
        call('listRecords', { kind: 'budget-line' }),
        call('listRecords', { kind: 'budget-plan' }),
        call('listRecords', { kind: 'budget-actual' }),
      ]);
      if (mine !== latestLoad) return;
      set({
        periods: periods as unknown as PeriodRow[],
        lines: lines as unknown as BudgetLineRow[],
        plans: plans as unknown as BudgetPlanRow[],
        actuals: actuals as unknown as BudgetActualRow[],
        loaded: true,
        error: undefined,
      });
    } catch (e) {
      if (mine === latestLoad) set({ error: e instanceof Error ? e.message : String(e) });
    }
  },
}));

/** The budget store, reloaded whenever periods or budget records change. */
export function useBudgetData() {
  const state = useBudgetStore();
  const version = useKindsVersion(...BUDGET_KINDS);
  const { load } = state;
  useEffect(() => {
    void load();
  }, [load, version]);
  return state;
}
