import type Database from 'better-sqlite3';
import type { Kind } from '../../shared/model/kinds.js';
import { emptyVector, type VersionVector } from '../../shared/sync/versionVector.js';

/** Another installation this one has exchanged files with. */
export interface Peer {
  readonly replicaId: string;
  readonly name: string;
  /** The vector of the last file that came from them: what they are known to hold. */
  readonly versionVector: VersionVector | null;
  readonly lastImportAt: string | null;
  readonly lastExportAt: string | null;
}

/** A change as export writes it: the value and prev exactly as stored. */
export interface StoredChange {
  readonly seq: number;
  readonly hlc: string;
  readonly replicaId: string;
  readonly kind: Kind;
  readonly recordId: string;
  readonly field: string;
  /** JSON text. */
  readonly value: string;
  readonly prev: string | null;
  /** The signed batch that vouches for it, or null (an origin from before signing). */
  readonly batch: number | null;
  /** The original value's hash when the value was erased (electron/workbook/erasure.ts), else null. */
  readonly valueSha256: string | null;
}

interface PeerRow {
  replica_id: string;
  name: string;
  version_vector: string | null;
  last_import_at: string | null;
  last_export_at: string | null;
}

/**
 * Sync's replica-local bookkeeping (peers, settings) and the change-log
 * queries export needs. Nothing here is workbook content: dump leaves it out.
 */
export class SyncStore {
  private holdsStmt: Database.Statement | undefined;

  constructor(private readonly db: Database.Database) {}

  peers(): Peer[] {
    return (this.db.prepare('SELECT * FROM sync_peer ORDER BY name, replica_id').all() as PeerRow[]).map(toPeer);
  }

  peer(replicaId: string): Peer | undefined {
    const row = this.db.prepare('SELECT * FROM sync_peer WHERE replica_id = ?').get(replicaId) as PeerRow | undefined;
    return row && toPeer(row);
  }

  /** Records a file that came from a peer: its name, what it holds, when. */
  recordImportFrom(replicaId: string, name: string, versionVector: VersionVector, at: string): void {
    this.db
      .prepare(
        `INSERT INTO sync_peer (replica_id, name, version_vector, last_import_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(replica_id) DO UPDATE SET name = excluded.name, version_vector = excluded.version_vector,
           last_import_at = excluded.last_import_at`,
      )
      .run(replicaId, name, JSON.stringify(versionVector), at);
  }

  recordExportTo(replicaId: string, at: string): void {
    this.db
      .prepare(
        `INSERT INTO sync_peer (replica_id, last_export_at) VALUES (?, ?)
         ON CONFLICT(replica_id) DO UPDATE SET last_export_at = excluded.last_export_at`,
      )
      .run(replicaId, at);
  }

  /** A name heard second-hand (another replica's file listed it); a peer's own file has the last word. */
  learnName(replicaId: string, name: string): void {
    this.db
      .prepare(
        `INSERT INTO sync_peer (replica_id, name) VALUES (?, ?)
         ON CONFLICT(replica_id) DO UPDATE SET name = excluded.name WHERE sync_peer.last_import_at IS NULL`,
      )
      .run(replicaId, name);
  }

  /**
   * The changes a replica holding `since` lacks, in local arrival order
   * (which keeps every change after the changes it builds on). Null: all.
   * A former installation's unsigned changes (`withheld`) never leave:
   * they were re-issued under this installation's id (installation.ts).
   */
  changesSince(since: VersionVector | null, origins: readonly string[], withheld: readonly string[] = []): StoredChange[] {
    const cols = 'seq, hlc, replica_id AS replicaId, kind, record_id AS recordId, field, value, prev, batch, value_sha256 AS valueSha256';
    const keep = withheld.length === 0 ? undefined : new Set(withheld);
    const leaves = (r: StoredChange) => !keep || r.batch !== null || !keep.has(r.replicaId);
    if (!since || Object.keys(since).length === 0) {
      return (this.db.prepare(`SELECT ${cols} FROM change ORDER BY seq`).all() as StoredChange[]).filter(leaves);
    }
    const after = this.db.prepare(`SELECT ${cols} FROM change WHERE replica_id = ? AND hlc > ?`);
    const all = this.db.prepare(`SELECT ${cols} FROM change WHERE replica_id = ?`);
    const out: StoredChange[] = [];
    for (const origin of origins) {
      const from = since[origin];
      const rows = (from === undefined ? all.all(origin) : after.all(origin, from)) as StoredChange[];
      for (const r of rows) if (leaves(r)) out.push(r);
    }
    return out.sort((a, b) => a.seq - b.seq);
  }

