import type Database from 'better-sqlite3';
import type { Kind } from '../../shared/model/kinds.js';
import { FieldHeads } from './fieldHeads.js';
import { sha256 } from './signatures.js';

/** Field name of the change that deletes (true) or restores (false) a record. */
export const DELETED_FIELD = '_deleted';

/**
 * Field name of the change that erases a person (always true): the signed,
 * synced fact that their name must leave every installation's records, change
 * log and search index (electron/workbook/erasure.ts). Not a column.
 */
export const ERASED_FIELD = '_erased';

/**
 * Fields whose every earlier value the erasure reads (electron/workbook/erasure.ts:
 * the names a person has had, to find in other texts), so a change of them
 * is never replaced by a later one, even unseen.
 */
export const KEEPS_EVERY_VALUE: Readonly<Record<string, readonly string[]>> = { person: ['name', 'email'] };

/**
 * Meta key: this installation's latest stamp when the workbook was last
 * copied whole (a backup). Its changes up to there may be in that copy, so
 * they count as having left, like the signed ones (Commands.update).
 */
export const COPIED_THROUGH = 'changes_copied_through';

/** One field of one record set to a value by one replica at one clock time. */
export interface FieldChange {
  readonly hlc: string;
  readonly replicaId: string;
  readonly kind: Kind;
  readonly recordId: string;
  readonly field: string;
  readonly value: unknown;
  /** The stamps this change supersedes, encoded (shared/sync/stamps.ts); null or absent for a first write. */
  readonly prev?: string | null;
  /** The signed batch that vouches for it (sync_batch.id); absent for a local change, signed when it first leaves. */
  readonly batch?: number | null;
  /** Set when the value was erased (electron/workbook/erasure.ts): the SHA-256 of the original value's JSON, which signatures cover. */
  readonly valueSha256?: string | null;
}

/** A change as stored, its value still JSON text (ChangeLog.unsignedOf). */
export interface UnsignedChange {
  readonly hlc: string;
  readonly kind: Kind;
  readonly recordId: string;
  readonly field: string;
  readonly value: string;
  readonly prev: string | null;
}

/**
 * The append-only log of field changes. Every write of the command layer adds
 * its changes here in the same transaction as the row, which is what lets sync
 * (and tests) trust that the tables are exactly the log's latest values.
 */
export class ChangeLog {
  private readonly insertStmt: Database.Statement;
  private readonly countStmt: Database.Statement;
  private readonly latestStmt: Database.Statement;
  private readonly removeStmt: Database.Statement;
  /** Each field's heads, kept here as changes come and go: the one index of what a write supersedes. */
  readonly heads: FieldHeads;

