import { msg } from '../../shared/messages/catalogue.js';
import type { MessageParam } from '../../shared/messages/format.js';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Decrypter, Encrypter } from 'age-encryption';
import { z } from 'zod';
import { recordId } from '../../shared/model/fields.js';
import { describeIssue } from '../../shared/model/validation.js';
import { isHlc } from '../../shared/rules/hlc.js';
import { emptyVector } from '../../shared/sync/versionVector.js';
import { syncErrors } from './errors.js';
import { FrameError, readFrames } from './frames.js';

/**
 * The bytes of a sync file (docs/sync-format.md):
 *
 *   [age, passphrase/scrypt] (
 *     header      one line of JSON: format, versions, workbook, sender, vectors
 *     mac         one line: "hmac-sha256:" + hex, under the workbook's sync key,
 *                 over the header line, its newline and the body
 *     body        gzip of the payload JSON: the changes (electron/sync/payload.ts)
 *   )
 *
 * The header is plain and authenticated together with the compressed body,
 * so a reader refuses another workbook's file or a newer format at once, and
 * recognises a file it already holds (its version vector) without unpacking
 * hundreds of thousands of changes.
 */
export const SYNC_EXTENSION = '.pbsync';
export const SYNC_FORMAT = 'prosjektboka-sync';
/** What this app writes; it reads every version from 1 up to this one. */
export const SYNC_FORMAT_VERSION = 3;
/** The first version whose body is columnar frames (electron/sync/frames.ts) rather than one gzip of JSON. */
export const COLUMNAR_FORMAT_VERSION = 3;
/** This app's version; package.json's "version" (a test keeps them equal). */
export const APP_VERSION = '0.2.0';
/** The oldest app that reads what this one writes. */
export const MIN_APP_VERSION = '0.2.0';

export interface SyncLimits {
  /** The file as stored: compressed and perhaps encrypted. */
  readonly fileBytes: number;
  /** The payload decompressed; a gzip bomb stops here. */
  readonly plainBytes: number;
  readonly changes: number;
}

export const SYNC_LIMITS: SyncLimits = { fileBytes: 256 * 2 ** 20, plainBytes: 512 * 2 ** 20, changes: 5_000_000 };
const MAX_HEADER_BYTES = 4 * 2 ** 20;

const vector = z.record(z.string(), z.string());
const headerSchema = z.strictObject({
  format: z.literal(SYNC_FORMAT),
  formatVersion: z.number().int().min(1),
  minAppVersion: z.string().max(40),
  workbookId: z.string().min(1).max(100),
  full: z.boolean(),
  sender: z.strictObject({ replicaId: recordId, name: z.string().max(500) }),
  createdAt: z.string().max(40),
  /** What the sender held when it wrote the file. */
  versionVector: vector,
  /** What the sender assumed the recipient held; null: nothing (every change is in the file). */
  since: vector.nullable(),
  changeCount: z.number().int().min(0),
  /** Version 2: for each origin, how many of its changes the sender holds (all up to versionVector's stamp). */
  counts: z.record(z.string(), z.number().int().min(0)).optional(),
});

export type SyncHeader = z.infer<typeof headerSchema>;

export interface OpenedSyncFile {
  readonly header: SyncHeader;
  /** The header line exactly as authenticated. */
  readonly headerBytes: Buffer;
  readonly mac: string;
  /** The gzip-compressed payload. */
  readonly body: Buffer;
  readonly encrypted: boolean;
  /** Size of the file as stored. */
  readonly fileBytes: number;
  /** How the file is named in messages: «mysen.pbsync», or "Fila". */
  /** The file as messages name it: «plan.pbsync», or «Fila». */
  readonly what: MessageParam;
}

const AGE_MAGIC = Buffer.from('age-encryption.org/v1\n');
const AGE_ARMOR = Buffer.from('-----BEGIN AGE ENCRYPTED FILE-----');
const HEADER_START = Buffer.from(`{"format":"${SYNC_FORMAT}"`);
const MAC_PREFIX = 'hmac-sha256:';

function macOf(key: string, headerBytes: Buffer, body: Buffer): string {
  return MAC_PREFIX + createHmac('sha256', Buffer.from(key, 'hex')).update(headerBytes).update('\n').update(body).digest('hex');
}

export interface EncodeOptions {
  readonly passphrase?: string;
  /** scrypt's log2 work factor; age's default 18 (about a second); tests use less. */
  readonly scryptLogN?: number;
}

/** A version 1 or 2 file: the payload JSON, gzip-compressed as one stream. */
export async function encodeSyncFile(header: SyncHeader, payload: Buffer, key: string, options: EncodeOptions = {}): Promise<Buffer> {
  return encodeSyncBody(header, gzipSync(payload, { level: 6 }), key, options);
}

