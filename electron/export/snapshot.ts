import { SNAPSHOT_KINDS, type WorkbookSnapshot } from '../../shared/report/snapshot.js';
import type { Workbook } from '../workbook/workbook.js';

/** Every live record a printout or export reads, flat as the API returns them. */
export function workbookSnapshot(wb: Workbook): WorkbookSnapshot {
  const out: Record<string, unknown[]> = {};
  for (const kind of SNAPSHOT_KINDS) out[kind] = wb.records.list(kind).map((r) => ({ ...r.fields, id: r.id }));
  return out as WorkbookSnapshot;
}
