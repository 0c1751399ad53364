import type { Kind, RecordOf } from '../model/kinds.js';

/**
 * The records a printout or an export is made from, as plain objects (id and
 * fields, flat, as the API's listRecords returns them). The Node side fills it
 * from the workbook, a print view from the API; the functions in shared/report
 * read only this, so a table in a PDF and the same table in a spreadsheet are
 * built by the same code.
 */
export const SNAPSHOT_KINDS = [
  'project', 'period', 'section', 'goal', 'group', 'person', 'role', 'milestone',
  'budget-line', 'budget-plan', 'budget-actual', 'risk', 'meeting', 'attendance', 'action',
  // What the status reports read besides (shared/report/statusReport/): risks' dated assessments, the
  // erfaringslogg and endringslogg, and the reports themselves (the previous one's snapshot).
  'risk-assessment', 'lesson', 'change-entry', 'status-report',
] as const satisfies readonly Kind[];
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

export type WorkbookSnapshot = { [K in SnapshotKind]: RecordOf<K>[] };

/** A snapshot with only some kinds filled: the rest are empty lists. */
export function snapshotOf(parts: Partial<WorkbookSnapshot>): WorkbookSnapshot {
  const out = {} as Record<SnapshotKind, unknown[]>;
  for (const kind of SNAPSHOT_KINDS) out[kind] = (parts[kind] as unknown[] | undefined) ?? [];
  return out as WorkbookSnapshot;
}

export function byId<T extends { id: string }>(records: readonly T[]): ReadonlyMap<string, T> {
  return new Map(records.map((r) => [r.id, r]));
}
