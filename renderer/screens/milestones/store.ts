import type { Kind, RecordOf } from '../../../shared/model/kinds';
import { call } from '../../api/client';
import { createLoadedStore, useLoaded } from '../../data/loadedStore';
import type { PeriodRow } from '../budget/store';

export type MilestoneRow = RecordOf<'milestone'>;

export const MILESTONE_KINDS: readonly Kind[] = ['period', 'milestone'];

/** The milestone plan and the project years it is split into. */
export const useMilestoneStore = createLoadedStore({ periods: [] as PeriodRow[], milestones: [] as MilestoneRow[] }, async () => {
  const [periods, milestones] = await Promise.all([call('listRecords', { kind: 'period' }), call('listRecords', { kind: 'milestone' })]);
  return { periods, milestones };
});

export function useMilestoneData() {
  return useLoaded(useMilestoneStore, MILESTONE_KINDS);
}
