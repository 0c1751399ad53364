import { useEffect } from 'react';
import { create } from 'zustand';
import type { ApiResult } from '../../../shared/api/contract';
import { ApiError, call } from '../../api/client';
import { useKindsVersion } from '../../data/changes';

export type PersonDossier = ApiResult<'getPerson'>;

interface PersonState {
  id: string | undefined;
  dossier: PersonDossier | undefined;
  /** The person does not exist (any more): deleted, or a stale link. */
  missing: boolean;
  error: string | undefined;
  load(id: string): Promise<void>;
}

/** The open person's page: everything the workbook holds about them, in one call. */
export const usePersonStore = create<PersonState>((set, get) => {
  let latest = 0;
  return {
    id: undefined,
    dossier: undefined,
    missing: false,
    error: undefined,
    async load(id) {
      const ticket = ++latest;
      // Another person's roles must not show under this one's name while it loads.
      if (get().id !== id) set({ id, dossier: undefined, missing: false, error: undefined });
      try {
        const dossier = await call('getPerson', { id });
        if (ticket === latest) set({ dossier, missing: false, error: undefined });
      } catch (e) {
        if (ticket !== latest) return;
        if (e instanceof ApiError && (e.code === 'not_found' || e.code === 'invalid_arguments')) set({ dossier: undefined, missing: true });
        else set({ error: e instanceof Error ? e.message : String(e) });
      }
    },
  };
});

/** Every kind a person's page shows something of. */
const PAGE_KINDS = ['person', 'role', 'group', 'meeting', 'attendance', 'action', 'risk', 'milestone', 'project'] as const;

/** The person's page, reloaded whenever one of the kinds it shows changes. */
export function usePerson(id: string): PersonState {
  const state = usePersonStore();
  const version = useKindsVersion(...PAGE_KINDS);
  const { load } = state;
  useEffect(() => {
    void load(id);
  }, [load, id, version]);
  return state;
}