  /**
   * The same changes as changesSince, in arrival order, read one row at a
   * time: the export of a million changes holds one block of them, not all
   * (electron/sync/columnarWrite.ts). The connection is busy until the
   * iteration ends: the caller runs no other statement meanwhile.
   */
  *iterateChangesSince(since: VersionVector | null, origins: readonly string[], withheld: readonly string[] = []): Generator<StoredChange> {
    const cols = 'seq, hlc, replica_id AS replicaId, kind, record_id AS recordId, field, value, prev, batch, value_sha256 AS valueSha256';
    const keep = withheld.length === 0 ? undefined : new Set(withheld);
    let rows: Iterable<StoredChange>;
    if (!since || Object.keys(since).length === 0) rows = this.db.prepare(`SELECT ${cols} FROM change ORDER BY seq`).iterate() as Iterable<StoredChange>;
    else {
      if (origins.length === 0) return;
      const params: string[] = [];
      const where = origins.map((o) => {
        params.push(o);
        if (since[o] === undefined) return '(replica_id = ?)';
        params.push(since[o]!);
        return '(replica_id = ? AND hlc > ?)';
      });
      rows = this.db.prepare(`SELECT ${cols} FROM change WHERE ${where.join(' OR ')} ORDER BY seq`).iterate(...params) as Iterable<StoredChange>;
    }
    for (const r of rows) if (!keep || r.batch !== null || !keep.has(r.replicaId)) yield r;
  }

  /**
   * For each origin, how many of its changes are held here: what a sync
   * file's header says (`counts`), so that a reader which believes it holds
   * the same (its version vector says so) can tell when it does not.
   */
  heldCounts(withheld: readonly string[] = []): Record<string, number> {
    const out = emptyVector() as unknown as Record<string, number>;
    for (const r of this.db.prepare('SELECT replica_id AS id, COUNT(*) AS n FROM change GROUP BY replica_id').all() as { id: string; n: number }[]) {
      out[r.id] = r.n;
    }
    for (const id of withheld) {
      if (out[id] === undefined) continue;
      const n = (this.db.prepare('SELECT COUNT(*) AS n FROM change WHERE replica_id = ? AND batch IS NOT NULL').get(id) as { n: number }).n;
      if (n === 0) delete out[id];
      else out[id] = n;
    }
    return out;
  }

  /** How many changes of one origin up to a stamp are held here (a former installation's unsigned ones left out when `signedOnly`). */
  countHeld(origin: string, upTo: string, signedOnly = false): number {
    const sql = `SELECT COUNT(*) AS n FROM change WHERE replica_id = ? AND hlc <= ?${signedOnly ? ' AND batch IS NOT NULL' : ''}`;
    return (this.db.prepare(sql).get(origin, upTo) as { n: number }).n;
  }

  /** The latest signed stamp of an origin held here: what may leave of a former installation. */
  latestSigned(origin: string): string | null {
    return (this.db.prepare('SELECT MAX(hlc) AS hlc FROM change WHERE replica_id = ? AND batch IS NOT NULL').get(origin) as { hlc: string | null }).hlc;
  }

  /** Whether this exact change (its identity) is held here. */
  holds(change: { readonly replicaId: string; readonly hlc: string; readonly recordId: string; readonly field: string }): boolean {
    this.holdsStmt ??= this.db.prepare('SELECT 1 FROM change WHERE replica_id = ? AND hlc = ? AND record_id = ? AND field = ?');
    return this.holdsStmt.get(change.replicaId, change.hlc, change.recordId, change.field) !== undefined;
  }

  /**
   * A peer turned out to lack changes of these origins that its vector
   * claims (its file's counts were lower than ours): our next delta for it
   * carries every change of them again, and it keeps the ones it lacks.
   */
  forgetOrigins(replicaId: string, origins: readonly string[]): void {
    const peer = this.peer(replicaId);
    if (!peer?.versionVector || origins.length === 0) return;
    const vector = { ...peer.versionVector };
    for (const o of origins) delete vector[o];
    this.db.prepare('UPDATE sync_peer SET version_vector = ? WHERE replica_id = ?').run(JSON.stringify(vector), replicaId);
  }

  /** How many changes a replica holding `since` lacks. */
  countSince(since: VersionVector, origins: readonly string[]): number {
    const after = this.db.prepare('SELECT COUNT(*) AS n FROM change WHERE replica_id = ? AND hlc > ?');
    const all = this.db.prepare('SELECT COUNT(*) AS n FROM change WHERE replica_id = ?');
    let n = 0;
    for (const origin of origins) {
      const from = since[origin];
      n += ((from === undefined ? all.get(origin) : after.get(origin, from)) as { n: number }).n;
    }
    return n;
  }

  /** A replica-local setting (the sync folder, ...) kept in meta under a `sync.` key. */
  setting(name: string): string | undefined {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(`sync.${name}`) as { value: string } | undefined;
    return row?.value;
  }

  setSetting(name: string, value: string | null): void {
    if (value === null) this.db.prepare('DELETE FROM meta WHERE key = ?').run(`sync.${name}`);
    else this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(`sync.${name}`, value);
  }
}

function toPeer(r: PeerRow): Peer {
  let vector: VersionVector | null = null;
  if (r.version_vector) {
    vector = emptyVector();
    for (const [k, v] of Object.entries(JSON.parse(r.version_vector) as Record<string, string>)) (vector as Record<string, string>)[k] = v;
  }
  return {
    replicaId: r.replica_id,
    name: r.name,
    versionVector: vector,
    lastImportAt: r.last_import_at,
    lastExportAt: r.last_export_at,
  };
}
