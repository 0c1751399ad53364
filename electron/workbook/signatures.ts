import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { isHlc } from '../../shared/rules/hlc.js';

/**
 * Signed origins (docs/sync-format.md, "Signatures"). Each installation has
 * an Ed25519 key pair; its public key travels in the workbook and in sync
 * files. An installation signs its own changes when they first leave it (at
 * export), in batches of at most MAX_STAMPS_PER_BATCH stamps: a batch's
 * statement lists, for each stamp, a digest of the changes made under it.
 * The statement, not the changes, is signed, and the digest of a change
 * covers a hash of its value rather than the value. So:
 *
 *  - a relay forwards the origin's signature with the changes, and any reader
 *    checks each change against the origin's own key, however it travelled;
 *  - a file may carry only some stamps of a batch (a delta): the statement
 *    still verifies, and the stamps it carries are checked against it;
 *  - a value erased later (a person's name, issue 12) keeps its hash: the
 *    history stays verifiable without the value it no longer reveals.
 */
export const MAX_STAMPS_PER_BATCH = 256;
const STATEMENT_HEAD = 'prosjektboka-signed-changes 1';

export interface SigningKeyPair {
  /** PKCS #8 DER, base64: kept on this machine only (electron/workbook/installationStore.ts). */
  readonly privateKey: string;
  /** The raw 32-byte public key, base64url: travels in the workbook and in files. */
  readonly publicKey: string;
}

export function generateSigningKey(): SigningKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKey: rawPublicKey(publicKey),
  };
}

export function publicKeyOf(privateKey: string): string {
  return rawPublicKey(createPublicKey(privateKeyObject(privateKey)));
}

/** Whether a string is a public key as files carry it. */
export function isPublicKey(s: unknown): s is string {
  return typeof s === 'string' && /^[A-Za-z0-9_-]{43}$/.test(s);
}

/** One change as the digest sees it: its value as JSON text, its prev as stored (shared/sync/stamps.ts). */
export interface DigestedChange {
  readonly kind: string;
  readonly recordId: string;
  readonly field: string;
  readonly valueJson: string;
  readonly prev: string | null;
  /** The SHA-256 of the original value's JSON when the value was erased since (electron/workbook/erasure.ts): the digest covers it instead. */
  readonly valueSha256?: string | null;
}

/** The digest of the changes an origin made under one stamp, in any order. */
export function stampDigest(changes: readonly DigestedChange[]): string {
  const lines = changes
    .map((c) => `${c.kind}\t${c.recordId}\t${c.field}\t${c.valueSha256 ?? sha256(c.valueJson)}\t${c.prev ?? ''}\n`)
    .sort();
  const h = createHash('sha256');
  for (const line of lines) h.update(line);
  return h.digest('hex');
}

/** A batch's stamp lines: "hlc digest", one per stamp, in stamp order. */
export function stampLines(entries: readonly { readonly hlc: string; readonly digest: string }[]): string {
  return entries.map((e) => `${e.hlc} ${e.digest}`).join('\n');
}

/** The stamps a batch vouches for; undefined when its lines are not well-formed. */
export function parseStampLines(lines: string): Map<string, string> | undefined {
  const out = new Map<string, string>();
  const list = lines.split('\n');
  if (list.length === 0 || list.length > MAX_STAMPS_PER_BATCH) return undefined;
  let last = '';
  for (const line of list) {
    const [hlc, digest, extra] = line.split(' ');
    if (extra !== undefined || !isHlc(hlc) || !/^[0-9a-f]{64}$/.test(digest ?? '') || hlc <= last) return undefined;
    out.set(hlc, digest!);
    last = hlc;
  }
  return out;
}

/** The bytes an origin signs: which workbook, which origin, which stamps with which digests. */
export function statement(workbookId: string, origin: string, lines: string): Buffer {
  return Buffer.from(`${STATEMENT_HEAD}\nworkbook ${workbookId}\norigin ${origin}\n${lines}\n`, 'utf8');
}

export function signStatement(privateKey: string, bytes: Buffer): string {
  return sign(null, bytes, privateKeyObject(privateKey)).toString('base64');
}

export function verifyStatement(publicKey: string, bytes: Buffer, signature: string): boolean {
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' });
    return verify(null, bytes, key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/** The hash a digest covers for a value (its JSON text). */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function rawPublicKey(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new Error('not an Ed25519 key');
  return jwk.x;
}

function privateKeyObject(privateKey: string): KeyObject {
  return createPrivateKey({ key: Buffer.from(privateKey, 'base64'), format: 'der', type: 'pkcs8' });
}
