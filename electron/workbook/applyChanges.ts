import { fieldSpecs, isKind, type Kind } from '../../shared/model/kinds.js';
import { encodeStamps, type Stamp } from '../../shared/sync/stamps.js';
import { mergeErrors as syncErrors } from './mergeErrors.js';
import { ERASED_FIELD } from './changeLog.js';
import { applyErasure } from './erasure.js';
import type { Workbook } from './workbook.js';

/** One field change from a sync file, already checked against the model (electron/sync/payload.ts). */
export interface IncomingChange extends Stamp {
  readonly kind: Kind;
  readonly recordId: string;
  readonly field: string;
  readonly value: unknown;
  readonly prev: readonly Stamp[];
  /** The original value's hash when the sender holds the value erased (electron/workbook/erasure.ts). */
  readonly valueSha256?: string;
}

export interface ApplyResult {
  /** Changes in the file. */
  readonly received: number;
  /** Changes this workbook did not have, now appended to its log. */
  readonly applied: number;
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  readonly restored: number;
  /** Records touched, by kind. */
  readonly byKind: Readonly<Partial<Record<Kind, number>>>;
  readonly newConflicts: number;
  /** People erased by the changes taken in (the mark came in the file), which this workbook has now erased too. */
  readonly erased: number;
}

/**
 * The apply path of a sync import: the incoming changes, which the caller
 * has found this workbook lacks (electron/sync/importFile.ts), go into the
 * change log with the signed batch that vouches for each ("origin hlc" →
 * sync_batch.id), and each record they touch is settled from its whole log
 * (electron/workbook/settleRecord.ts) through the same record store, search
 * index and change log as the command layer. Runs inside the caller's
 * transaction; any refusal throws and so rolls everything back.
 */
export function applyChanges(
  wb: Workbook,
  changes: readonly IncomingChange[],
  now: string,
  batches: ReadonlyMap<string, number> = new Map(),
): ApplyResult {
  const lineage = wb.commands.lineage;
  const settler = wb.commands.settler;
  const byRecord = new Map<string, IncomingChange[]>();
  for (const c of changes) {
    const list = byRecord.get(c.recordId);
    if (list) list.push(c);
    else byRecord.set(c.recordId, [c]);
  }

  let applied = 0;
  let created = 0;
  let updated = 0;
  let deleted = 0;
  let restored = 0;
  let newConflicts = 0;
  let latest: string | undefined;
  const byKind: Partial<Record<Kind, number>> = {};
  const references = new ReferenceCheck(wb);

  for (const [recordId, incoming] of byRecord) {
    const kind = incoming[0]!.kind;
    const held = lineage.kindOf(recordId);
    if (held && held !== kind) throw syncErrors.kindMismatch(recordId, held, kind);
    const touched = new Set<string>();
    for (const c of incoming) {
      touched.add(c.field);
      wb.changes.append({
        hlc: c.hlc, replicaId: c.replicaId, kind, recordId, field: c.field, value: c.value, prev: encodeStamps(c.prev),
        batch: batches.get(`${c.replicaId} ${c.hlc}`) ?? null, valueSha256: c.valueSha256 ?? null,
      });
      if (latest === undefined || c.hlc > latest) latest = c.hlc;
      applied++;
    }
    // A record seen before settles from its heads where they suffice (FieldLineage.historyForSettle); a new one from all it has.
    const seen = held !== undefined && wb.records.exists(kind, recordId, { includeDeleted: true });
    const open = seen ? settler.conflicts.hasOpen(recordId) : undefined;
    const history = seen ? lineage.historyForSettle(recordId, touched, open === true) : lineage.history(recordId).fields;
    const outcome = settler.settle(kind, recordId, history, touched, now, open);
    references.note(kind, recordId, outcome.created ? undefined : touched, outcome.fields);
    byKind[kind] = (byKind[kind] ?? 0) + 1;
    newConflicts += outcome.newConflicts;
    if (outcome.created) created++;
    else if (outcome.changedFields.length > 0) updated++;
    if (outcome.deletedAfter && !outcome.deletedBefore) deleted++;
    if (!outcome.deletedAfter && outcome.deletedBefore) restored++;
  }
  references.check();
  if (latest !== undefined) wb.observeRemoteStamp(latest);
  // Erased values are taken only beside an erasure: the origin's signature vouches for the hash, not for the replacement text.
  const erasures = new Set(changes.filter((c) => c.field === ERASED_FIELD).map((c) => c.recordId));
  if (erasures.size === 0 && changes.some((c) => c.valueSha256) && !wb.changes.hasField(ERASED_FIELD)) throw syncErrors.erasedWithoutErasure();
  for (const personId of erasures) applyErasure(wb, personId);
  return { received: changes.length, applied, created, updated, deleted, restored, byKind, newConflicts, erased: erasures.size };
}

/**
 * References must point at a record this workbook has (live or deleted: a
 * record may be deleted concurrently with a new reference to it). Checked
 * after every record is in, since a file may create the target after the
 * record that points at it; the deferred foreign keys would catch the same at
 * commit, but with no words a user could act on.
 */
class ReferenceCheck {
  private readonly pending: { kind: Kind; recordId: string; field: string; target: Kind; id: string }[] = [];
  private readonly known = new Set<string>();

  constructor(private readonly wb: Workbook) {}

  note(kind: Kind, recordId: string, fields: ReadonlySet<string> | undefined, values: Record<string, unknown>): void {
    for (const [field, spec] of Object.entries(fieldSpecs(kind))) {
      if (!spec.ref || (fields && !fields.has(field))) continue;
      const value = values[field];
      if (value === null || value === undefined) continue;
      for (const id of Array.isArray(value) ? (value as string[]) : [value as string]) {
        if (!isKind(spec.ref)) continue;
        this.pending.push({ kind, recordId, field, target: spec.ref, id });
      }
    }
  }

  check(): void {
    for (const p of this.pending) {
      const key = `${p.target} ${p.id}`;
      if (this.known.has(key)) continue;
      if (!this.wb.records.exists(p.target, p.id, { includeDeleted: true })) {
        throw syncErrors.danglingReference(p.kind, p.recordId, p.field, p.id);
      }
      this.known.add(key);
    }
  }
}