  constructor(private readonly db: Database.Database) {
    this.heads = new FieldHeads(db);
    this.removeStmt = db.prepare('DELETE FROM change WHERE seq = ?');
    this.insertStmt = db.prepare(
      'INSERT INTO change (hlc, replica_id, kind, record_id, field, value, prev, batch, value_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.countStmt = db.prepare('SELECT COUNT(*) AS n FROM change');
    this.latestStmt = db.prepare(
      'SELECT hlc, replica_id AS replicaId, kind, record_id AS recordId, field, value FROM change ' +
        'WHERE record_id = ? AND field = ? ORDER BY hlc DESC, replica_id DESC LIMIT 1',
    );
  }

  /** Adds a change. `fresh`: its stamp was just made here (a local write), so no change held here can name it yet. */
  append(change: FieldChange, fresh = false): void {
    this.insertStmt.run(
      change.hlc, change.replicaId, change.kind, change.recordId, change.field, JSON.stringify(change.value), change.prev ?? null,
      change.batch ?? null, change.valueSha256 ?? null,
    );
    this.heads.appended(change.recordId, change.field, change, change.prev, fresh);
  }

  /**
   * Replaces one of this installation's own changes that never left it and
   * is the field's one head by a fresh local change that supersedes what it
   * did (`change.prev` is the head's prev): the new change is appended (so
   * the arrival numbers keep growing), the head's row in the heads index
   * moves to it, and the old change leaves the log. Equivalent to
   * `append(change, true)` followed by deleting the old change and its head row, in three statements.
   */
  replaceUnseen(change: FieldChange, head: { seq: number; hlc: string; replicaId: string }): void {
    this.insertStmt.run(
      change.hlc, change.replicaId, change.kind, change.recordId, change.field, JSON.stringify(change.value), change.prev ?? null,
      change.batch ?? null, change.valueSha256 ?? null,
    );
    this.heads.moved(change.recordId, change.field, head, change);
    this.removeStmt.run(head.seq);
  }

  /**
   * Removes a former installation's changes that never left it, once they are
   * re-issued under this installation's id (installation.ts): no file can
   * carry them (only their origin could sign them), so a workbook that kept
   * them would derive its fields from changes nobody else will ever hold, and
   * show other values and conflicts than everyone else (an echo it can tell
   * and they cannot). Their values live on in the re-issues, which name them
   * as superseded; should the original send them after all, they arrive like
   * any other change.
   */
  dropStranded(origin: string): void {
    const rows = this.db
      .prepare('SELECT seq, hlc, record_id AS recordId, field FROM change WHERE replica_id = ? AND batch IS NULL')
      .all(origin) as { seq: number; hlc: string; recordId: string; field: string }[];
    for (const r of rows) {
      this.heads.dropped(r.recordId, r.field, { hlc: r.hlc, replicaId: origin });
      this.removeStmt.run(r.seq);
    }
  }

  /** The clock stamp of one installation's newest change, or null. */
  latestStampOf(replicaId: string): string | null {
    return (this.db.prepare('SELECT MAX(hlc) AS hlc FROM change WHERE replica_id = ?').get(replicaId) as { hlc: string | null }).hlc;
  }

  /** One installation's changes that no signed batch covers yet (they never left it), in arrival order; values as JSON text. */
  unsignedOf(replicaId: string): UnsignedChange[] {
    return this.db
      .prepare('SELECT hlc, kind, record_id AS recordId, field, value, prev FROM change WHERE replica_id = ? AND batch IS NULL ORDER BY seq')
      .all(replicaId) as UnsignedChange[];
  }

  /** The clock stamp of the newest change, or null for a workbook without changes. */
  latestStamp(): string | null {
    return (this.db.prepare('SELECT MAX(hlc) AS hlc FROM change').get() as { hlc: string | null }).hlc;
  }

  /** The local arrival number of the newest change, 0 for none. */
  lastSeq(): number {
    return (this.db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM change').get() as { seq: number }).seq;
  }

  /** Which records of which kinds the changes after `seq` touched, and the newest seq. */
  recordsAfter(seq: number): { lastSeq: number; changed: Map<string, Set<string>> } {
    const changed = new Map<string, Set<string>>();
    let last = seq;
    const rows = this.db.prepare('SELECT seq, kind, record_id AS id FROM change WHERE seq > ? ORDER BY seq')
      .iterate(seq) as IterableIterator<{ seq: number; kind: string; id: string }>;
    for (const row of rows) {
      last = row.seq;
      let ids = changed.get(row.kind);
      if (!ids) changed.set(row.kind, (ids = new Set()));
      ids.add(row.id);
    }
    return { lastSeq: last, changed };
  }

  /** Every value a field of a record has had that is not erased yet, as JSON-parsed values. */
  valuesOf(recordId: string, field: string): unknown[] {
    const rows = this.db.prepare('SELECT value FROM change WHERE record_id = ? AND field = ? AND value_sha256 IS NULL').all(recordId, field) as { value: string }[];
    return rows.map((r) => JSON.parse(r.value) as unknown);
  }

  /**
   * Replaces stored values that `erase` changes (electron/workbook/erasure.ts).
   * A change that has left this installation, or came from another, keeps
   * the hash of its original value, which its origin's signature covers; one
   * of ours that never left has no signature yet and simply takes the new
   * value. Returns how many changes were erased.
   */
  eraseValues(ownReplicaId: string, erase: (value: unknown) => unknown): number {
    const rows = this.db
      .prepare('SELECT seq, replica_id AS replicaId, value, batch, value_sha256 AS valueSha256 FROM change')
      .all() as { seq: number; replicaId: string; value: string; batch: number | null; valueSha256: string | null }[];
    const update = this.db.prepare('UPDATE change SET value = ?, value_sha256 = ? WHERE seq = ?');
    let n = 0;
    for (const r of rows) {
      const before = JSON.parse(r.value) as unknown;
      const after = erase(before);
      if (after === before) continue;
      const unsent = r.replicaId === ownReplicaId && r.batch === null;
      update.run(JSON.stringify(after), r.valueSha256 ?? (unsent ? null : sha256(r.value)), r.seq);
      n++;
    }
    return n;
  }

  /** Whether a record has a change of this field at all (the erasure mark, say). */
  has(recordId: string, field: string): boolean {
    return this.db.prepare('SELECT 1 FROM change WHERE record_id = ? AND field = ? LIMIT 1').get(recordId, field) !== undefined;
  }

  /** Whether any record has a change of this field (an erasure anywhere in the workbook, say). */
  hasField(field: string): boolean {
    return this.db.prepare('SELECT 1 FROM change WHERE field = ? LIMIT 1').get(field) !== undefined;
  }

  count(): number {
    return (this.countStmt.get() as { n: number }).n;
  }

  /** The winning change of one field: latest clock, then highest replica id. */
  latest(recordId: string, field: string): FieldChange | undefined {
    const row = this.latestStmt.get(recordId, field) as (Omit<FieldChange, 'value'> & { value: string }) | undefined;
    return row && { ...row, value: JSON.parse(row.value) as unknown };
  }

  /** Changes in local arrival order, for export and tests. */
  *iterate(afterSeq = 0): IterableIterator<FieldChange & { seq: number }> {
    const stmt = this.db.prepare(
      'SELECT seq, hlc, replica_id AS replicaId, kind, record_id AS recordId, field, value, prev FROM change WHERE seq > ? ORDER BY seq',
    );
    for (const row of stmt.iterate(afterSeq) as IterableIterator<FieldChange & { seq: number; value: string }>) {
      yield { ...row, value: JSON.parse(row.value) as unknown };
    }
  }
}
