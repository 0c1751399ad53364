import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Kind } from '../../shared/model/kinds.js';
import type { SetAside } from '../../shared/sync/fieldState.js';
import type { Stamp } from '../../shared/sync/stamps.js';

/** One open or resolved conflict, as stored. */
export interface ConflictRow {
  readonly id: string;
  readonly kind: Kind;
  readonly recordId: string;
  readonly field: string;
  readonly other: { readonly hlc: string; readonly replicaId: string; readonly value: unknown };
  readonly status: 'open' | 'resolved';
  readonly detectedAt: string;
  readonly resolvedAt: string | null;
}

interface RawRow {
  id: string;
  kind: Kind;
  record_id: string;
  field: string;
  other_hlc: string;
  other_replica: string;
  other_value: string;
  status: 'open' | 'resolved';
  detected_at: string;
  resolved_at: string | null;
}

/**
 * A conflict's id: a hash of the identity of the change that was set aside,
 * formatted as a UUID (version 8, "custom"). Every replica that sets the same
 * change aside names the conflict alike, so conflicts need no syncing of
 * their own and a resolution made anywhere closes them everywhere.
 */
export function conflictId(recordId: string, field: string, setAside: Stamp): string {
  const h = createHash('sha256').update(`${recordId}\n${field}\n${setAside.hlc}\n${setAside.replicaId}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * The sync_conflict table. Its open rows are kept equal to what
 * shared/sync/fieldState.ts derives for each field; rows that stop being
 * derived are marked resolved rather than removed, for the history.
 */
export class ConflictStore {
  private readonly openFor: Database.Statement;
  private readonly upsert: Database.Statement;
  private readonly resolve: Database.Statement;
  private readonly anyFor: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.openFor = db.prepare("SELECT id FROM sync_conflict WHERE record_id = ? AND field = ? AND status = 'open'");
    this.anyFor = db.prepare("SELECT 1 FROM sync_conflict WHERE record_id = ? AND status = 'open' LIMIT 1");
    this.upsert = db.prepare(
      `INSERT INTO sync_conflict (id, kind, record_id, field, other_hlc, other_replica, other_value, status, detected_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?)
       ON CONFLICT(id) DO UPDATE SET status = 'open', resolved_at = NULL, other_value = excluded.other_value`,
    );
    this.resolve = db.prepare("UPDATE sync_conflict SET status = 'resolved', resolved_at = ? WHERE id = ?");
  }

  /** Makes the open conflicts of one field exactly `setAside`; returns how many were newly opened. */
  syncField(
    kind: Kind, recordId: string, field: string, setAside: readonly SetAside[], now: string, onClosed?: (id: string) => void,
  ): number {
    const open = new Set((this.openFor.all(recordId, field) as { id: string }[]).map((r) => r.id));
    let opened = 0;
    for (const s of setAside) {
      const id = conflictId(recordId, field, s.stamp);
      if (open.delete(id)) continue;
      this.upsert.run(id, kind, recordId, field, s.stamp.hlc, s.stamp.replicaId, JSON.stringify(s.value), now);
      opened++;
    }
    for (const id of open) {
      this.resolve.run(now, id);
      onClosed?.(id);
    }
    return opened;
  }

  /**
   * Opens a resolved conflict again: an undone resolution puts the question
   * back to the user. Only here: the change that undid it supersedes the
   * set-aside value, so other replicas (and a later re-derivation of this
   * record) see the field settled with the value the undo restored.
   */
  reopen(id: string): boolean {
    return this.db.prepare("UPDATE sync_conflict SET status = 'open', resolved_at = NULL WHERE id = ? AND status = 'resolved'").run(id).changes > 0;
  }

  /** Closes one conflict without a new change: the redo of an undone resolution whose own change is back in force. */
  close(id: string, now: string): boolean {
    return this.db.prepare("UPDATE sync_conflict SET status = 'resolved', resolved_at = ? WHERE id = ? AND status = 'open'").run(now, id).changes > 0;
  }

  /** Whether a record has any open conflict (then its fields are re-derived after a local write). */
  hasOpen(recordId: string): boolean {
    return this.anyFor.get(recordId) !== undefined;
  }

  get(id: string): ConflictRow | undefined {
    const row = this.db.prepare('SELECT * FROM sync_conflict WHERE id = ?').get(id) as RawRow | undefined;
    return row && fromRaw(row);
  }

  /** Open conflicts, oldest detection first (ties by id). */
  listOpen(): ConflictRow[] {
    const rows = this.db
      .prepare("SELECT * FROM sync_conflict WHERE status = 'open' ORDER BY detected_at, id")
      .all() as RawRow[];
    return rows.map(fromRaw);
  }

  /** Replaces set-aside values (open or resolved) that `erase` changes (electron/workbook/erasure.ts); returns how many. */
  eraseValues(erase: (value: unknown) => unknown): number {
    const rows = this.db.prepare('SELECT id, other_value AS v FROM sync_conflict').all() as { id: string; v: string }[];
    const update = this.db.prepare('UPDATE sync_conflict SET other_value = ? WHERE id = ?');
    let n = 0;
    for (const r of rows) {
      const before = JSON.parse(r.v) as unknown;
      const after = erase(before);
      if (after === before) continue;
      update.run(JSON.stringify(after), r.id);
      n++;
    }
    return n;
  }

  countOpen(): number {
    return (this.db.prepare("SELECT COUNT(*) AS n FROM sync_conflict WHERE status = 'open'").get() as { n: number }).n;
  }
}

function fromRaw(r: RawRow): ConflictRow {
  return {
    id: r.id,
    kind: r.kind,
    recordId: r.record_id,
    field: r.field,
    other: { hlc: r.other_hlc, replicaId: r.other_replica, value: JSON.parse(r.other_value) as unknown },
    status: r.status,
    detectedAt: r.detected_at,
    resolvedAt: r.resolved_at,
  };
}
