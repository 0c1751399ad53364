import { decodeStamps } from '../../shared/sync/stamps.js';
import { meetVectors, type VersionVector } from '../../shared/sync/versionVector.js';
import { SyncStore, type Peer } from '../workbook/syncStore.js';
import type { Workbook } from '../workbook/workbook.js';
import { syncErrors } from './errors.js';
import { MIN_APP_VERSION, SYNC_FORMAT, SYNC_FORMAT_VERSION, encodeSyncFile, type EncodeOptions, type SyncHeader } from './fileFormat.js';

export interface ExportOptions extends EncodeOptions {
  /** Every change, with the workbook key, so a new installation can join from it. */
  readonly full?: boolean;
  /** A delta for one installation (its id or name); otherwise for every installation heard from. */
  readonly forReplica?: string;
  readonly now?: Date;
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
 */
export async function exportSyncFile(wb: Workbook, options: ExportOptions = {}): Promise<ExportedFile> {
  const store = wb.sync;
  const held = wb.commands.lineage.localVector();
  const full = options.full === true;
  const recipient = options.forReplica ? findPeer(store, options.forReplica, true) : undefined;
  let since: VersionVector | null = null;
  if (!full) {
    if (recipient) since = recipient.versionVector;
    else {
      const vectors = store.peers().flatMap((p) => (p.versionVector && p.replicaId !== wb.replicaId ? [p.versionVector] : []));
      since = vectors.length > 0 ? meetVectors(vectors) : null;
    }
  }
  const rows = store.changesSince(since, Object.keys(held));

  const names = new Map(store.peers().map((p) => [p.replicaId, p.name]));
  names.set(wb.replicaId, wb.replicaName);
  const index = new Map<string, number>();
  const replicas: { id: string; name: string }[] = [];
  const indexOf = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = replicas.length;
      index.set(id, i);
      replicas.push({ id, name: names.get(id) ?? '' });
    }
    return i;
  };
  indexOf(wb.replicaId);
  const lines = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    let prev = '';
    if (r.prev) prev = `,[${decodeStamps(r.prev).map((s) => `["${s.hlc}",${indexOf(s.replicaId)}]`).join(',')}]`;
    // Kinds, ids, field names and stamps need no escaping; the value is the stored JSON as it is.
    lines[i] = `["${r.kind}","${r.recordId}","${r.field}","${r.hlc}",${indexOf(r.replicaId)},${r.value}${prev}]`;
  }

  const createdAt = (options.now ?? new Date()).toISOString();
  const header: SyncHeader = {
    format: SYNC_FORMAT,
    formatVersion: SYNC_FORMAT_VERSION,
    minAppVersion: MIN_APP_VERSION,
    workbookId: wb.workbookId,
    full,
    sender: { replicaId: wb.replicaId, name: wb.replicaName },
    createdAt,
    versionVector: held,
    since: since && { ...since },
    changeCount: rows.length,
  };
  const head = JSON.stringify({ ...(full ? { key: wb.syncKey } : {}), replicas, changes: [] });
  const payload = Buffer.from(`${head.slice(0, -3)}[\n${lines.join(',\n')}\n]}`);
  const bytes = await encodeSyncFile(header, payload, wb.syncKey, options);
  wb.transaction(() => {
    store.setSetting('lastExportAt', createdAt);
    if (recipient) store.recordExportTo(recipient.replicaId, createdAt);
  });
  return { bytes, changeCount: rows.length, full, recipient, encrypted: Boolean(options.passphrase) };
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
