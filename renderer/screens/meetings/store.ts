import { create } from 'zustand';
import type { ApiResult } from '../../../shared/api/contract';
import { call } from '../../api/client';

export type MeetingLogRow = ApiResult<'listMeetings'>['rows'][number];
export interface MeetingHit extends MeetingLogRow {
  /** Words around the match, the matched ones in [brackets]. */
  snippet: string;
}

/** Rows fetched per call: a few screens' worth, so scrolling rarely waits. */
export const LOG_PAGE_SIZE = 100;
/** The search API's own ceiling on hits. */
export const SEARCH_LIMIT = 500;

interface LogState {
  /** Number of meetings; undefined until the first answer. */
  total: number | undefined;
  /** Loaded windows of the log, by page number. */
  pages: Readonly<Record<number, readonly MeetingLogRow[]>>;
  /** Bumped by each reload, so answers to older requests are dropped. */
  generation: number;
  error: string | undefined;
  /** Makes sure rows start..end (inclusive) are loaded or on their way. */
  show(start: number, end: number): void;
  /** Fetches the count and the rows on screen again, after a change. */
  reload(): Promise<void>;
}

function pagesOf(start: number, end: number): number[] {
  const pages: number[] = [];
  for (let p = Math.floor(start / LOG_PAGE_SIZE); p <= Math.floor(end / LOG_PAGE_SIZE); p++) pages.push(p);
  return pages;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The meeting log, newest first, fetched a window at a time as the user
 * scrolls: 10 000 meetings never travel to the UI at once, and their minutes
 * not at all.
 */
export const useMeetingLog = create<LogState>((set, get) => {
  const inFlight = new Set<string>();
  let visible = { start: 0, end: LOG_PAGE_SIZE - 1 };

  async function fetchPage(page: number, generation: number): Promise<void> {
    const key = `${generation}:${page}`;
    if (inFlight.has(key)) return;
    inFlight.add(key);
    try {
      const { total, rows } = await call('listMeetings', { offset: page * LOG_PAGE_SIZE, limit: LOG_PAGE_SIZE });
      if (get().generation !== generation) return;
      set((s) => ({ total, pages: { ...s.pages, [page]: rows }, error: undefined }));
    } catch (e) {
      set({ error: message(e) });
    } finally {
      inFlight.delete(key);
    }
  }

  return {
    total: undefined,
    pages: {},
    generation: 0,
    error: undefined,
    show(start, end) {
      visible = { start, end };
      const { pages, generation } = get();
      for (const p of pagesOf(start, end)) if (!pages[p]) void fetchPage(p, generation);
    },
    async reload() {
      const generation = get().generation + 1;
      // The rows already on screen stay until the fresh ones arrive, so nothing flickers.
      set({ generation });
      const wanted = pagesOf(visible.start, visible.end);
      try {
        const answers = await Promise.all(
          wanted.map((p) => call('listMeetings', { offset: p * LOG_PAGE_SIZE, limit: LOG_PAGE_SIZE })),
        );
        if (get().generation !== generation) return;
        set({
          total: answers[0]?.total ?? 0,
          pages: Object.fromEntries(wanted.map((p, i) => [p, answers[i]!.rows])),
          error: undefined,
        });
      } catch (e) {
        if (get().generation === generation) set({ error: message(e) });
      }
    },
  };
});

/** The row at `index` of the log, if its page has arrived. */
export function logRowAt(pages: LogState['pages'], index: number): MeetingLogRow | undefined {
  return pages[Math.floor(index / LOG_PAGE_SIZE)]?.[index % LOG_PAGE_SIZE];
}

interface SearchState {
  /** The query the hits belong to; empty when not searching. */
  query: string;
  hits: readonly MeetingHit[] | undefined;
  busy: boolean;
  error: string | undefined;
  run(query: string): Promise<void>;
}

/**
 * Full-text search over the meetings (title, agenda, minutes, decisions, action items, attendees' names)
 * through the search API, shown as log rows newest first.
 */
export const useMeetingSearch = create<SearchState>((set) => {
  let latest = 0;
  return {
    query: '',
    hits: undefined,
    busy: false,
    error: undefined,
    async run(query) {
      const ticket = ++latest;
      const q = query.trim();
      if (q === '') {
        set({ query: '', hits: undefined, busy: false, error: undefined });
        return;
      }
      set({ busy: true, query: q });
      try {
        const found = await call('search', { query: q, kinds: ['meeting'], limit: SEARCH_LIMIT });
        const { rows } = found.length > 0 ? await call('listMeetings', { ids: found.map((h) => h.id) }) : { rows: [] };
        if (ticket !== latest) return;
        const snippets = new Map(found.map((h) => [h.id, h.snippet]));
        set({ hits: rows.map((r) => ({ ...r, snippet: snippets.get(r.id) ?? '' })), busy: false, error: undefined });
      } catch (e) {
        if (ticket === latest) set({ busy: false, error: message(e) });
      }
    },
  };
});
