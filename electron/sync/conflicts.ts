import { KINDS, fieldSpecs, type Kind } from '../../shared/model/kinds.js';
import { DELETED_FIELD } from '../workbook/changeLog.js';
import type { Resolution, Resolved } from '../workbook/conflictResolution.js';
import type { Workbook } from '../workbook/workbook.js';

/** An open conflict as the UI and the CLI show it. */
export interface ConflictView {
  readonly id: string;
  readonly kind: Kind;
  readonly recordId: string;
  /** The record's title field, for the list. */
  readonly recordTitle: string;
  /** The field, or "_deleted" when a delete met a concurrent edit. */
  readonly field: string;
  readonly longText: boolean;
  /** The value the field has now (for "_deleted": false, the record is kept). */
  readonly current: unknown;
  /** The value set aside (for "_deleted": true, someone deleted it). */
  readonly other: unknown;
  readonly otherReplicaId: string;
  readonly otherReplicaName: string;
  readonly otherHlc: string;
  readonly detectedAt: string;
}

export function listConflicts(wb: Workbook): ConflictView[] {
  const names = new Map(wb.sync.peers().map((p) => [p.replicaId, p.name]));
  names.set(wb.replicaId, wb.replicaName);
  return wb.commands.settler.conflicts.listOpen().map((c) => {
    const record = wb.records.get(c.kind, c.recordId);
    const titleField = KINDS[c.kind].titleField;
    return {
      id: c.id,
      kind: c.kind,
      recordId: c.recordId,
      recordTitle: String(record?.fields[titleField] ?? ''),
      field: c.field,
      longText: fieldSpecs(c.kind)[c.field]?.longText === true,
      current: c.field === DELETED_FIELD ? record?.deleted ?? false : record?.fields[c.field] ?? null,
      other: c.other.value,
      otherReplicaId: c.other.replicaId,
      otherReplicaName: names.get(c.other.replicaId) ?? '',
      otherHlc: c.other.hlc,
      detectedAt: c.detectedAt,
    };
  });
}

export type { Resolution, Resolved } from '../workbook/conflictResolution.js';

/** Settling a conflict is a command like any other edit: see Commands.resolveConflict. */
export function resolveConflict(wb: Workbook, conflictId: string, resolution: Resolution): Resolved {
  return wb.commands.resolveConflict(conflictId, resolution);
}