/** Header, MAC and a body already compressed (version 3: its frames). */
export async function encodeSyncBody(header: SyncHeader, body: Buffer, key: string, options: EncodeOptions = {}): Promise<Buffer> {
  const headerBytes = Buffer.from(JSON.stringify(header));
  const plain = Buffer.concat([headerBytes, Buffer.from(`\n${macOf(key, headerBytes, body)}\n`), body]);
  if (!options.passphrase) return plain;
  const age = new Encrypter();
  age.setPassphrase(options.passphrase);
  if (options.scryptLogN) age.setScryptWorkFactor(options.scryptLogN);
  return Buffer.from(await age.encrypt(plain));
}

export interface OpenOptions {
  readonly passphrase?: string;
  /** The file's name, for messages. */
  readonly what?: string;
  readonly limits?: SyncLimits;
}

/**
 * Decrypts the file and reads its header, refusing with a Norwegian message
 * whatever is not a sync file this app can read. Nothing is authenticated
 * yet: see verifyMac.
 */
export async function openSyncFile(bytes: Uint8Array, options: OpenOptions = {}): Promise<OpenedSyncFile> {
  const what = fileWhat(options.what);
  const limits = options.limits ?? SYNC_LIMITS;
  let buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fileBytes = buf.length;
  if (buf.length > limits.fileBytes) throw syncErrors.tooLarge(what, formatBytes(limits.fileBytes));
  if (buf.length === 0) throw syncErrors.notASyncFile(what);
  let encrypted = false;
  if (startsWith(buf, AGE_MAGIC) || startsWith(buf, AGE_ARMOR)) {
    encrypted = true;
    if (!options.passphrase) throw syncErrors.passphraseMissing(what);
    buf = await decrypt(buf, options.passphrase, what);
  } else if (isPrefixOf(buf, AGE_MAGIC)) {
    throw syncErrors.truncated(what);
  }
  if (!startsWith(buf, HEADER_START)) {
    if (isPrefixOf(buf, HEADER_START)) throw syncErrors.truncated(what);
    if (encrypted) throw syncErrors.corrupt(what, msg('sync.detail.decrypted_not_sync'));
    throw syncErrors.notASyncFile(what);
  }
  const end = buf.indexOf(0x0a);
  if (end < 0) {
    if (buf.length > MAX_HEADER_BYTES) throw syncErrors.tooLarge(msg('sync.file_header', { what }), formatBytes(MAX_HEADER_BYTES));
    throw syncErrors.truncated(what);
  }
  const macEnd = buf.indexOf(0x0a, end + 1);
  if (macEnd < 0) throw syncErrors.truncated(what);
  const headerBytes = buf.subarray(0, end);
  const header = parseHeader(headerBytes, what);
  const mac = buf.subarray(end + 1, macEnd).toString('latin1');
  if (!/^hmac-sha256:[0-9a-f]{64}$/.test(mac)) throw syncErrors.corrupt(what, msg('sync.detail.mac_missing'));
  return { header, headerBytes, mac, body: buf.subarray(macEnd + 1), encrypted, fileBytes, what };
}

/**
 * Refuses a file the key did not authenticate. A file that fails has been
 * changed, was made with another key, or is damaged; which of these is
 * worked out for the message, by trying to unpack it.
 */
export function verifyMac(file: OpenedSyncFile, key: string, limits: SyncLimits = SYNC_LIMITS): void {
  const expected = Buffer.from(macOf(key, file.headerBytes, file.body));
  const given = Buffer.from(file.mac);
  if (expected.length === given.length && timingSafeEqual(expected, given)) return;
  if (file.header.formatVersion >= COLUMNAR_FORMAT_VERSION) {
    // Frames decompress one by one, so a file cut exactly between two frames unpacks: it lacks its tail.
    let last = '';
    for (const frame of payloadFrames(file, limits)) last = frame;
    if (!last.startsWith('{"replicas":') || !last.includes('"signatures":')) throw syncErrors.truncated(file.what);
  } else unpack(file, limits);
  throw syncErrors.tampered(file.what);
}

/**
 * The payload's bytes, decompressed within the limit. For a version 3 file,
 * its frames' JSON objects, one a line (readers decode them frame by frame
 * with `payloadFrames`; this is for looking at a file whole).
 */
export function unpack(file: OpenedSyncFile, limits: SyncLimits = SYNC_LIMITS): Buffer {
  if (file.header.formatVersion >= COLUMNAR_FORMAT_VERSION) return Buffer.from([...payloadFrames(file, limits)].join('\n'));
  if (file.body.length === 0) throw syncErrors.truncated(file.what);
  try {
    return gunzipSync(file.body, { maxOutputLength: limits.plainBytes });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
      throw syncErrors.tooLarge(msg('sync.file_unpacked', { what: file.what }), formatBytes(limits.plainBytes));
    }
    if (code === 'Z_BUF_ERROR') throw syncErrors.truncated(file.what);
    throw syncErrors.corrupt(file.what, msg('sync.detail.compression'));
  }
}

