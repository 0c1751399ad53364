import { msg } from '../../shared/messages/catalogue.js';
import type { MessageText } from '../../shared/messages/format.js';
import { kindWord } from '../../shared/model/kindLabels.js';
import { fieldSpecs, isKind, type Kind } from '../../shared/model/kinds.js';
import { describeIssue } from '../../shared/model/validation.js';
import { sameStamp, type Stamp } from '../../shared/sync/stamps.js';
import type { IncomingChange } from '../workbook/applyChanges.js';
import { DELETED_FIELD, ERASED_FIELD } from '../workbook/changeLog.js';

const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const SHA256 = /^[0-9a-f]{64}$/;

/**
 * The model's checks of one field change from a sync file, whatever the
 * file's encoding (version 1–2 arrays, version 3 columns): a known kind and
 * field of the registry (shared/model/kinds.ts), a value the field's schema
 * accepts, one identity once, one kind per record id, no change that
 * supersedes itself. The first problem refuses the file, naming it.
 *
 * Stamps and replicas come checked by the decoder (it resolves indexes).
 */
export class ChangeCheck {
  private readonly seen = new Set<string>();
  private readonly kindOf = new Map<string, Kind>();

  constructor(private readonly bad: (d: MessageText) => Error) {}

  check(
    n: number, kind: unknown, recordId: unknown, field: unknown, stamp: Stamp, value: unknown, prev: readonly Stamp[], erasedHash: unknown,
  ): IncomingChange {
    const bad = this.bad;
    if (erasedHash !== undefined && (typeof erasedHash !== 'string' || !SHA256.test(erasedHash))) throw bad(msg('sync.detail.erased_bad_hash', { n }));
    if (typeof kind !== 'string' || !isKind(kind)) throw bad(msg('sync.detail.change_unknown_kind', { n, kind: String(kind).slice(0, 60) }));
    // An id seen before under this kind was checked then; a million changes of 10 000 records need 10 000 regex tests.
    const known = typeof recordId === 'string' ? this.kindOf.get(recordId) : undefined;
    if (known === undefined && (typeof recordId !== 'string' || !RECORD_ID.test(recordId))) throw bad(msg('sync.detail.change_bad_id', { n }));
    const id = recordId as string;
    const label = kindWord(kind);
    if (typeof field !== 'string') throw bad(msg('sync.detail.change_no_field', { n }));
    let parsed: unknown;
    if (field === DELETED_FIELD) {
      if (typeof value !== 'boolean') throw bad(msg('sync.detail.deleted_boolean', { kind: label, id, field: DELETED_FIELD }));
      parsed = value;
    } else if (field === ERASED_FIELD) {
      if (kind !== 'person' || value !== true) throw bad(msg('sync.detail.erased_field', { kind: label, id, field: ERASED_FIELD }));
      parsed = value;
    } else {
      const specs = fieldSpecs(kind);
      if (!Object.prototype.hasOwnProperty.call(specs, field)) {
        throw bad(msg('sync.detail.unknown_field', { field: field.slice(0, 60), kind: label, id }));
      }
      const result = specs[field]!.schema.safeParse(value);
      if (!result.success) {
        const issue = describeIssue(result.error.issues[0]!);
        throw bad(msg('sync.detail.record_field', { kind: label, id, field, message: issue.text }));
      }
      parsed = result.data;
    }
    // What a change supersedes may carry a later stamp (its author's clock was behind, or the other's
    // ahead): causality, not clocks, orders them. Only superseding itself makes no sense; a delete's
    // vector does include itself.
    if (field !== DELETED_FIELD) for (const parent of prev) if (sameStamp(parent, stamp)) throw bad(msg('sync.detail.self_parent', { n }));
    const identity = `${stamp.replicaId} ${stamp.hlc} ${id} ${field}`;
    if (this.seen.has(identity)) throw bad(msg('sync.detail.change_twice', { field, kind: label, id, stamp: stamp.hlc }));
    this.seen.add(identity);
    if (known && known !== kind) throw bad(msg('sync.detail.id_two_kinds', { id, known: kindWord(known), kind: label }));
    if (!known) this.kindOf.set(id, kind);
    return {
      kind, recordId: id, field, hlc: stamp.hlc, replicaId: stamp.replicaId, value: parsed, prev,
      ...(erasedHash !== undefined ? { valueSha256: erasedHash as string } : {}),
    };
  }
}
