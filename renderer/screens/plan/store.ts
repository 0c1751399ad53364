import type { RecordOf } from '../../../shared/model/kinds';
import { call } from '../../api/client';
import { createLoadedStore, useLoaded } from '../../data/loadedStore';

export const PLAN_KINDS = ['project', 'section', 'goal', 'group', 'role', 'person', 'period', 'budget-plan'] as const;

/** The project's version and approval date, the plan's text and organisation: sections, goals, groups, roles, the people in them, and the project years. */
export const usePlanStore = createLoadedStore(
  {
    /** The project: the plan's version and approval date (PlanEdition). */
    project: [] as RecordOf<'project'>[],
    sections: [] as RecordOf<'section'>[], goals: [] as RecordOf<'goal'>[], groups: [] as RecordOf<'group'>[],
    roles: [] as RecordOf<'role'>[], people: [] as RecordOf<'person'>[], periods: [] as RecordOf<'period'>[],
    /** Only counted: what deleting a project year takes with it. */
    plans: [] as RecordOf<'budget-plan'>[],
  },
  async () => {
    const [project, sections, goals, groups, roles, people, periods, plans] = await Promise.all([
      call('listRecords', { kind: 'project' }), call('listRecords', { kind: 'section' }), call('listRecords', { kind: 'goal' }), call('listRecords', { kind: 'group' }),
      call('listRecords', { kind: 'role' }), call('listRecords', { kind: 'person' }), call('listRecords', { kind: 'period' }),
      call('listRecords', { kind: 'budget-plan' }),
    ]);
    return { project, sections, goals, groups, roles, people, periods, plans };
  },
);

export function usePlanData() {
  return useLoaded(usePlanStore, PLAN_KINDS);
}
