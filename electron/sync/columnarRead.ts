import { z } from 'zod';
import { msg } from '../../shared/messages/catalogue.js';
import type { MessageText } from '../../shared/messages/format.js';
import { recordId as recordIdSchema } from '../../shared/model/fields.js';
import { describeIssue } from '../../shared/model/validation.js';
import { encodeHlc, isHlc } from '../../shared/rules/hlc.js';
import type { Stamp } from '../../shared/sync/stamps.js';
import type { IncomingChange } from '../workbook/applyChanges.js';
import { ChangeCheck } from './changeCheck.js';
import { MAX_FIELDS } from './columnarWrite.js';
import { isPublicKey } from '../workbook/signatures.js';

/**
 * Reads the frames of a version 3 payload (electron/sync/columnarWrite.ts),
 * one at a time: the head (the key, in a full file), blocks of changes in
 * columns, the tail (the signed batches). Every index, delta and column
 * length is checked before it is used, and every change goes through the
 * same model checks as a version 2 change (ChangeCheck), so a file refused
 * in one encoding is refused in the other.
 */
export interface ColumnarPayload {
  readonly key?: string;
  readonly replicas: readonly { id: string; name: string; signingKey?: string }[];
  readonly signatures: readonly { origin: number; stamps: string; signature: string }[];
  readonly changes: readonly IncomingChange[];
}

const MAX_MILLIS = 9_999_999_999_999_999;
const MAX_COUNTER = 99_999;
const replicaShape = z.strictObject({ id: recordIdSchema, name: z.string().max(500), signingKey: z.string().refine(isPublicKey, 'public_key').optional() });
const headShape = z.strictObject({ key: z.string().regex(/^[0-9a-f]{64}$/).optional() });
const tailShape = z.strictObject({
  replicas: z.array(replicaShape).max(100_000),
  signatures: z
    .array(z.strictObject({ origin: z.number().int().min(0), stamps: z.string().max(100_000), signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/) }))
    .max(1_000_000),
  changes: z.number().int().min(0),
});
const BLOCK_KEYS = ['replicas', 'kinds', 'fields', 'records', 'recordKinds', 'rec', 'fld', 'org', 'ms', 'ctr', 'prev', 'val', 'erased'] as const;
type Block = Record<(typeof BLOCK_KEYS)[number], unknown[]>;

