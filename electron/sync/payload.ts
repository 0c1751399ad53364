import { z } from 'zod';
import { recordId as recordIdSchema } from '../../shared/model/fields.js';
import { msg } from '../../shared/messages/catalogue.js';
import type { MessageParam, MessageText } from '../../shared/messages/format.js';
import { kindWord } from '../../shared/model/kindLabels.js';
import { fieldSpecs, isKind, type Kind } from '../../shared/model/kinds.js';
import { describeIssue } from '../../shared/model/validation.js';
import { isHlc } from '../../shared/rules/hlc.js';
import { sameStamp, type Stamp } from '../../shared/sync/stamps.js';
import type { IncomingChange } from '../workbook/applyChanges.js';
import { DELETED_FIELD, ERASED_FIELD } from '../workbook/changeLog.js';
import { syncErrors } from './errors.js';
import { SYNC_LIMITS, unpack, type OpenedSyncFile, type SyncHeader, type SyncLimits } from './fileFormat.js';
import { isPublicKey } from '../workbook/signatures.js';

/**
 * The payload of a sync file: JSON, gzip-compressed after the header
 * (docs/sync-format.md). A change is a compact array, since a file may hold
 * hundreds of thousands:
 *
 *   [kind, recordId, field, hlc, replica, value, prev?]
 *
 * `replica` indexes `replicas`; `prev` is a list of [hlc, replica] pairs.
 * Version 2 adds each installation's public key to `replicas` and the
 * origins' signed batches (`signatures`, electron/workbook/signatures.ts).
 */
export interface ReadPayload extends SyncHeader {
  /** Full files only: the workbook's sync key, which a joining installation takes over. */
  readonly key?: string;
  /** The installations the changes name, with the names and public keys the sender knows them by. */
  readonly replicas: readonly PayloadReplica[];
  /** The origins' signed batches that vouch for the changes (version 2). */
  readonly signatures: readonly PayloadSignature[];
  readonly changes: readonly IncomingChange[];
  readonly fileBytes: number;
  readonly encrypted: boolean;
}

export interface PayloadReplica {
  readonly id: string;
  readonly name: string;
  readonly signingKey?: string;
}

export interface PayloadSignature {
  readonly origin: string;
  /** "hlc digest" lines. */
  readonly stamps: string;
  readonly signature: string;
}

const replicaId = recordIdSchema;
const payloadShape = z.strictObject({
  key: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  replicas: z
    .array(z.strictObject({ id: replicaId, name: z.string().max(500), signingKey: z.string().refine(isPublicKey, 'public_key').optional() }))
    .max(100_000),
  signatures: z
    .array(z.strictObject({ origin: z.number().int().min(0), stamps: z.string().max(100_000), signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/) }))
    .max(1_000_000)
    .optional(),
  changes: z.array(z.unknown()),
});

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Unpacks, parses and checks the whole payload before anything is written:
 * every change must name a known kind and field, carry a value the model
 * accepts, and appear once. The first problem refuses the file, naming it.
 */
export function readPayload(file: OpenedSyncFile, limits: SyncLimits = SYNC_LIMITS, deadline?: Deadline): ReadPayload {
  const what = file.what;
  const bad = (detail: MessageText) => syncErrors.malformed(what, detail);
  if (file.header.changeCount > limits.changes) throw syncErrors.tooLarge(what, msg('sync.detail.changes_limit', { n: limits.changes }));
  const raw = parseJson(unpack(file, limits), what);
  const shape = payloadShape.safeParse(raw);
  if (!shape.success) {
    const d = describeIssue(shape.error.issues[0]!);
    throw bad(msg('sync.detail.field', { field: d.field, message: d.text }));
  }
  const p = shape.data;
  if (p.changes.length !== file.header.changeCount) throw bad(msg('sync.detail.count_mismatch', { said: file.header.changeCount, has: p.changes.length }));
  if (file.header.full && !p.key) throw bad(msg('sync.detail.full_without_key'));
  if (file.header.formatVersion < 2 && (p.signatures !== undefined || p.replicas.some((r) => r.signingKey !== undefined))) {
    throw bad(msg('sync.detail.v1_signatures'));
  }
  const ids = new Set<string>();
  for (const r of p.replicas) {
    if (ids.has(r.id)) throw bad(msg('sync.detail.replica_twice', { id: r.id }));
    ids.add(r.id);
  }
  const replicaIds = p.replicas.map((r) => r.id);
  const signatures = (p.signatures ?? []).map((s, i) => {
    const origin = replicaIds[s.origin];
    if (origin === undefined) throw bad(msg('sync.detail.signature_unknown_replica', { n: i + 1 }));
    return { origin, stamps: s.stamps, signature: s.signature };
  });
  deadline?.check(what);
  const changes = readChanges(p.changes, replicaIds, bad, () => deadline?.check(what));
  return { ...file.header, key: p.key, replicas: p.replicas, signatures, changes, fileBytes: file.fileBytes, encrypted: file.encrypted };
}

function parseJson(payload: Buffer, what: MessageParam): unknown {
  const text = payload.toString('utf8');
  try {
    if (!text.includes('__proto__') && !text.includes('"constructor"') && !text.includes('"prototype"')) return JSON.parse(text);
    // Rare: look at every key, so a `__proto__` key is refused by name rather than trusted anywhere.
    return JSON.parse(text, function (this: unknown, key: string, value: unknown) {
      if (FORBIDDEN_KEYS.has(key) && this !== null && typeof this === 'object' && !Array.isArray(this)) {
        throw new ForbiddenKey(key);
      }
      return value;
    });
  } catch (e) {
    if (e instanceof ForbiddenKey) throw syncErrors.malformed(what, msg('sync.detail.forbidden_key', { key: e.key }));
    throw syncErrors.corrupt(what, msg('sync.detail.content_json'));
  }
}

