import { riskCriteria, type CriteriaFields } from '../../shared/rules/riskCriteria.js';
import { KINDS, fieldSpecs, isKind, type Kind } from '../../shared/model/kinds.js';
import { fieldShape, projectScaleWords, referencedIds, relatedFields, type ValueContext } from '../../shared/report/fieldValue.js';
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
  /** What both values are shown with (shared/report/fieldValue.ts): names of the records they name, a level's other axis. */
  readonly context: ValueContext;
}

/** The open conflicts (or, with `limit`, only those `only` picks, at most `limit` of them), as the UI and the CLI show them. */
export function listConflicts(wb: Workbook, only?: { pick(id: string): boolean; limit: number }): ConflictView[] {
  const names = new Map(wb.sync.peers().map((p) => [p.replicaId, p.name]));
  names.set(wb.replicaId, wb.replicaName);
  let open = wb.commands.settler.conflicts.listOpen();
  if (only) open = open.filter((c) => only.pick(c.id)).slice(0, only.limit);
  return open.map((c) => {
    const record = wb.records.get(c.kind, c.recordId);
    const current = c.field === DELETED_FIELD ? record?.deleted ?? false : record?.fields[c.field] ?? null;
    return {
      id: c.id,
      kind: c.kind,
      recordId: c.recordId,
      recordTitle: titleOf(wb, c.kind, record?.fields),
      field: c.field,
      longText: fieldSpecs(c.kind)[c.field]?.longText === true,
      current,
      other: c.other.value,
      otherReplicaId: c.other.replicaId,
      otherReplicaName: names.get(c.other.replicaId) ?? '',
      otherHlc: c.other.hlc,
      detectedAt: c.detectedAt,
      context: c.field === DELETED_FIELD ? { titles: {}, related: {} } : valueContext(wb, c.kind, c.field, [current, c.other.value], record?.fields),
    };
  });
}

/** A record's title for a list: its title field, or, where that names another record (an attendance's person), that record's. */
function titleOf(wb: Workbook, kind: Kind, fields: Record<string, unknown> | undefined): string {
  const field = KINDS[kind].titleField;
  const value = fields?.[field];
  const shape = fieldShape(kind, field);
  if (shape.type === 'ref' && typeof value === 'string') return referencedTitle(wb, shape.kind, value) ?? '';
  return String(value ?? '');
}

function referencedTitle(wb: Workbook, kind: string, id: string): string | undefined {
  if (!isKind(kind)) return undefined;
  const fields = wb.records.get(kind, id)?.fields;
  return fields ? titleOf(wb, kind, fields) : undefined;
}

/** What values of one field are read with, from the workbook as it is now. */
function valueContext(wb: Workbook, kind: Kind, field: string, values: readonly unknown[], fields: Record<string, unknown> | undefined): ValueContext {
  const shape = fieldShape(kind, field);
  const titles: Record<string, string> = {};
  if (shape.type === 'ref' || shape.type === 'refList') {
    for (const id of values.flatMap((v) => referencedIds(kind, field, v))) {
      const title = referencedTitle(wb, shape.kind, id);
      if (title !== undefined) titles[id] = title;
    }
  }
  const related: Record<string, unknown> = {};
  for (const f of relatedFields(kind, field)) related[f] = fields?.[f] ?? null;
  if (shape.type !== 'level') return { titles, related };
  const project = wb.records.list('project')[0]?.fields;
  const scale = projectScaleWords(shape.scale, project?.[shape.scale === 'probability' ? 'probabilityLabels' : 'consequenceLabels']);
  const zoneBands = riskCriteria(project as CriteriaFields | undefined).bands.map((b) => ({ from: b.from, to: b.to }));
  return { titles, related, zoneBands, ...(scale ? { scale } : {}) };
}

export type { Resolution, Resolved } from '../workbook/conflictResolution.js';

/** Settling a conflict is a command like any other edit: see Commands.resolveConflict. */
export function resolveConflict(wb: Workbook, conflictId: string, resolution: Resolution): Resolved {
  return wb.commands.resolveConflict(conflictId, resolution);
}
