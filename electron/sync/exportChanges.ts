import { decodeStamps } from '../../shared/sync/stamps.js';
import { meetVectors, type VersionVector } from '../../shared/sync/versionVector.js';
import type { ExchangeVia } from '../workbook/exchangeLog.js';
import { withheldOrigins } from '../workbook/installation.js';
import { elideDigests } from './elidedDigests.js';
import { SyncStore, type Peer } from '../workbook/syncStore.js';
import type { Workbook } from '../workbook/workbook.js';
import { syncErrors } from './errors.js';
import { ColumnarWriter, type ReplicaIndex } from './columnarWrite.js';
import {
  COLUMNAR_FORMAT_VERSION, MIN_APP_VERSION, SYNC_FORMAT, SYNC_FORMAT_VERSION, encodeSyncBody, encodeSyncFile, type EncodeOptions, type SyncHeader,
} from './fileFormat.js';
import type { StoredChange } from '../workbook/syncStore.js';

export interface ExportOptions extends EncodeOptions {
  /** Every change, with the workbook key, so a new installation can join from it. */
  readonly full?: boolean;
  /** A delta for one installation (its id or name); otherwise for every installation heard from. */
  readonly forReplica?: string;
  readonly now?: Date;
  /**
   * Write an older format version: 2 for installations not yet updated to
   * read version 3 (and for tests that edit a payload by hand). Default: the
   * newest, SYNC_FORMAT_VERSION.
   */
  readonly formatVersion?: 2 | 3;
  /** The file's name, for the exchange history. */
  readonly what?: string;
  /** How the file is made: chosen (the page, the CLI; default) or the sync folder's own file. */
  readonly via?: ExchangeVia;
}

export interface ExportedFile {
  readonly bytes: Buffer;
  readonly changeCount: number;
  readonly full: boolean;
  /** The installation the delta was made for, if one was named. */
  readonly recipient: Peer | undefined;
  readonly encrypted: boolean;
}

/**
 * Writes a sync file's bytes. A delta holds every change the recipient may
 * lack: those after the version vector of the last file that came from it
 * (or, without a recipient, from each installation heard from). Knowing
 * nothing of the recipient, it holds everything.
 *
 * This installation's own changes are signed here, when they first leave
 * it (electron/workbook/signatures.ts); every change in the file of an
 * installation with a key travels with that installation's signed batch.
 */
export async function exportSyncFile(wb: Workbook, options: ExportOptions = {}): Promise<ExportedFile> {
  const full = options.full === true;
  const createdAt = (options.now ?? new Date(wb.now())).toISOString();
  const syncKey = wb.syncKey;
  // The changes about to leave are in this machine's record of the installation first (Workbook.recordOwnLatest).
  wb.recordOwnLatest();
  const version = options.formatVersion ?? SYNC_FORMAT_VERSION;
  // One write transaction: the signing, and a consistent view of what goes into the file.
  const { header, body, recipient } = wb.transaction(() => {
    const store = wb.sync;
    const signatures = wb.signatures;
    const { signingKey } = wb.secrets();
    signatures.signOwnChanges(wb.workbookId, wb.replicaId, signingKey);
    const withheld = withheldOrigins(wb);
    const held = exportableVector(wb, store, withheld);
    const recipient = options.forReplica ? findPeer(store, options.forReplica, true) : undefined;
    let since: VersionVector | null = null;
    if (!full) {
      if (recipient) since = recipient.versionVector;
      else {
        const vectors = store.peers().flatMap((p) => (p.versionVector && p.replicaId !== wb.replicaId ? [p.versionVector] : []));
        since = vectors.length > 0 ? meetVectors(vectors) : null;
      }
    }

    const names = new Map(store.peers().map((p) => [p.replicaId, p.name]));
    names.set(wb.replicaId, wb.replicaName);
    const keys = signatures.publicKeys();
    const index = new Map<string, number>();
    const replicas: { id: string; name: string; signingKey?: string }[] = [];
    const indexOf = (id: string): number => {
      let i = index.get(id);
      if (i === undefined) {
        i = replicas.length;
        index.set(id, i);
        const key = keys.get(id);
        replicas.push({ id, name: names.get(id) ?? '', ...(key ? { signingKey: key } : {}) });
      }
      return i;
    };
    indexOf(wb.replicaId);
    const batchIds = new Set<number>();
    // The signed stamps whose changes go into the file, all of them (a stamp is on one side of `since`, and a
    // signed stamp is held whole): version 3 leaves out their digests, which the reader computes from them.
    const elide = version >= COLUMNAR_FORMAT_VERSION;
    const carried = new Set<string>();
    const rows = (function* () {
      for (const r of store.iterateChangesSince(since, Object.keys(held), withheld)) {
        if (r.batch !== null) {
          batchIds.add(r.batch);
          if (elide) carried.add(`${r.replicaId} ${r.hlc}`);
        }
        yield r;
      }
    })();
    const sign = () => {
      const signed = signatures.batches(batchIds).map((b) => ({
        origin: indexOf(b.origin),
        stamps: elide ? elideDigests(b.stamps, (hlc) => carried.has(`${b.origin} ${hlc}`)) : b.stamps,
        signature: b.signature,
      }));
      // Every installation a file names travels with its key, so a reader learns it before it needs it.
      for (const id of keys.keys()) if (held[id] !== undefined) indexOf(id);
      return signed;
    };
    // Signing reads the batches after the rows: the connection is free again once they are read.
    const { body, count } = version >= COLUMNAR_FORMAT_VERSION
      ? columnarBody(rows, { indexOf, list: replicas }, full ? syncKey : undefined, sign)
      : jsonPayload([...rows], indexOf, replicas, full ? syncKey : undefined, sign);

    const header: SyncHeader = {
      format: SYNC_FORMAT,
      formatVersion: version,
      minAppVersion: MIN_APP_VERSION,
      workbookId: wb.workbookId,
      full,
      sender: { replicaId: wb.replicaId, name: wb.replicaName },
      createdAt,
      versionVector: held,
      since: since && { ...since },
      changeCount: count,
      counts: countsFor(store, held, withheld),
    };
    return { header, body, recipient };
  });
  const bytes = version >= COLUMNAR_FORMAT_VERSION
    ? await encodeSyncBody(header, body, syncKey, options)
    : await encodeSyncFile(header, body, syncKey, options);
  const store = wb.sync;
  wb.transaction(() => {
    store.setSetting('lastExportAt', createdAt);
    if (recipient) store.recordExportTo(recipient.replicaId, createdAt);
    wb.exchanges.record({
      event: 'export',
      via: options.via ?? 'file',
      file: options.what ?? null,
      peerId: recipient?.replicaId ?? null,
      peerName: recipient?.name ?? '',
      full,
      encrypted: Boolean(options.passphrase),
      changes: header.changeCount,
      applied: 0,
      conflicts: 0,
      deleted: null,
      live: null,
    }, createdAt);
  });
  return { bytes, changeCount: header.changeCount, full, recipient, encrypted: Boolean(options.passphrase) };
}

