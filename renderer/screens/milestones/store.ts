import { useEffect } from 'react';
import { create } from 'zustand';
import type { Kind, RecordOf } from '../../../shared/model/kinds';
import { call } from '../../api/client';
import { useKindsVersion } from '../../data/changes';
import type { PeriodRow } from '../budget/store';

export type MilestoneRow = RecordOf<'milestone'>;

interface MilestoneState {
  periods: PeriodRow[];
  milestones: MilestoneRow[];
  loaded: boolean;
  error?: string;
  load(): Promise<void>;
}

export const MILESTONE_KINDS: readonly Kind[] = ['period', 'milestone'];

let latestLoad = 0;

/** The milestone plan and the project years it is split into. */
export const useMilestoneStore = create<MilestoneState>((set) => ({
  periods: [],
  milestones: [],
  loaded: false,
  async load() {
    const mine = ++latestLoad;
    try {
      const [periods, milestones] = await Promise.all([
        call('listRecords', { kind: 'period' }),
        call('listRecords', { kind: 'milestone' }),
      ]);
      if (mine !== latestLoad) return;
      set({
        periods: periods as unknown as PeriodRow[],
        milestones: milestones as unknown as MilestoneRow[],
        loaded: true,
        error: undefined,
      });
    } catch (e) {
      if (mine === latestLoad) set({ error: e instanceof Error ? e.message : String(e) });
    }
  },
}));

export function useMilestoneData() {
  const state = useMilestoneStore();
  const version = useKindsVersion(...MILESTONE_KINDS);
  const { load } = state;
  useEffect(() => {
    void load();
  }, [load, version]);
  return state;
}
