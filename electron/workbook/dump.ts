import { KIND_NAMES } from '../../shared/model/kinds.js';
import type { Workbook } from './workbook.js';

/**
 * The workbook's whole content as canonical JSON: keys sorted, records by id,
 * deleted records as bare ids. Replica-local bookkeeping (this installation's
 * name and clock, the change log's arrival order, sync history) is left out,
 * so two replicas holding the same content dump byte-identical. Open sync
 * conflicts are content (every replica holding the same changes derives the
 * same ones) and are included, by id; when they were noticed is not.
 */
export function dumpWorkbook(wb: Workbook): string {
  const records: Record<string, unknown[]> = {};
  const deleted: Record<string, string[]> = {};
  for (const kind of [...KIND_NAMES].sort()) {
    const all = wb.records.list(kind, { includeDeleted: true }).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    records[kind] = all.filter((r) => !r.deleted).map((r) => ({ id: r.id, ...r.fields }));
    deleted[kind] = all.filter((r) => r.deleted).map((r) => r.id);
  }
  const conflicts = wb.conflicts
    .listOpen()
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c) => ({ id: c.id, kind: c.kind, recordId: c.recordId, field: c.field, other: c.other }));
  return `${canonicalJson({ format: 'prosjektboka-dump', version: 1, workbookId: wb.workbookId, records, deleted, conflicts })}\n`;
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