type Signed = { origin: number; stamps: string; signature: string }[];

/** Version 3: the changes in columns, compressed block by block (electron/sync/columnarWrite.ts). */
function columnarBody(rows: Iterable<StoredChange>, replicas: ReplicaIndex, key: string | undefined, sign: () => Signed): { body: Buffer; count: number } {
  const writer = new ColumnarWriter(replicas, key);
  for (const r of rows) writer.add(r);
  return { body: writer.finish(sign()), count: writer.count };
}

/** Versions 1–2: one JSON document, a change per line as an array. */
function jsonPayload(
  rows: readonly StoredChange[], indexOf: (id: string) => number, replicas: readonly unknown[], key: string | undefined, sign: () => Signed,
): { body: Buffer; count: number } {
  const lines = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    let prev = '';
    if (r.prev) prev = `,[${decodeStamps(r.prev).map((s) => `["${s.hlc}",${indexOf(s.replicaId)}]`).join(',')}]`;
    // Kinds, ids, field names and stamps need no escaping; the value is the stored JSON as it is.
    // An erased value travels as the text with the name replaced and the original's hash, which the signature covers.
    const erased = r.valueSha256 ? `${prev || ',null'},"${r.valueSha256}"` : prev;
    lines[i] = `["${r.kind}","${r.recordId}","${r.field}","${r.hlc}",${indexOf(r.replicaId)},${r.value}${erased}]`;
  }
  const signatures = sign();
  const head = JSON.stringify({ ...(key ? { key } : {}), replicas, signatures, changes: [] });
  return { body: Buffer.from(`${head.slice(0, -3)}[\n${lines.join(',\n')}\n]}`), count: rows.length };
}

/** What this workbook holds of each origin, as far as it may send it: a former installation's unsent changes stay here. */
function exportableVector(wb: Workbook, store: SyncStore, withheld: readonly string[]): Record<string, string> {
  const held = wb.commands.lineage.localVector();
  for (const id of withheld) {
    if (held[id] === undefined) continue;
    const signed = store.latestSigned(id);
    if (signed === null) delete held[id];
    else held[id] = signed;
  }
  return held;
}

function countsFor(store: SyncStore, held: VersionVector, withheld: readonly string[]): Record<string, number> {
  const all = store.heldCounts(withheld);
  const out = Object.create(null) as Record<string, number>;
  for (const id of Object.keys(held)) out[id] = all[id] ?? 0;
  return out;
}

const REPLICA_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * An installation by id, or by name. Of several with one name (an
 * installation restored from a backup takes a new id) the one heard from
 * last. An id never heard from is an installation that holds nothing yet.
 */
export function findPeer(store: SyncStore, idOrName: string, unknownIdHoldsNothing = false): Peer {
  const peers = store.peers();
  const byId = peers.find((p) => p.replicaId === idOrName);
  if (byId) return byId;
  const wanted = idOrName.trim().toLocaleLowerCase('nb');
  const byName = peers
    .filter((p) => p.name.toLocaleLowerCase('nb') === wanted)
    .sort((a, b) => ((a.lastImportAt ?? '') < (b.lastImportAt ?? '') ? 1 : -1));
  if (byName.length === 1 || (byName.length > 1 && byName[0]!.lastImportAt !== byName[1]!.lastImportAt)) return byName[0]!;
  if (byName.length > 1) throw syncErrors.ambiguousReplica(idOrName);
  if (unknownIdHoldsNothing && REPLICA_ID.test(idOrName)) {
    return { replicaId: idOrName, name: '', versionVector: null, lastImportAt: null, lastExportAt: null };
  }
  throw syncErrors.unknownReplica(idOrName);
}
