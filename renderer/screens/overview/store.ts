import type { Kind, RecordOf } from '../../../shared/model/kinds';
import { call } from '../../api/client';
import { createLoadedStore, useLoaded } from '../../data/loadedStore';

export type ProjectRow = RecordOf<'project'>;
export type ActionRow = RecordOf<'action'>;
export type RiskRow = RecordOf<'risk'>;

/** What the overview reads besides the budget and milestone stores it shares with those screens. */
export const OVERVIEW_KINDS: readonly Kind[] = ['project', 'action', 'risk'];

export const useOverviewStore = createLoadedStore(
  { project: undefined as ProjectRow | undefined, actions: [] as ActionRow[], risks: [] as RiskRow[] },
  async () => {
    const [projects, actions, risks] = await Promise.all([
      call('listRecords', { kind: 'project' }),
      call('listRecords', { kind: 'action' }),
      call('listRecords', { kind: 'risk' }),
    ]);
    return { project: projects[0], actions, risks };
  },
);

export function useOverviewData() {
  return useLoaded(useOverviewStore, OVERVIEW_KINDS);
}
