import { create } from 'zustand';
import type { ApiResult } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { DEFAULT_FILTER, type ActionFilter } from './filters';

export type ActionItemRow = ApiResult<'listActionItems'>[number];

interface ActionItemsState {
  items: readonly ActionItemRow[];
  loaded: boolean;
  error: string | undefined;
  /** Kept here, not in the screen, so the filters survive a visit to a meeting and back. */
  filter: ActionFilter;
  setFilter(patch: Partial<ActionFilter>): void;
  load(): Promise<void>;
}

/** Every action item across the meetings, by due date, with its meeting's title. */
export const useActionItems = create<ActionItemsState>((set) => {
  let latest = 0;
  return {
    items: [],
    loaded: false,
    error: undefined,
    filter: DEFAULT_FILTER,
    setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
    async load() {
      const ticket = ++latest;
      try {
        const items = await call('listActionItems', {});
        if (ticket === latest) set({ items, loaded: true, error: undefined });
      } catch (e) {
        if (ticket === latest) set({ error: e instanceof Error ? e.message : String(e) });
      }
    },
  };
});
