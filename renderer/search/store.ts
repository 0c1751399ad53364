import { create } from 'zustand';
import type { ApiResult } from '../../shared/api/contract';
import { isSearchable } from '../../shared/rules/searchQuery';
import { call, errorMessage } from '../api/client';

export type SearchHit = ApiResult<'search'>[number];

/** Hits asked for at once: enough for every group of a broad query, few enough to read. */
export const SEARCH_LIMIT = 100;

interface SearchState {
  /** Whether the search dialog is open. */
  open: boolean;
  /** What is typed in the dialog. */
  text: string;
  /** The query the hits belong to. */
  query: string;
  hits: readonly SearchHit[] | undefined;
  busy: boolean;
  error: string | undefined;
  show(text?: string): void;
  hide(): void;
  setText(text: string): void;
  /** Searches for `text` (again); answers to older queries are dropped. */
  run(text: string): Promise<void>;
}

/** The one search over the whole workbook, shared by the header field and the Ctrl+K dialog. */
export const useSearch = create<SearchState>((set) => {
  let latest = 0;
  return {
    open: false,
    text: '',
    query: '',
    hits: undefined,
    busy: false,
    error: undefined,
    show(text) {
      set({ open: true, ...(text === undefined ? {} : { text }) });
    },
    hide() {
      set({ open: false });
    },
    setText(text) {
      set({ text });
    },
    async run(text) {
      const ticket = ++latest;
      const query = text.trim();
      if (!isSearchable(query)) {
        set({ query, hits: undefined, busy: false, error: undefined });
        return;
      }
      set({ busy: true });
      try {
        const hits = await call('search', { query, limit: SEARCH_LIMIT });
        if (ticket !== latest) return;
        set({ query, hits, busy: false, error: undefined });
      } catch (e) {
        if (ticket === latest) set({ busy: false, error: errorMessage(e) });
      }
    },
  };
});
