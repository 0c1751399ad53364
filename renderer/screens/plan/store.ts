import type { RecordOf } from '../../../shared/model/kinds';
import { call } from '../../api/client';
import { createLoadedStore, useLoaded } from '../../data/loadedStore';

export const PLAN_KINDS = ['section', 'goal', 'group', 'role', 'person'] as const;

/** The plan's text and organisation: sections, goals, groups, roles and the people in them. */
export const usePlanStore = createLoadedStore(
  {
    sections: [] as RecordOf<'section'>[], goals: [] as RecordOf<'goal'>[], groups: [] as RecordOf<'group'>[],
    roles: [] as RecordOf<'role'>[], people: [] as RecordOf<'person'>[],
  },
  async () => {
    const [sections, goals, groups, roles, people] = await Promise.all([
      call('listRecords', { kind: 'section' }), call('listRecords', { kind: 'goal' }), call('listRecords', { kind: 'group' }),
      call('listRecords', { kind: 'role' }), call('listRecords', { kind: 'person' }),
    ]);
    return { sections, goals, groups, roles, people };
  },
);

export function usePlanData() {
  return useLoaded(usePlanStore, PLAN_KINDS);
}
