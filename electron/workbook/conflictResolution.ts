import { WorkbookError, fieldIssue, issuesParam } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';
import { kindWord } from '../../shared/model/kindLabels.js';
import { KINDS, fieldSpecs, isKind, type Kind } from '../../shared/model/kinds.js';
import { describeIssue } from '../../shared/model/validation.js';
import { deriveFieldState } from '../../shared/sync/fieldState.js';
import { encodeStamps, type Stamp } from '../../shared/sync/stamps.js';
import { DELETED_FIELD } from './changeLog.js';
import type { Workbook } from './workbook.js';

export type Resolution = { readonly keep: 'current' | 'other' } | { readonly value: unknown };

export interface Resolved {
  readonly kind: Kind;
  readonly recordId: string;
  readonly field: string;
  readonly value: unknown;
}

/**
 * Settles a conflict with a new change that supersedes both the field's
 * current value and the value set aside: the choice, or a combination the
 * user wrote. It syncs like any edit, and closes the conflict everywhere.
 * Runs inside the command layer's transaction (Commands.resolveConflict).
 */
export function resolveConflict(wb: Workbook, conflictId: string, resolution: Resolution): Resolved {
  const conflict = wb.commands.settler.conflicts.get(conflictId);
  if (!conflict || conflict.status !== 'open' || !isKind(conflict.kind)) {
    throw new WorkbookError('not_found', msg('conflict.not_found', { id: conflictId }));
  }
  const { kind, recordId, field } = conflict;
  const record = wb.records.get(kind, recordId);
  if (!record) throw new WorkbookError('not_found', msg('record.gone', { id: recordId }));
  const setAside: Stamp = { hlc: conflict.other.hlc, replicaId: conflict.other.replicaId };
  const lineage = wb.commands.lineage;
  const now = new Date().toISOString();

  if (field === DELETED_FIELD) {
    if (!('keep' in resolution)) {
      throw new WorkbookError('usage', msg('conflict.delete_keep'));
    }
    const deleted = resolution.keep === 'other';
    const stamp = wb.nextStamp();
    const prev = lineage.parentsForLocalDelete({ hlc: stamp, replicaId: wb.replicaId });
    const targets = [{ kind, id: recordId }];
    // Keeping the record brings back the children its delete took along, as a restore does.
    if (!deleted) targets.push(...deletedWith(wb, kind, recordId, setAside));
    for (const t of targets) {
      wb.changes.append({ hlc: stamp, replicaId: wb.replicaId, kind: t.kind, recordId: t.id, field: DELETED_FIELD, value: deleted, prev });
      wb.commands.settler.settle(t.kind, t.id, lineage.history(t.id).fields, [DELETED_FIELD], now);
    }
    return { kind, recordId, field, value: deleted };
  }

  const spec = fieldSpecs(kind)[field];
  if (!spec) throw new WorkbookError('not_found', msg('record.no_such_field', { kind: kindWord(kind), field }));
  let value: unknown;
  if ('keep' in resolution) value = resolution.keep === 'current' ? record.fields[field] : conflict.other.value;
  else {
    const parsed = spec.schema.safeParse(resolution.value);
    if (!parsed.success) {
      const issue = fieldIssue(field, describeIssue(parsed.error.issues[0]!).text);
      throw new WorkbookError('invalid', msg('record.invalid', { kind: kindWord(kind), issues: issuesParam([issue]) }), 'input', [issue]);
    }
    value = parsed.data;
    checkReference(wb, spec.ref, field, value);
  }
  const state = deriveFieldState(lineage.fieldNodes(recordId, field), spec.longText === true);
  const supersedes = [...(state?.covered ?? []), setAside];
  const stamp = wb.nextStamp();
  wb.changes.append({ hlc: stamp, replicaId: wb.replicaId, kind, recordId, field, value, prev: encodeStamps(supersedes) });
  wb.commands.settler.settle(kind, recordId, lineage.history(recordId).fields, [field], now);
  return { kind, recordId, field, value: wb.records.get(kind, recordId)!.fields[field] };
}

function deletedWith(wb: Workbook, kind: Kind, id: string, stamp: Stamp): { kind: Kind; id: string }[] {
  const out: { kind: Kind; id: string }[] = [];
  for (const child of (KINDS[kind] as { children?: readonly { kind: Kind; via: string }[] }).children ?? []) {
    for (const rec of wb.records.listBy(child.kind, child.via, id, { includeDeleted: true })) {
      if (!rec.deleted) continue;
      const latest = wb.changes.latest(rec.id, DELETED_FIELD);
      if (latest?.hlc === stamp.hlc && latest.replicaId === stamp.replicaId) out.push({ kind: child.kind, id: rec.id });
    }
  }
  return out;
}

function checkReference(wb: Workbook, target: string | undefined, field: string, value: unknown): void {
  if (!target || !isKind(target) || value === null || value === undefined) return;
  for (const id of Array.isArray(value) ? (value as string[]) : [value as string]) {
    if (!wb.records.exists(target, id)) {
      throw new WorkbookError('invalid', msg('record.missing_reference', { kind: kindWord(target), id, field }), 'input', [fieldIssue(field, msg('field.does_not_exist'))]);
    }
  }
}
