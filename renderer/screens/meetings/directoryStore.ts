import { useEffect } from 'react';
import { create } from 'zustand';
import { call } from '../../api/client';
import { useKindsVersion } from '../../data/changes';

export interface PersonRow {
  id: string;
  name: string;
  position: string;
  affiliation: string;
}

export interface GroupRow {
  id: string;
  name: string;
  kind: string;
}

export interface MembershipRow {
  personId: string;
  groupId: string | null;
}

interface DirectoryState {
  people: PersonRow[];
  groups: GroupRow[];
  memberships: MembershipRow[];
  loaded: boolean;
  load(): Promise<void>;
}

/**
 * The people and groups meetings and action items point at: names for the
 * owner and attendee pickers, and who belongs to which group. Small lists,
 * so they travel whole.
 */
export const useDirectory = create<DirectoryState>((set) => ({
  people: [],
  groups: [],
  memberships: [],
  loaded: false,
  async load() {
    const [people, groups, roles] = await Promise.all([
      call('listRecords', { kind: 'person' }),
      call('listRecords', { kind: 'group' }),
      call('listRecords', { kind: 'role' }),
    ]);
    set({
      people: people as unknown as PersonRow[],
      groups: groups as unknown as GroupRow[],
      memberships: roles as unknown as MembershipRow[],
      loaded: true,
    });
  },
}));

/** Id → name of the people, for showing owners and attendees. */
export function namesById(people: readonly { id: string; name: string }[]): Map<string, string> {
  return new Map(people.map((p) => [p.id, p.name]));
}

/** The directory, loaded on first use and again whenever people, groups or roles change. */
export function useDirectoryData(): DirectoryState {
  const version = useKindsVersion('person', 'group', 'role');
  const load = useDirectory((s) => s.load);
  useEffect(() => {
    load().catch(() => undefined); // the list stays as it was; the next change retries
  }, [load, version]);
  return useDirectory();
}
