import { msg } from '../../shared/messages/catalogue.js';
import type { MessageParam } from '../../shared/messages/format.js';
import type { IncomingChange } from '../workbook/applyChanges.js';
import type { Workbook } from '../workbook/workbook.js';
import { syncErrors } from './errors.js';
import type { ReadPayload } from './payload.js';
import { parseStampLines, stampDigest, statement, verifyStatement, type DigestedChange } from '../workbook/signatures.js';
import { digestedChange } from './elidedDigests.js';

/** What checking a file's origins found: keys to learn, and the batch that vouches for each new stamp. */
export interface OriginCheck {
  /** Public keys the file introduces, by installation. */
  readonly newKeys: ReadonlyMap<string, string>;
  /** "origin hlc" of each new change whose origin has a key → index into the payload's signatures. */
  readonly vouchedBy: ReadonlyMap<string, number>;
}

/**
 * Refuses a file that writes in an installation's name what that
 * installation did not sign (docs/sync.md, "Signed origins"). Every change
 * this workbook is about to take in, of an installation whose public key it
 * knows or the file introduces, must be vouched for by a batch in the file
 * that the installation's key signed, with the same digest. Changes of
 * installations that never had a key (made by a version before signing) are
 * taken as they come, as version 1 did. A file that claims another key for
 * an installation whose key is known is refused.
 *
 * Only the changes to be taken in are checked: those already held were
 * checked when they came.
 */
export function checkOrigins(wb: Workbook, payload: ReadPayload, fresh: readonly IncomingChange[], what: MessageParam): OriginCheck {
  const known = wb.signatures.publicKeys();
  const newKeys = new Map<string, string>();
  for (const r of payload.replicas) {
    if (!r.signingKey) continue;
    const k = known.get(r.id);
    if (k === undefined) newKeys.set(r.id, r.signingKey);
    else if (k !== r.signingKey) throw syncErrors.keyMismatch(what, nameOf(wb, payload, r.id));
  }
  const keyOf = (id: string) => known.get(id) ?? newKeys.get(id);
  const wanted = new Set<string>();
  for (const c of fresh) if (keyOf(c.replicaId)) wanted.add(`${c.replicaId} ${c.hlc}`);
  const vouchedBy = new Map<string, number>();
  if (wanted.size === 0) return { newKeys, vouchedBy };

  // Every change of a stamp, not only the new ones: the digest covers the stamp's whole set.
  const groups = new Map<string, DigestedChange[]>();
  for (const c of payload.changes) {
    const key = `${c.replicaId} ${c.hlc}`;
    if (!wanted.has(key)) continue;
    const list = groups.get(key);
    if (list) list.push(digestedChange(c));
    else groups.set(key, [digestedChange(c)]);
  }
  const listed = new Map<string, { batch: number; digest: string }>();
  payload.signatures.forEach((s, batch) => {
    const stamps = parseStampLines(s.stamps);
    if (!stamps) throw syncErrors.malformed(what, msg('sync.detail.signature_bad_stamps', { n: batch + 1 }));
    for (const [hlc, digest] of stamps) {
      const key = `${s.origin} ${hlc}`;
      if (wanted.has(key) && !listed.has(key)) listed.set(key, { batch, digest });
    }
  });

  const unsigned = new Map<string, number>();
  const altered = new Map<string, number>();
  const verified = new Set<number>();
  for (const [key, changes] of groups) {
    const origin = key.slice(0, key.indexOf(' '));
    const entry = listed.get(key);
    if (!entry) {
      unsigned.set(origin, (unsigned.get(origin) ?? 0) + changes.length);
      continue;
    }
    if (!verified.has(entry.batch)) {
      const s = payload.signatures[entry.batch]!;
      if (!verifyStatement(keyOf(origin)!, statement(wb.workbookId, origin, s.stamps), s.signature)) {
        throw syncErrors.badSignature(what, nameOf(wb, payload, origin));
      }
      verified.add(entry.batch);
    }
    if (stampDigest(changes) !== entry.digest) altered.set(origin, (altered.get(origin) ?? 0) + changes.length);
    else vouchedBy.set(key, entry.batch);
  }
  for (const [origin, n] of unsigned) {
    throw origin === wb.replicaId ? syncErrors.ownForged(what, n) : syncErrors.unsigned(what, nameOf(wb, payload, origin), n);
  }
  for (const [origin, n] of altered) {
    throw origin === wb.replicaId ? syncErrors.ownForged(what, n) : syncErrors.altered(what, nameOf(wb, payload, origin), n);
  }
  return { newKeys, vouchedBy };
}

/**
 * Learns the keys the file introduced and stores the batches that vouch for
 * the new changes; returns, for each "origin hlc", the local batch id to
 * record with the change, so that this workbook forwards the signature.
 */
export function storeOrigins(wb: Workbook, payload: ReadPayload, check: OriginCheck): Map<string, number> {
  const store = wb.signatures;
  for (const [id, key] of check.newKeys) store.learnKey(id, key);
  const local = new Map<number, number>();
  const out = new Map<string, number>();
  for (const [key, batch] of check.vouchedBy) {
    let id = local.get(batch);
    if (id === undefined) {
      const s = payload.signatures[batch]!;
      local.set(batch, (id = store.storeBatch(s.origin, s.stamps, s.signature)));
    }
    out.set(key, id);
  }
  return out;
}

/**
 * Changes held here without a batch that the file's batches vouch for (a
 * copy holds its former installation's unsent changes so, until the
 * original sends them signed): checked against the batch and given it, so
 * this workbook can forward them and counts agree again.
 */
export function attachHeldUnsigned(wb: Workbook, payload: ReadPayload, origins: ReadonlySet<string>): number {
  const store = wb.signatures;
  let attached = 0;
  payload.signatures.forEach((s) => {
    if (!origins.has(s.origin)) return;
    const key = store.publicKey(s.origin);
    const stamps = parseStampLines(s.stamps);
    if (!key || !stamps) return;
    let id: number | undefined;
    for (const [hlc, digest] of stamps) {
      const held = store.unsignedAt(s.origin, hlc);
      if (held.length === 0 || stampDigest(held) !== digest) continue;
      if (id === undefined) {
        if (!verifyStatement(key, statement(wb.workbookId, s.origin, s.stamps), s.signature)) return;
        id = store.storeBatch(s.origin, s.stamps, s.signature);
      }
      store.attach(s.origin, hlc, id);
      attached += held.length;
    }
  });
  return attached;
}


/** An installation as a message names it: «name» as the file or this workbook knows it, else its id. */
export function nameOf(wb: Workbook, payload: ReadPayload, id: string): string {
  if (id === wb.replicaId) return `«${wb.replicaName}»`;
  const name = payload.replicas.find((r) => r.id === id)?.name || wb.sync.peer(id)?.name;
  return name ? `«${name}»` : `installasjonen ${id}`;
}