/** A version 3 file's frames, decompressed one at a time within the limit. */
export function* payloadFrames(file: OpenedSyncFile, limits: SyncLimits = SYNC_LIMITS): Generator<string> {
  try {
    yield* readFrames(file.body, limits.plainBytes);
  } catch (e) {
    if (!(e instanceof FrameError)) throw e;
    if (e.problem === 'too_large') throw syncErrors.tooLarge(msg('sync.file_unpacked', { what: file.what }), formatBytes(limits.plainBytes));
    if (e.problem === 'truncated') throw syncErrors.truncated(file.what);
    throw syncErrors.corrupt(file.what, msg('sync.detail.compression'));
  }
}

async function decrypt(buf: Buffer, passphrase: string, what: MessageParam): Promise<Buffer> {
  const age = new Decrypter();
  age.addPassphrase(passphrase);
  try {
    return Buffer.from(await age.decrypt(new Uint8Array(buf)));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/no identity matched/.test(message)) throw syncErrors.passphraseWrong(what);
    if (/work factor is too high/.test(message)) throw syncErrors.tooLarge(what, msg('sync.detail.scrypt_limit'));
    // age authenticates every 64 KiB chunk: a cut or a flipped bit shows only as a chunk that fails.
    if (/stream ended|invalid tag|unexpected end/.test(message)) throw syncErrors.truncatedOrDamaged(what);
    throw syncErrors.corrupt(what, msg('sync.detail.encryption', { message }));
  }
}

function parseHeader(bytes: Buffer, what: MessageParam): SyncHeader {
  let h: unknown;
  let forbidden: string | undefined;
  try {
    // The header is small: every key is looked at, so a `__proto__` key is refused by name, not half-trusted.
    h = JSON.parse(bytes.toString('utf8'), (key, value: unknown) => {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') forbidden ??= key;
      return value;
    });
  } catch {
    throw syncErrors.corrupt(what, msg('sync.detail.header_json'));
  }
  if (typeof h !== 'object' || h === null || Array.isArray(h)) throw syncErrors.notASyncFile(what);
  const raw = h as Record<string, unknown>;
  const version = raw.formatVersion;
  const minApp = typeof raw.minAppVersion === 'string' ? raw.minAppVersion : '?';
  if (typeof version === 'number' && (version > SYNC_FORMAT_VERSION || compareVersions(minApp, APP_VERSION) > 0)) {
    throw syncErrors.newerFormat(what, version, minApp);
  }
  if (forbidden) throw syncErrors.malformed(what, msg('sync.detail.header_forbidden_key', { key: forbidden }));
  const parsed = headerSchema.safeParse(h);
  if (!parsed.success) {
    const d = describeIssue(parsed.error.issues[0]!);
    throw syncErrors.malformed(what, msg('sync.detail.header_field', { field: d.field, message: d.text }));
  }
  const header = parsed.data;
  if ((header.formatVersion >= 2) !== (header.counts !== undefined)) {
    throw syncErrors.malformed(what, msg(header.counts ? 'sync.detail.counts_in_v1' : 'sync.detail.counts_missing'));
  }
  const versionVector = checkVector(header.versionVector, 'versionVector', what);
  let counts: Record<string, number> | undefined;
  if (header.counts) {
    counts = Object.create(null) as Record<string, number>;
    for (const [k, n] of Object.entries(header.counts)) {
      if (versionVector[k] === undefined) throw syncErrors.malformed(what, msg('sync.detail.counts_unknown', { id: k.slice(0, 60) }));
      counts[k] = n;
    }
  }
  return {
    ...header,
    versionVector,
    since: header.since === null ? null : checkVector(header.since, 'since', what),
    ...(counts ? { counts } : {}),
  };
}

function checkVector(v: Record<string, string>, name: string, what: MessageParam): Record<string, string> {
  const out = emptyVector();
  for (const [k, hlc] of Object.entries(v)) {
    if (!recordId.safeParse(k).success) throw syncErrors.malformed(what, msg('sync.detail.bad_replica_id', { name, id: k.slice(0, 60) }));
    if (!isHlc(hlc)) throw syncErrors.malformed(what, msg('sync.detail.bad_stamp_for', { name, id: k }));
    out[k] = hlc;
  }
  return out;
}

/** Compares dotted version numbers; anything unreadable counts as newer, so it is refused. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((n) => (/^\d+$/.test(n) ? Number(n) : Number.POSITIVE_INFINITY));
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d > 0 ? 1 : -1;
  }
  return 0;
}

function startsWith(buf: Buffer, prefix: Buffer): boolean {
  return buf.length >= prefix.length && buf.subarray(0, prefix.length).equals(prefix);
}

function isPrefixOf(buf: Buffer, whole: Buffer): boolean {
  return buf.length < whole.length && whole.subarray(0, buf.length).equals(buf);
}

export function formatBytes(n: number): string {
  if (n >= 2 ** 20) return `${Math.round(n / 2 ** 20)} MiB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KiB`;
  return `${n} byte`;
}

/** The file as messages name it: «plan.pbsync» when its name is known, else «Fila». */
export function fileWhat(name: string | undefined): MessageParam {
  return name ? msg('sync.named_file', { name }) : msg('sync.the_file');
}
