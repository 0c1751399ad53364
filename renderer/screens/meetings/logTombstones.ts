import { useEffect, useMemo } from 'react';
import { useRecordUi, type Tombstone } from '../../components/records';
import { LOG_PAGE_SIZE, type MeetingLogRow } from './store';

/** The meeting log, as the records pattern names it: a meeting deleted on its own page leaves its «Angre» row here. */
export const MEETINGS_LIST = 'meetings';

/** A row of the log as drawn: a meeting (its index in the log), or a deleted meeting's «Angre» row. */
export type LogSlot = { readonly index: number; readonly stone?: undefined } | { readonly stone: Tombstone; readonly index?: undefined };

/**
 * The log's rows with each meeting deleted since it was shown in the place it
 * had: useRecordRows for a log that arrives a page at a time (10 000 meetings
 * never travel at once), so the places are counted in log indexes. While a
 * search shows hits, the deleted meetings' rows come first (`stonesFirst`).
 */
export function useLogTombstones(pages: Readonly<Record<number, readonly MeetingLogRow[]>>) {
  const stones = useRecordUi((s) => s.tombstones[MEETINGS_LIST]);
  const loaded = useMemo(() => Object.keys(pages).map(Number).sort((a, b) => a - b)
    .flatMap((p) => pages[p]!.map((r, i) => ({ id: r.id, index: p * LOG_PAGE_SIZE + i }))), [pages]);
  const shown = useMemo(() => {
    const present = new Set(loaded.map((r) => r.id));
    return (stones ?? []).filter((s) => !present.has(s.id)).map((stone) => {
      const after = stone.afterId === undefined ? undefined : loaded.find((r) => r.id === stone.afterId);
      return { stone, before: after ? after.index + 1 : 0 };
    }).sort((a, b) => a.before - b.before);
  }, [stones, loaded]);

  useEffect(() => {
    const ui = useRecordUi.getState();
    ui.setOrder(MEETINGS_LIST, loaded.map((r) => r.id));
    const present = new Set(loaded.map((r) => r.id));
    const nowGone = (stones ?? []).filter((s) => !s.gone && !present.has(s.id)).map((s) => s.id);
    if (nowGone.length > 0) ui.sawGone(MEETINGS_LIST, nowGone);
    // Back after it was seen gone: Angre, Ctrl+Z or another window restored it.
    for (const stone of stones ?? []) if (stone.gone && present.has(stone.id)) ui.unbury(MEETINGS_LIST, stone.id, true);
  }, [loaded, stones]);
  useEffect(() => () => useRecordUi.getState().clearList(MEETINGS_LIST), []);

  return {
    stones: shown.map((s) => s.stone),
    /** What is drawn at row `at` of the log's table. */
    slot(at: number): LogSlot {
      let before = 0;
      for (const [j, s] of shown.entries()) {
        const pos = s.before + j;
        if (pos === at) return { stone: s.stone };
        if (pos < at) before++;
      }
      return { index: at - before };
    },
  };
}

/**
 * Focus on a meeting's link in the log once a deleted meeting is back and
 * drawn there. The virtual table draws its rows a frame after it learns of
 * them (and a search's hits come after the log's reload), so this looks for
 * the link each frame until it is there or nobody waits for it any more.
 */
export function useFocusBackInLog(): void {
  const back = useRecordUi((s) => s.focusToggle);
  useEffect(() => {
    if (!back) return;
    let frame = 0;
    let tries = 0;
    const look = () => {
      const link = document.querySelector<HTMLElement>(`.mb-log a[data-meeting-link="${back}"]`);
      if (link) {
        link.focus();
        useRecordUi.getState().focused(back);
      } else if (++tries < 600 && useRecordUi.getState().focusToggle === back) {
        frame = requestAnimationFrame(look);
      }
    };
    look();
    return () => cancelAnimationFrame(frame);
  }, [back]);
}
