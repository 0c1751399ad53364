import { useEffect, useMemo } from 'react';
import { useRecordUi, type Tombstone } from './recordUi';

export type RecordRow<R> =
  | { readonly key: string; readonly record: R; readonly tombstone?: undefined }
  | { readonly key: string; readonly record?: undefined; readonly tombstone: Tombstone };

/**
 * A list's rows as the screen should draw them: its records, and each record
 * deleted from it since it was shown, in the place it had (a «… er slettet.
 * Angre» row, DeletedRecord). A deleted record that comes back (Angre,
 * Ctrl+Z, another window) takes its row back and the focus.
 */
export function useRecordRows<R extends { id: string }>(list: string, records: readonly R[]): RecordRow<R>[] {
  const stones = useRecordUi((s) => s.tombstones[list]);
  const rows = useMemo(() => {
    const present = new Set(records.map((r) => r.id));
    const out: RecordRow<R>[] = records.map((record) => ({ key: record.id, record }));
    for (const tombstone of stones ?? []) {
      if (present.has(tombstone.id)) continue;
      const after = tombstone.afterId === undefined ? -1 : out.findIndex((r) => r.key === tombstone.afterId);
      const row = { key: tombstone.id, tombstone };
      if (tombstone.afterId !== undefined && after < 0) out.push(row);
      else out.splice(after + 1, 0, row);
    }
    return out;
  }, [records, stones]);

  useEffect(() => {
    const ui = useRecordUi.getState();
    ui.setOrder(list, rows.map((r) => r.key));
    const present = new Set(records.map((r) => r.id));
    const nowGone = (stones ?? []).filter((s) => !s.gone && !present.has(s.id)).map((s) => s.id);
    if (nowGone.length > 0) ui.sawGone(list, nowGone);
    // Back after it was seen gone: Angre, Ctrl+Z or another window restored it.
    for (const stone of stones ?? []) if (stone.gone && present.has(stone.id)) ui.unbury(list, stone.id, true);
  }, [list, rows, records, stones]);

  useEffect(() => () => useRecordUi.getState().clearList(list), [list]);
  return rows;
}
