import type { Kind, RecordOf } from '../../../shared/model/kinds';
import { call } from '../../api/client';
import { createLoadedStore, useLoaded } from '../../data/loadedStore';

export type Lesson = RecordOf<'lesson'>;
export type ChangeEntry = RecordOf<'change-entry'>;

const LOG_KINDS: readonly Kind[] = ['lesson', 'change-entry', 'goal', 'group', 'person'];

/** Newest first: a log is read from the latest entry; ties keep the order they were written in (ids are time-ordered). */
function newestFirst<R extends { id: string; date: string }>(records: R[]): R[] {
  return [...records].sort((a, b) => (a.date === b.date ? (a.id < b.id ? 1 : -1) : a.date < b.date ? 1 : -1));
}

/** The erfaringslogg and the endringslogg, with the goals, groups and people their entries point at. */
export const useLogStore = createLoadedStore(
  {
    lessons: [] as Lesson[], changes: [] as ChangeEntry[],
    goals: [] as RecordOf<'goal'>[], groups: [] as RecordOf<'group'>[], people: [] as RecordOf<'person'>[],
  },
  async () => {
    const [lessons, changes, goals, groups, people] = await Promise.all([
      call('listRecords', { kind: 'lesson' }), call('listRecords', { kind: 'change-entry' }),
      call('listRecords', { kind: 'goal' }), call('listRecords', { kind: 'group' }), call('listRecords', { kind: 'person' }),
    ]);
    return { lessons: newestFirst(lessons), changes: newestFirst(changes), goals, groups, people };
  },
);

export function useLogData() {
  return useLoaded(useLogStore, LOG_KINDS);
}
