import { useEffect } from 'react';
import { create } from 'zustand';
import type { Kind, RecordOf } from '../../../shared/model/kinds';
import { call } from '../../api/client';
import { useKindsVersion } from '../../data/changes';

export type ProjectRow = RecordOf<'project'>;
export type ActionRow = RecordOf<'action'>;
export type RiskRow = RecordOf<'risk'>;

interface OverviewState {
  project?: ProjectRow;
  actions: ActionRow[];
  risks: RiskRow[];
  loaded: boolean;
  error?: string;
  load(): Promise<void>;
}

/** What the overview reads besides the budget and milestone stores it shares with those screens. */
export const OVERVIEW_KINDS: readonly Kind[] = ['project', 'action', 'risk'];

let latestLoad = 0;

export const useOverviewStore = create<OverviewState>((set) => ({
  actions: [],
  risks: [],
  loaded: false,
  async load() {
    const mine = ++latestLoad;
    try {
      const [projects, actions, risks] = await Promise.all([
        call('listRecords', { kind: 'project' }),
        call('listRecords', { kind: 'action' }),
        call('listRecords', { kind: 'risk' }),
      ]);
      if (mine !== latestLoad) return;
      set({
        project: projects[0] as unknown as ProjectRow | undefined,
        actions: actions as unknown as ActionRow[],
        risks: risks as unknown as RiskRow[],
        loaded: true,
        error: undefined,
      });
    } catch (e) {
      if (mine === latestLoad) set({ error: e instanceof Error ? e.message : String(e) });
    }
  },
}));

export function useOverviewData() {
  const state = useOverviewStore();
  const version = useKindsVersion(...OVERVIEW_KINDS);
  const { load } = state;
  useEffect(() => {
    void load();
  }, [load, version]);
  return state;
}
