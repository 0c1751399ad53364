import type { RecordOf } from '../../../shared/model/kinds';
import { call } from '../../api/client';
import { createLoadedStore, useLoaded } from '../../data/loadedStore';

export const PLAN_KINDS = ['section', 'goal', 'group', 'role', 'person', 'period', 'budget-plan'] as const;

/** The plan's text and organisation: sections, goals, groups, roles, the people in them, and the project years. */
export const usePlanStore = createLoadedStore(
  {
    sections: [] as RecordOf<'section'>[], goals: [] as RecordOf<'goal'>[], groups: [] as RecordOf<'group'>[],
    roles: [] as RecordOf<'role'>[], people: [] as RecordOf<'person'>[], periods: [] as RecordOf<'period'>[],
    /** Only counted: what deleting a project year takes with it. */
    plans: [] as RecordOf<'budget-plan'>[],
  },
  async () => {
    const [sections, goals, groups, roles, people, periods, plans] = await Promise.all([
      call('listRecords', { kind: 'section' }), call('listRecords', { kind: 'goal' }), call('listRecords', { kind: 'group' }),
      call('listRecords', { kind: 'role' }), call('listRecords', { kind: 'person' }), call('listRecords', { kind: 'period' }),
      call('listRecords', { kind: 'budget-plan' }),
    ]);
    return { sections, goals, groups, roles, people, periods, plans };
  },
);

export function usePlanData() {
  return useLoaded(usePlanStore, PLAN_KINDS);
}