export function readColumnar(frames: Iterable<unknown>, said: number, bad: (d: MessageText) => Error, tick: () => void): ColumnarPayload {
  const shaped = <T>(schema: z.ZodType<T>, value: unknown): T => {
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    const d = describeIssue(r.error.issues[0]!);
    throw bad(msg('sync.detail.field', { field: d.field, message: d.text }));
  };
  const state = new ReadState(bad);
  let key: string | undefined;
  let tail: z.infer<typeof tailShape> | undefined;
  let index = 0;
  for (const frame of frames) {
    tick();
    if (tail) throw bad(msg('sync.detail.columns', { block: index, problem: 'after_tail' }));
    if (index === 0) key = shaped(headShape, frame).key;
    else if (isObject(frame) && 'signatures' in frame) {
      tail = shaped(tailShape, frame);
      state.addReplicas(tail.replicas);
    } else state.block(frame, index);
    // The header's count bounds what is decoded: a file cannot make the reader hold more than it declared.
    if (state.changes.length > said) throw bad(msg('sync.detail.count_mismatch', { said, has: `${state.changes.length}+` }));
    index++;
  }
  if (!tail) throw bad(msg('sync.detail.columns', { block: index, problem: 'no_tail' }));
  if (tail.changes !== state.changes.length) throw bad(msg('sync.detail.count_mismatch', { said: tail.changes, has: state.changes.length }));
  return { ...(key ? { key } : {}), replicas: state.replicas, signatures: tail.signatures, changes: state.changes };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The dictionaries and deltas a reader carries from block to block, as the writer did. */
class ReadState {
  readonly replicas: { id: string; name: string; signingKey?: string }[] = [];
  readonly changes: IncomingChange[] = [];
  private readonly kinds: string[] = [];
  private readonly fields: string[] = [];
  private readonly records: string[] = [];
  private readonly recordKind: number[] = [];
  private readonly lastMillis = new Map<number, number>();
  private readonly lastOfField = new Map<number, Stamp>();
  private lastRecord = 0;
  private readonly check: ChangeCheck;

  constructor(private readonly bad: (d: MessageText) => Error) {
    this.check = new ChangeCheck(bad);
  }

  addReplicas(list: readonly unknown[]): void {
    for (const r of list) {
      const parsed = replicaShape.safeParse(r);
      if (!parsed.success) {
        const d = describeIssue(parsed.error.issues[0]!);
        throw this.bad(msg('sync.detail.field', { field: `replicas.${d.field}`, message: d.text }));
      }
      this.replicas.push(parsed.data);
    }
    if (this.replicas.length > 100_000) throw this.bad(msg('sync.detail.columns', { block: 0, problem: 'replicas' }));
  }

  block(frame: unknown, index: number): void {
    const fail = (problem: string) => this.bad(msg('sync.detail.columns', { block: index, problem }));
    if (!isObject(frame)) throw fail('shape');
    const keys = Object.keys(frame);
    if (keys.length !== BLOCK_KEYS.length || BLOCK_KEYS.some((k) => !Array.isArray(frame[k]))) throw fail('shape');
    const b = frame as Block;
    this.addReplicas(b.replicas);
    for (const k of b.kinds) if (typeof k !== 'string' || k.length > 100) throw fail('kinds');
    this.kinds.push(...(b.kinds as string[]));
    for (const f of b.fields) if (typeof f !== 'string' || f.length > 200) throw fail('fields');
    this.fields.push(...(b.fields as string[]));
    if (this.fields.length > MAX_FIELDS) throw fail('fields');
    if (b.records.length !== b.recordKinds.length) throw fail('records');
    for (let i = 0; i < b.records.length; i++) {
      const id = b.records[i];
      const kind = b.recordKinds[i];
      if (typeof id !== 'string' || id.length > 100 || !isIndex(kind, this.kinds.length)) throw fail('records');
      this.records.push(id);
      this.recordKind.push(kind);
    }
    const n = b.rec.length;
    for (const col of [b.fld, b.org, b.ms, b.ctr, b.prev, b.val]) if (col.length !== n) throw fail('lengths');
    const erased = this.erasedOf(b.erased, n, fail);
    const values = valueOrder(b.fld, this.fields.length, fail);
    const replicaAt = (i: unknown): string => {
      if (!isIndex(i, this.replicas.length)) throw fail('replica');
      return this.replicas[i]!.id;
    };
    for (let i = 0; i < n; i++) {
      const count = this.changes.length + 1;
      const delta = b.rec[i];
      if (!Number.isSafeInteger(delta)) throw fail('rec');
      const rec = this.lastRecord + (delta as number);
      if (rec < 0 || rec >= this.records.length) throw fail('rec');
      this.lastRecord = rec;
      const fld = b.fld[i] as number;
      const org = b.org[i];
      const replicaId = replicaAt(org);
      const ms = b.ms[i];
      const ctr = b.ctr[i];
      if (!Number.isSafeInteger(ms) || !Number.isInteger(ctr) || (ctr as number) < 0 || (ctr as number) > MAX_COUNTER) throw fail('stamp');
      const millis = (this.lastMillis.get(org as number) ?? 0) + (ms as number);
      if (millis < 0 || millis > MAX_MILLIS) throw fail('stamp');
      this.lastMillis.set(org as number, millis);
      const stamp: Stamp = { hlc: encodeHlc({ millis, counter: ctr as number }), replicaId };
      const key = rec * MAX_FIELDS + fld;
      const p = b.prev[i];
      let prev: Stamp[];
      if (p === 0) prev = [];
      else if (p === 1) {
        const last = this.lastOfField.get(key);
        if (!last) throw fail('prev');
        prev = [last];
      } else {
        if (!Array.isArray(p) || p.length === 0 || p.length > 10_000) throw fail('prev');
        prev = p.map((pair: unknown) => {
          if (!Array.isArray(pair) || pair.length !== 2 || !isHlc(pair[0])) throw fail('prev');
          return { hlc: pair[0], replicaId: replicaAt(pair[1]) };
        });
      }
      this.lastOfField.set(key, stamp);
      const kind = this.kinds[this.recordKind[rec]!];
      const change = this.check.check(count, kind, this.records[rec], this.fields[fld], stamp, b.val[values[i]!], prev, erased.get(i));
      this.changes.push(change);
    }
  }

  private erasedOf(list: readonly unknown[], n: number, fail: (p: string) => Error): Map<number, unknown> {
    const out = new Map<number, unknown>();
    let last = -1;
    for (const e of list) {
      if (!Array.isArray(e) || e.length !== 2 || !isIndex(e[0], n) || e[0] <= last) throw fail('erased');
      last = e[0];
      out.set(e[0], e[1]);
    }
    return out;
  }
}

function isIndex(v: unknown, length: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < length;
}

/** Where each change's value is in `val`: grouped by field, in the order the block first names each field. */
function valueOrder(fld: readonly unknown[], fields: number, fail: (p: string) => Error): number[] {
  const sizes = new Map<number, number>();
  for (const f of fld) {
    if (!isIndex(f, fields)) throw fail('fld');
    sizes.set(f, (sizes.get(f) ?? 0) + 1);
  }
  const start = new Map<number, number>();
  let offset = 0;
  for (const [f, size] of sizes) {
    start.set(f, offset);
    offset += size;
  }
  return fld.map((f) => {
    const at = start.get(f as number)!;
    start.set(f as number, at + 1);
    return at;
  });
}
