import { create } from 'zustand';
import type { ApiResult } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { createLoadedStore } from '../../data/loadedStore';
import { DEFAULT_FILTER, type ActionFilter } from './filters';

export type ActionItemRow = ApiResult<'listActionItems'>[number];

/** Every action item across the meetings, by due date, with its meeting's title. */
export const useActionItems = createLoadedStore({ items: [] as readonly ActionItemRow[] }, async () => ({ items: await call('listActionItems', {}) }));

interface ActionFilterState {
  filter: ActionFilter;
  setFilter(patch: Partial<ActionFilter>): void;
}

/** Kept here, not in the screen, so the filters survive a visit to a meeting and back. */
export const useActionFilter = create<ActionFilterState>((set) => ({
  filter: DEFAULT_FILTER,
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
}));
