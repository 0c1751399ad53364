import type Database from 'better-sqlite3';
import type { FieldNode } from '../../shared/sync/fieldState.js';
import { decodeStamps, type Stamp } from '../../shared/sync/stamps.js';

/** Field name of the change that deletes or restores a record (changeLog.ts): its prev is a version vector, not heads. */
const DELETED = '_deleted';

/** A head of a field as a local write needs it: its stamp, what it superseded, and whether it has left this installation. */
export interface HeadRow extends Stamp {
  readonly seq: number;
  readonly prev: string | null;
  /** The signed batch that took it out of this installation; null while it never left (or came unsigned). */
  readonly batch: number | null;
}

/**
 * The index of each field's heads (migration 007): the changes held here that
 * no other change held here names in its prev. Kept by the change log's
 * append, the one way a change enters the log, so finding what a local edit
 * supersedes is one index lookup, whatever the length of the field's history.
 *
 * These are the heads by structure only; shared/sync/fieldState.ts decides
 * from the values which of several heads stand (an echo a change moved past
 * does not). A field with one structural head has exactly that head.
 */
export class FieldHeads {
  private readonly dropHead: Database.Statement;
  private readonly addHead: Database.Statement;
  private readonly dropEarly: Database.Statement;
  private readonly addEarly: Database.Statement;
  private readonly held: Database.Statement;
  private readonly moveHead: Database.Statement;
  private readonly list: Database.Statement;
  private readonly nodes: Database.Statement;
  /** ofFields's statement, by how many fields. */
  private readonly listMany = new Map<number, Database.Statement>();

  constructor(private readonly db: Database.Database) {
    const key = 'record_id = ? AND field = ? AND hlc = ? AND replica_id = ?';
    this.dropHead = db.prepare(`DELETE FROM field_head WHERE ${key}`);
    this.addHead = db.prepare('INSERT OR IGNORE INTO field_head (record_id, field, hlc, replica_id) VALUES (?, ?, ?, ?)');
    this.dropEarly = db.prepare(`DELETE FROM field_superseded_early WHERE ${key}`);
    this.addEarly = db.prepare('INSERT OR IGNORE INTO field_superseded_early (record_id, field, hlc, replica_id) VALUES (?, ?, ?, ?)');
    this.moveHead = db.prepare(`UPDATE field_head SET hlc = ?, replica_id = ? WHERE ${key}`);
    this.held = db.prepare('SELECT 1 FROM change WHERE replica_id = ? AND hlc = ? AND record_id = ? AND field = ?').pluck();
    // CROSS JOIN fixes the order: the planner, without statistics, would rather walk the field's whole history.
    this.list = db.prepare(
      'SELECT c.seq, h.hlc, h.replica_id AS replicaId, c.prev, c.batch FROM field_head AS h ' +
        'CROSS JOIN change AS c ON c.replica_id = h.replica_id AND c.hlc = h.hlc AND c.record_id = h.record_id AND c.field = h.field ' +
        'WHERE h.record_id = ? AND h.field = ?',
    );
    this.nodes = db.prepare(
      'SELECT h.hlc, h.replica_id AS replicaId, c.value, c.prev FROM field_head AS h ' +
        'CROSS JOIN change AS c ON c.replica_id = h.replica_id AND c.hlc = h.hlc AND c.record_id = h.record_id AND c.field = h.field ' +
        'WHERE h.record_id = ? AND h.field = ?',
    );
  }

  /** The field's heads as the merge rules read changes (shared/sync/fieldState.ts), values parsed. */
  nodesOf(recordId: string, field: string): FieldNode[] {
    return (this.nodes.all(recordId, field) as { hlc: string; replicaId: string; value: string; prev: string | null }[]).map((r) => ({
      hlc: r.hlc, replicaId: r.replicaId, value: JSON.parse(r.value) as unknown, prev: decodeStamps(r.prev),
    }));
  }

  /** The field's heads (usually one), with their log rows. */
  of(recordId: string, field: string): HeadRow[] {
    return this.list.all(recordId, field) as HeadRow[];
  }

  /**
   * The heads of several fields of one record, in one lookup (a bulk edit
   * sets five fields of a meeting: one statement, not five). Every field
   * asked for is in the map, with no heads for one never written.
   */
  ofFields(recordId: string, fields: readonly string[]): Map<string, HeadRow[]> {
    const out = new Map<string, HeadRow[]>(fields.map((f) => [f, []]));
    if (fields.length === 0) return out;
    let stmt = this.listMany.get(fields.length);
    if (!stmt) {
      stmt = this.db.prepare(
        'SELECT h.field, c.seq, h.hlc, h.replica_id AS replicaId, c.prev, c.batch FROM field_head AS h ' +
          'CROSS JOIN change AS c ON c.replica_id = h.replica_id AND c.hlc = h.hlc AND c.record_id = h.record_id AND c.field = h.field ' +
          `WHERE h.record_id = ? AND h.field IN (${fields.map(() => '?').join(', ')})`,
      ).raw();
      this.listMany.set(fields.length, stmt);
    }
    // Rows as arrays: objects cost a fifth of the lookup.
    for (const [field, seq, hlc, replicaId, prev, batch] of stmt.all(recordId, ...fields) as [string, number, string, string, string | null, number | null][]) {
      out.get(field)?.push({ seq, hlc, replicaId, prev, batch });
    }
    return out;
  }

  /**
   * A change has entered the log: what it supersedes stops being a head, and
   * it becomes one unless a change held here already superseded it. `fresh`:
   * a stamp this installation has just made, which nothing can name yet.
   */
  appended(recordId: string, field: string, stamp: Stamp, prev: string | null | undefined, fresh: boolean): void {
    if (field === DELETED) return;
    for (const p of decodeStamps(prev)) {
      if (this.dropHead.run(recordId, field, p.hlc, p.replicaId).changes > 0) continue;
      // Superseded already, or not here yet: then it must not become a head when it comes.
      if (this.held.get(p.replicaId, p.hlc, recordId, field) === undefined) this.addEarly.run(recordId, field, p.hlc, p.replicaId);
    }
    if (!fresh && this.dropEarly.run(recordId, field, stamp.hlc, stamp.replicaId).changes > 0) return;
    this.addHead.run(recordId, field, stamp.hlc, stamp.replicaId);
  }

  /**
   * Our own change nobody has seen, a head, is replaced by our next change of
   * the field, which supersedes what it did (ChangeLog.replaceUnseen): the
   * head row moves to the new stamp. The same as `appended` with the old
   * head's prev and then dropping the old head: each stamp that prev names
   * stopped being a head, and was held or marked early, when the old head
   * came, and stays so.
   */
  moved(recordId: string, field: string, from: Stamp, to: Stamp): void {
    this.moveHead.run(to.hlc, to.replicaId, recordId, field, from.hlc, from.replicaId);
  }

  /**
   * A change superseded by one held here leaves the log (ChangeLog.dropStranded):
   * should it come back, in a file from its origin, it must not become a head.
   */
  dropped(recordId: string, field: string, stamp: Stamp): void {
    if (field === DELETED) return;
    this.dropHead.run(recordId, field, stamp.hlc, stamp.replicaId);
    this.addEarly.run(recordId, field, stamp.hlc, stamp.replicaId);
  }
}
