import { z } from 'zod';
import { recordId as recordIdSchema } from '../../shared/model/fields.js';
import { msg } from '../../shared/messages/catalogue.js';
import type { MessageParam, MessageText } from '../../shared/messages/format.js';
import { describeIssue } from '../../shared/model/validation.js';
import { isHlc } from '../../shared/rules/hlc.js';
import type { Stamp } from '../../shared/sync/stamps.js';
import type { IncomingChange } from '../workbook/applyChanges.js';
import { syncErrors } from './errors.js';
import { ChangeCheck } from './changeCheck.js';
import { readColumnar } from './columnarRead.js';
import { COLUMNAR_FORMAT_VERSION, SYNC_LIMITS, payloadFrames, unpack, type OpenedSyncFile, type SyncHeader, type SyncLimits } from './fileFormat.js';
import { isPublicKey } from '../workbook/signatures.js';
import { restoreDigests } from './elidedDigests.js';
import { parseJson } from './safeJson.js';

/**
 * The payload of a sync file (docs/sync-format.md), read whatever its
 * version: version 3's columns in frames (electron/sync/columnarRead.ts), or
 * versions 1–2's JSON, gzip-compressed after the header, where a change is a
 * compact array, since a file may hold hundreds of thousands:
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

/**
 * Unpacks, parses and checks the whole payload before anything is written:
 * every change must name a known kind and field, carry a value the model
 * accepts, and appear once. The first problem refuses the file, naming it.
 */
export function readPayload(file: OpenedSyncFile, limits: SyncLimits = SYNC_LIMITS, deadline?: Deadline): ReadPayload {
  const what = file.what;
  const bad = (detail: MessageText) => syncErrors.malformed(what, detail);
  if (file.header.changeCount > limits.changes) throw syncErrors.tooLarge(what, msg('sync.detail.changes_limit', { n: limits.changes }));
  const p = file.header.formatVersion >= COLUMNAR_FORMAT_VERSION ? readFrames(file, limits, bad, deadline) : readJson(file, limits, bad, deadline);
  if (p.changes.length !== file.header.changeCount) throw bad(msg('sync.detail.count_mismatch', { said: file.header.changeCount, has: p.changes.length }));
  if (file.header.full && !p.key) throw bad(msg('sync.detail.full_without_key'));
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
  // Version 3 leaves out the digests the file's own changes give (electron/sync/elidedDigests.ts): put back, the lines read as signed.
  const signed = file.header.formatVersion >= COLUMNAR_FORMAT_VERSION ? restoreDigests(signatures, p.changes, bad) : signatures;
  return { ...file.header, key: p.key, replicas: p.replicas, signatures: signed, changes: p.changes, fileBytes: file.fileBytes, encrypted: file.encrypted };
}

interface Decoded {
  readonly key?: string;
  readonly replicas: readonly PayloadReplica[];
  readonly signatures?: readonly { origin: number; stamps: string; signature: string }[];
  readonly changes: readonly IncomingChange[];
}

/** Versions 1 and 2: one JSON document, the changes as arrays. */
function readJson(file: OpenedSyncFile, limits: SyncLimits, bad: (d: MessageText) => Error, deadline?: Deadline): Decoded {
  const what = file.what;
  const raw = parseJson(unpack(file, limits), what);
  const shape = payloadShape.safeParse(raw);
  if (!shape.success) {
    const d = describeIssue(shape.error.issues[0]!);
    throw bad(msg('sync.detail.field', { field: d.field, message: d.text }));
  }
  const p = shape.data;
  // Before the changes are checked one by one: a header that disagrees refuses the file at once.
  if (p.changes.length !== file.header.changeCount) throw bad(msg('sync.detail.count_mismatch', { said: file.header.changeCount, has: p.changes.length }));
  if (file.header.formatVersion < 2 && (p.signatures !== undefined || p.replicas.some((r) => r.signingKey !== undefined))) {
    throw bad(msg('sync.detail.v1_signatures'));
  }
  deadline?.check(what);
  const changes = readChanges(p.changes, p.replicas.map((r) => r.id), bad, () => deadline?.check(what));
  return { ...p, changes };
}

/** Version 3: frames of columns, decompressed and decoded one at a time (electron/sync/columnarRead.ts). */
function readFrames(file: OpenedSyncFile, limits: SyncLimits, bad: (d: MessageText) => Error, deadline?: Deadline): Decoded {
  const what = file.what;
  function* parsed(): Generator<unknown> {
    for (const text of payloadFrames(file, limits)) yield parseJson(text, what);
  }
  return readColumnar(parsed(), file.header.changeCount, bad, () => deadline?.check(what));
}

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
  const check = new ChangeCheck(bad);
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
    if (c.length === 8 && typeof erasedHash !== 'string') throw bad(msg('sync.detail.erased_bad_hash', { n }));
    const stamp: Stamp = { hlc: stampOk(hlc, n), replicaId: replicaAt(r, n) };
    const parents: Stamp[] = [];
    if (prev !== undefined && prev !== null) {
      if (!Array.isArray(prev) || prev.length > 10_000) throw bad(msg('sync.detail.bad_prev', { n }));
      for (const pair of prev as unknown[]) {
        if (!Array.isArray(pair) || pair.length !== 2) throw bad(msg('sync.detail.bad_prev', { n }));
        parents.push({ hlc: stampOk(pair[0], n), replicaId: replicaAt(pair[1], n) });
      }
    }
    out[i] = check.check(n, kind, recordId, field, stamp, value, parents, c.length === 8 ? erasedHash : undefined);
  }
  return out;
}
