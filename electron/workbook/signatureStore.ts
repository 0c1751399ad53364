import type Database from 'better-sqlite3';
import {
  MAX_STAMPS_PER_BATCH, signStatement, stampDigest, stampLines, statement, type DigestedChange,
} from './signatures.js';

/** A signed batch as stored and as files carry it (docs/sync-format.md). */
export interface SignedBatch {
  readonly id: number;
  readonly origin: string;
  /** "hlc digest" lines, one per stamp. */
  readonly stamps: string;
  /** Ed25519, base64. */
  readonly signature: string;
}

interface UnsignedRow extends DigestedChange {
  readonly hlc: string;
  readonly value: string;
}

/**
 * The database side of signed origins: the installations' public keys, the
 * batches that vouch for changes, and the signing of this installation's
 * own changes when they first leave it.
 */
export class SignatureStore {
  private readonly keyStmt: Database.Statement;
  private readonly learnStmt: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.keyStmt = db.prepare('SELECT public_key AS k FROM sync_public_key WHERE replica_id = ?');
    this.learnStmt = db.prepare('INSERT INTO sync_public_key (replica_id, public_key) VALUES (?, ?) ON CONFLICT(replica_id) DO NOTHING');
  }

  publicKey(replicaId: string): string | undefined {
    return (this.keyStmt.get(replicaId) as { k: string } | undefined)?.k;
  }

  publicKeys(): Map<string, string> {
    const rows = this.db.prepare('SELECT replica_id AS id, public_key AS k FROM sync_public_key').all() as { id: string; k: string }[];
    return new Map(rows.map((r) => [r.id, r.k]));
  }

  /** Learns an installation's key; a key already known is never replaced (the caller refuses a different one). */
  learnKey(replicaId: string, publicKey: string): void {
    this.learnStmt.run(replicaId, publicKey);
  }

  /**
   * Signs the changes of `origin` (this installation) that no batch vouches
   * for yet, MAX_STAMPS_PER_BATCH stamps to a batch. Runs inside the export's
   * write transaction. Returns the number of batches made.
   */
  signOwnChanges(workbookId: string, origin: string, privateKey: string): number {
    const rows = this.db
      .prepare('SELECT hlc, kind, record_id AS recordId, field, value, prev, value_sha256 AS valueSha256 FROM change WHERE replica_id = ? AND batch IS NULL ORDER BY hlc')
      .all(origin) as UnsignedRow[];
    if (rows.length === 0) return 0;
    const byStamp = new Map<string, DigestedChange[]>();
    for (const r of rows) {
      const change = { kind: r.kind, recordId: r.recordId, field: r.field, valueJson: r.value, prev: r.prev, valueSha256: r.valueSha256 };
      const list = byStamp.get(r.hlc);
      if (list) list.push(change);
      else byStamp.set(r.hlc, [change]);
    }
    const stamps = [...byStamp.keys()];
    const insert = this.db.prepare('INSERT INTO sync_batch (origin, stamps, signature) VALUES (?, ?, ?)');
    const mark = this.db.prepare('UPDATE change SET batch = ? WHERE replica_id = ? AND hlc >= ? AND hlc <= ? AND batch IS NULL');
    let batches = 0;
    for (let i = 0; i < stamps.length; i += MAX_STAMPS_PER_BATCH) {
      const chunk = stamps.slice(i, i + MAX_STAMPS_PER_BATCH);
      const lines = stampLines(chunk.map((hlc) => ({ hlc, digest: stampDigest(byStamp.get(hlc)!) })));
      const signature = signStatement(privateKey, statement(workbookId, origin, lines));
      const id = Number(insert.run(origin, lines, signature).lastInsertRowid);
      mark.run(id, origin, chunk[0], chunk[chunk.length - 1]);
      batches++;
    }
    return batches;
  }

  /** The batches with these ids. */
  batches(ids: Iterable<number>): SignedBatch[] {
    const stmt = this.db.prepare('SELECT id, origin, stamps, signature FROM sync_batch WHERE id = ?');
    const out: SignedBatch[] = [];
    for (const id of new Set(ids)) {
      const row = stmt.get(id) as SignedBatch | undefined;
      if (row) out.push(row);
    }
    return out;
  }

  /** Stores a batch that came in a file (once), and returns its local id. */
  storeBatch(origin: string, stamps: string, signature: string): number {
    this.db.prepare('INSERT INTO sync_batch (origin, stamps, signature) VALUES (?, ?, ?) ON CONFLICT(origin, signature) DO NOTHING').run(origin, stamps, signature);
    return (this.db.prepare('SELECT id FROM sync_batch WHERE origin = ? AND signature = ?').get(origin, signature) as { id: number }).id;
  }

  /** The changes held here of one origin under one stamp that no batch vouches for, as the digest reads them. */
  unsignedAt(origin: string, hlc: string): DigestedChange[] {
    return this.db
      .prepare('SELECT kind, record_id AS recordId, field, value AS valueJson, prev, value_sha256 AS valueSha256 FROM change WHERE replica_id = ? AND hlc = ? AND batch IS NULL')
      .all(origin, hlc) as DigestedChange[];
  }

  /** A batch now vouches for changes held here unsigned (they came before their origin's signature did). */
  attach(origin: string, hlc: string, batchId: number): void {
    this.db.prepare('UPDATE change SET batch = ? WHERE replica_id = ? AND hlc = ? AND batch IS NULL').run(batchId, origin, hlc);
  }
}
