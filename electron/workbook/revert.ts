import { isWorkbookError } from '../../shared/errors.js';
import { KINDS, type Kind } from '../../shared/model/kinds.js';
import { sameValue } from '../../shared/sync/fieldState.js';
import { DELETED_FIELD } from './changeLog.js';
import type { RecordEffect, TxJournal } from './txJournal.js';
import type { Workbook } from './workbook.js';

/** A part of a transaction undo left alone, and why. */
export interface SkippedChange {
  readonly kind: Kind;
  readonly recordId: string;
  /** The field; "_deleted" for a delete or restore, "_record" for a create. */
  readonly field: string;
  /**
   * changed_elsewhere: someone else (a sync import, the CLI, another window)
   * changed it since; deleted: the record is deleted now; invalid: the old
   * value is no longer allowed (it points at a record deleted since).
   */
  readonly reason: 'changed_elsewhere' | 'deleted' | 'invalid';
  readonly message?: string;
}

export interface RevertOutcome {
  readonly skipped: SkippedChange[];
}

type IsOwn = (stamp: { hlc: string; replicaId: string }) => boolean;

export const RECORD_FIELD = '_record';

/**
 * Takes back a transaction's effects as new local changes, through the
 * command layer, inside the caller's transaction. A field is set back only
 * while the change that last set it is the caller's own (`isOwn`) and it
 * still holds the value the transaction left; anything else was changed by
 * someone else since and is left alone and listed, never overwritten.
 * Restores run parents first, so a child never comes back without its parent.
 */
export function revertEffects(wb: Workbook, effects: readonly RecordEffect[], done: TxJournal, isOwn: IsOwn): RevertOutcome {
  const skipped: SkippedChange[] = [];
  const skip = (e: RecordEffect, field: string, reason: SkippedChange['reason'], message?: string) =>
    skipped.push({ kind: e.kind, recordId: e.id, field, reason, ...(message ? { message } : {}) });
  const ownField = (id: string, field: string) => {
    const latest = wb.changes.latest(id, field);
    return latest !== undefined && isOwn(latest);
  };
  // One stamp for every delete and restore, as a cascade has, so a later restore brings the same records back.
  let liveness: { stamp: string; prev: string | null } | undefined;
  const setLive = (e: RecordEffect, deleted: boolean) => {
    if (!liveness) {
      const stamp = wb.nextStamp();
      liveness = { stamp, prev: wb.commands.lineage.parentsForLocalDelete({ hlc: stamp, replicaId: wb.replicaId }) };
    }
    wb.commands.setLiveness(e.kind, e.id, deleted, liveness.stamp, liveness.prev);
  };
  const restores: RecordEffect[] = [];
  const untouched = new Set<string>();

  for (const e of [...effects].reverse()) {
    const record = wb.records.get(e.kind, e.id);
    if (!record) continue;
    if (e.created) {
      if (record.deleted) continue;
      const same = [...e.fields].every(([f, v]) => ownField(e.id, f) && sameValue(record.fields[f], v.after));
      if (!same || hasOtherChildren(wb, e, effects)) {
        skip(e, RECORD_FIELD, 'changed_elsewhere');
        untouched.add(e.id);
      } else setLive(e, true);
      continue;
    }
    if (e.deletedBefore !== e.deletedAfter) {
      if (record.deleted !== e.deletedAfter || !ownField(e.id, DELETED_FIELD)) {
        skip(e, DELETED_FIELD, 'changed_elsewhere');
        untouched.add(e.id);
      } else if (e.deletedBefore) setLive(e, true);
      else restores.push(e);
    }
    if (e.fields.size > 0) revertFields(wb, e, record, ownField, skip);
  }
  for (const e of restores.reverse()) {
    if (parentsOf(wb, e).some((p) => untouched.has(p))) skip(e, DELETED_FIELD, 'changed_elsewhere');
    else setLive(e, false);
  }
  reconsiderConflicts(wb, done, skipped);
  return { skipped };
}

function revertFields(
  wb: Workbook, e: RecordEffect, record: { deleted: boolean; fields: Record<string, unknown> },
  ownField: (id: string, field: string) => boolean, skip: (e: RecordEffect, field: string, reason: SkippedChange['reason'], message?: string) => void,
): void {
  if (record.deleted && !e.deletedAfter) {
    for (const f of e.fields.keys()) skip(e, f, 'deleted');
    return;
  }
  const patch: Record<string, unknown> = {};
  for (const [f, v] of e.fields) {
    if (ownField(e.id, f) && sameValue(record.fields[f], v.after)) patch[f] = v.before;
    else skip(e, f, 'changed_elsewhere');
  }
  if (Object.keys(patch).length === 0 || record.deleted) return;
  try {
    wb.commands.update(e.kind, e.id, patch);
  } catch (err) {
    if (!isWorkbookError(err)) throw err;
    // Set back what can be; a refused check has written nothing (Workbook.command).
    for (const [f, value] of Object.entries(patch)) {
      try {
        wb.commands.update(e.kind, e.id, { [f]: value });
      } catch (one) {
        if (!isWorkbookError(one)) throw one;
        skip(e, f, 'invalid', one.message);
      }
    }
  }
}

/** Whether a created record has live children the transaction did not make (someone added them since). */
function hasOtherChildren(wb: Workbook, e: RecordEffect, effects: readonly RecordEffect[]): boolean {
  const made = new Set(effects.filter((x) => x.created).map((x) => x.id));
  for (const child of (KINDS[e.kind] as { children?: readonly { kind: Kind; via: string }[] }).children ?? []) {
    if (wb.records.listBy(child.kind, child.via, e.id).some((c) => !made.has(c.id))) return true;
  }
  return false;
}

/** The ids of the records e is a child of (a meeting of its action item, say). */
function parentsOf(wb: Workbook, e: RecordEffect): string[] {
  const record = wb.records.get(e.kind, e.id);
  const out: string[] = [];
  for (const spec of Object.values(KINDS) as { children?: readonly { kind: string; via: string }[] }[]) {
    for (const c of spec.children ?? []) {
      const parent = c.kind === e.kind ? record?.fields[c.via] : undefined;
      if (typeof parent === 'string') out.push(parent);
    }
  }
  return out;
}

/**
 * A resolution taken back opens its conflict again, unless its field could
 * not be set back; a redone one closes it again.
 */
function reconsiderConflicts(wb: Workbook, done: TxJournal, skipped: readonly SkippedChange[]): void {
  const conflicts = wb.commands.settler.conflicts;
  const journal = wb.journal;
  const blocked = new Set(skipped.map((s) => `${s.recordId}\n${s.field}`));
  for (const id of done.closedConflicts) {
    const c = conflicts.get(id);
    if (!c || blocked.has(`${c.recordId}\n${c.field}`)) continue;
    if (conflicts.reopen(id)) journal?.reopenedConflicts.add(id);
  }
  const now = new Date().toISOString();
  for (const id of done.reopenedConflicts) {
    if (conflicts.close(id, now)) journal?.closedConflicts.add(id);
  }
}
