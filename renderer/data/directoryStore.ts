import type { RecordOf } from '../../shared/model/kinds';
import { call } from '../api/client';
import { createLoadedStore, useLoaded } from './loadedStore';

export type PersonRow = RecordOf<'person'>;
export type GroupRow = RecordOf<'group'>;
export type MembershipRow = RecordOf<'role'>;

/**
 * The people and groups meetings and action items point at: names for the
 * owner and attendee pickers, and who belongs to which group. Small lists,
 * so they travel whole.
 */
export const useDirectory = createLoadedStore(
  { people: [] as PersonRow[], groups: [] as GroupRow[], memberships: [] as MembershipRow[] },
  async () => {
    const [people, groups, memberships] = await Promise.all([
      call('listRecords', { kind: 'person' }), call('listRecords', { kind: 'group' }), call('listRecords', { kind: 'role' }),
    ]);
    return { people, groups, memberships };
  },
);

/** Id → name of the people, for showing owners and attendees. */
export function namesById(people: readonly { id: string; name: string }[]): Map<string, string> {
  return new Map(people.map((p) => [p.id, p.name]));
}

/** The directory, loaded on first use and again whenever people, groups or roles change. */
export function useDirectoryData() {
  return useLoaded(useDirectory, ['person', 'group', 'role']);
}