class ForbiddenKey extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** When reading one file must stop (the sync folder's time bound per file); `check` throws once it has passed. */
export interface Deadline {
  check(what: MessageParam): void;
}

export function deadlineAfter(ms: number, now: () => number = Date.now): Deadline {
  const end = now() + ms;
  return {
    check(what) {
      if (now() >= end) throw syncErrors.tooSlow(what, Math.round(ms / 1000));
    },
  };
}

function readChanges(list: readonly unknown[], replicas: readonly string[], bad: (d: MessageText) => Error, tick: () => void): IncomingChange[] {
  const out: IncomingChange[] = new Array<IncomingChange>(list.length);
  const seen = new Set<string>();
  const kindOf = new Map<string, Kind>();
  const replicaAt = (i: unknown, n: number): string => {
    if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= replicas.length) {
      throw bad(msg('sync.detail.change_unknown_replica', { n }));
    }
    return replicas[i]!;
  };
  // Any stamp is accepted, however far ahead: a machine with a wrong date still made real edits. The
  // import keeps them, merges them by what they supersede and says whose clock is wrong (importFile.ts).
  const stampOk = (hlc: unknown, n: number): string => {
    if (!isHlc(hlc)) throw bad(msg('sync.detail.change_bad_stamp', { n }));
    return hlc;
  };
  for (let i = 0; i < list.length; i++) {
    if (i % 8192 === 0) tick();
    const n = i + 1;
    const c = list[i];
    if (!Array.isArray(c) || c.length < 6 || c.length > 8) throw bad(msg('sync.detail.change_shape', { n }));
    const [kind, recordId, field, hlc, r, value, prev, erasedHash] = c as unknown[];
    if (c.length === 8 && (typeof erasedHash !== 'string' || !/^[0-9a-f]{64}$/.test(erasedHash))) {
      throw bad(msg('sync.detail.erased_bad_hash', { n }));
    }
    if (typeof kind !== 'string' || !isKind(kind)) throw bad(msg('sync.detail.change_unknown_kind', { n, kind: String(kind).slice(0, 60) }));
    if (typeof recordId !== 'string' || !RECORD_ID.test(recordId)) throw bad(msg('sync.detail.change_bad_id', { n }));
    const label = kindWord(kind);
    if (typeof field !== 'string') throw bad(msg('sync.detail.change_no_field', { n }));
    const stamp: Stamp = { hlc: stampOk(hlc, n), replicaId: replicaAt(r, n) };
    let parsed: unknown;
    if (field === DELETED_FIELD) {
      if (typeof value !== 'boolean') throw bad(msg('sync.detail.deleted_boolean', { kind: label, id: recordId, field: DELETED_FIELD }));
      parsed = value;
    } else if (field === ERASED_FIELD) {
      if (kind !== 'person' || value !== true) throw bad(msg('sync.detail.erased_field', { kind: label, id: recordId, field: ERASED_FIELD }));
      parsed = value;
    } else {
      const specs = fieldSpecs(kind);
      if (!Object.prototype.hasOwnProperty.call(specs, field)) {
        throw bad(msg('sync.detail.unknown_field', { field: field.slice(0, 60), kind: label, id: recordId }));
      }
      const result = specs[field]!.schema.safeParse(value);
      if (!result.success) {
        const issue = describeIssue(result.error.issues[0]!);
        throw bad(msg('sync.detail.record_field', { kind: label, id: recordId, field, message: issue.text }));
      }
      parsed = result.data;
    }
    const parents: Stamp[] = [];
    if (prev !== undefined && prev !== null) {
      if (!Array.isArray(prev) || prev.length > 10_000) throw bad(msg('sync.detail.bad_prev', { n }));
      for (const pair of prev as unknown[]) {
        if (!Array.isArray(pair) || pair.length !== 2) throw bad(msg('sync.detail.bad_prev', { n }));
        const parent = { hlc: stampOk(pair[0], n), replicaId: replicaAt(pair[1], n) };
        // What a change supersedes may carry a later stamp (its author's clock was behind, or the other's
        // ahead): causality, not clocks, orders them. Only superseding itself makes no sense; a delete's
        // vector does include itself.
        if (sameStamp(parent, stamp) && field !== DELETED_FIELD) throw bad(msg('sync.detail.self_parent', { n }));
        parents.push(parent);
      }
    }
    const identity = `${stamp.replicaId} ${stamp.hlc} ${recordId} ${field}`;
    if (seen.has(identity)) throw bad(msg('sync.detail.change_twice', { field, kind: label, id: recordId, stamp: stamp.hlc }));
    seen.add(identity);
    const known = kindOf.get(recordId);
    if (known && known !== kind) throw bad(msg('sync.detail.id_two_kinds', { id: recordId, known: kindWord(known), kind: label }));
    kindOf.set(recordId, kind);
    out[i] = {
      kind, recordId, field, hlc: stamp.hlc, replicaId: stamp.replicaId, value: parsed, prev: parents,
      ...(c.length === 8 ? { valueSha256: erasedHash as string } : {}),
    };
  }
  return out;
}
