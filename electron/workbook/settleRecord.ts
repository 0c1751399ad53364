import { fieldSpecs, type Kind } from '../../shared/model/kinds.js';
import {
  deriveFieldState, deriveLiveness, sameValue, type DeleteNode, type FieldNode, type SetAside,
} from '../../shared/sync/fieldState.js';
import type { Stamp } from '../../shared/sync/stamps.js';
import { mergeErrors as syncErrors } from './mergeErrors.js';
import { DELETED_FIELD } from './changeLog.js';
import type { ConflictStore } from './conflictStore.js';
import type { Workbook } from './workbook.js';

export interface SettleOutcome {
  /** The row did not exist and was inserted. */
  readonly created: boolean;
  /** Fields whose stored value changed (the row's own columns). */
  readonly changedFields: readonly string[];
  readonly deletedBefore: boolean;
  readonly deletedAfter: boolean;
  readonly newConflicts: number;
  /** The fields' values after settling (all fields of the record). */
  readonly fields: Record<string, unknown>;
}

/**
 * Writes what the change log says a record is: each named field's derived
 * value (shared/sync/fieldState.ts), whether it is deleted, its search text
 * and its open conflicts. The sync apply path calls it after appending
 * incoming changes; the command layer calls it after a local write to a
 * record with open conflicts. Either way the row is a function of the log.
 */
export class RecordSettler {
  readonly conflicts: ConflictStore;

  constructor(private readonly wb: Workbook) {
    this.conflicts = wb.conflicts;
  }

  /** `hadOpenConflict`: whether the record had an open conflict before, where the caller has looked (false spares a look per field). */
  settle(
    kind: Kind,
    recordId: string,
    history: ReadonlyMap<string, readonly FieldNode[]>,
    touched: Iterable<string>,
    now: string,
    hadOpenConflict?: boolean,
  ): SettleOutcome {
    const specs = fieldSpecs(kind);
    const existing = this.wb.records.get(kind, recordId);
    const fields: Record<string, unknown> = existing ? { ...existing.fields } : {};
    const changed: Record<string, unknown> = {};
    const setAside = new Map<string, SetAside[]>();
    const touchedFields = new Set(touched);
    const namesToDerive = existing ? [...touchedFields].filter((f) => f !== DELETED_FIELD) : Object.keys(specs);

    for (const field of namesToDerive) {
      const spec = specs[field];
      if (!spec) continue;
      const state = deriveFieldState(history.get(field) ?? [], spec.longText === true)
        // A field the model gained later (FieldSpec.since) has no change in a record made before it.
        ?? (spec.since !== undefined && !history.has(field) ? { value: spec.default, conflicts: [] } : undefined);
      if (!state) throw syncErrors.missingField(kind, recordId, field);
      setAside.set(field, [...state.conflicts]);
      if (!existing || !sameValue(existing.fields[field], state.value)) {
        changed[field] = state.value;
        fields[field] = state.value;
      }
    }

    const deletes = history.get(DELETED_FIELD) as readonly DeleteNode[] | undefined;
    let deletedAfter = existing?.deleted ?? false;
    if (deletes && deletes.length > 0) {
      const liveness = deriveLiveness(deletes, otherStamps(history));
      deletedAfter = liveness.deleted;
      setAside.set(DELETED_FIELD, liveness.conflict ? [liveness.conflict] : []);
    } else if (touchedFields.has(DELETED_FIELD)) {
      setAside.set(DELETED_FIELD, []);
    }

    const journal = this.wb.journal;
    if (!existing) {
      this.wb.records.insert(kind, recordId, fields, deletedAfter);
      journal?.created(kind, recordId, fields, deletedAfter);
    } else {
      this.wb.records.update(kind, recordId, changed);
      journal?.updated(kind, recordId, existing.fields, changed, existing.deleted);
      if (existing.deleted !== deletedAfter) {
        this.wb.records.setDeleted(kind, recordId, deletedAfter);
        journal?.liveness(kind, recordId, existing.deleted, deletedAfter);
      }
    }
    const textChanged = !existing || Object.keys(changed).length > 0 || existing.deleted !== deletedAfter;
    if (textChanged) this.wb.search.recordChanged(kind, recordId, existing?.fields);

    let newConflicts = 0;
    for (const [field, asides] of setAside) {
      // A record seen for the first time, or known to have had no open conflict, has no conflict rows to close.
      if ((!existing || hadOpenConflict === false) && asides.length === 0) continue;
      newConflicts += this.conflicts.syncField(kind, recordId, field, asides, now, (id) => journal?.closedConflicts.add(id));
    }
    return {
      created: !existing,
      changedFields: Object.keys(changed),
      deletedBefore: existing?.deleted ?? false,
      deletedAfter,
      newConflicts,
      fields,
    };
  }
}

function* otherStamps(history: ReadonlyMap<string, readonly FieldNode[]>): Iterable<Stamp> {
  for (const [field, nodes] of history) if (field !== DELETED_FIELD) yield* nodes;
}
