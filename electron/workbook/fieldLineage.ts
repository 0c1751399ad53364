import type Database from 'better-sqlite3';
import type { Kind } from '../../shared/model/kinds.js';
import { deriveFieldState, type FieldNode } from '../../shared/sync/fieldState.js';
import { decodeStamps, encodeStamps, type Stamp } from '../../shared/sync/stamps.js';
import { emptyVector, vectorToStamps } from '../../shared/sync/versionVector.js';
import type { FieldHeads, HeadRow } from './fieldHeads.js';

/** Every change of one record, by field, as the merge rules read them. */
export interface RecordHistory {
  /** The kind the record's changes name, or undefined for a record this replica has never seen. */
  readonly kind: Kind | undefined;
  readonly fields: Map<string, FieldNode[]>;
}

interface Row {
  hlc: string;
  replicaId: string;
  kind: Kind;
  field: string;
  value: string;
  prev: string | null;
}

/**
 * Reads the change log the way sync's merge rules need it: the history of a
 * record or field with what each change supersedes, and this replica's
 * version vector.
 */
export class FieldLineage {
  private readonly byRecord: Database.Statement;
  private readonly byField: Database.Statement;
  private readonly vector: Database.Statement;
  private readonly kindStmt: Database.Statement;
  private readonly deletedStmt: Database.Statement;

  constructor(db: Database.Database, private readonly heads: FieldHeads) {
    const cols = 'hlc, replica_id AS replicaId, kind, field, value, prev';
    this.byRecord = db.prepare(`SELECT ${cols} FROM change WHERE record_id = ?`);
    this.byField = db.prepare(`SELECT ${cols} FROM change WHERE record_id = ? AND field = ?`);
    this.kindStmt = db.prepare('SELECT kind FROM change WHERE record_id = ? LIMIT 1');
    this.deletedStmt = db.prepare("SELECT 1 FROM change WHERE record_id = ? AND field = '_deleted' LIMIT 1");
    // A skip-scan over the change_identity index: one seek per origin replica, not a scan of the log.
    this.vector = db.prepare(`
      WITH RECURSIVE origin(id) AS (
        SELECT MIN(replica_id) FROM change
        UNION ALL
        SELECT (SELECT MIN(replica_id) FROM change WHERE replica_id > origin.id) FROM origin WHERE origin.id IS NOT NULL
      )
      SELECT id, (SELECT MAX(hlc) FROM change WHERE replica_id = origin.id) AS hlc FROM origin WHERE id IS NOT NULL`);
  }

  history(recordId: string): RecordHistory {
    const rows = this.byRecord.all(recordId) as Row[];
    const fields = new Map<string, FieldNode[]>();
    for (const r of rows) {
      const list = fields.get(r.field);
      const node = toNode(r);
      if (list) list.push(node);
      else fields.set(r.field, [node]);
    }
    return { kind: rows[0]?.kind, fields };
  }

  /** The kind a record's changes name, or undefined for a record this replica has never seen. */
  kindOf(recordId: string): Kind | undefined {
    return (this.kindStmt.get(recordId) as { kind: Kind } | undefined)?.kind;
  }

  /**
   * What settling a record after an import needs of its history, without
   * reading it where the heads index answers: when each touched field has one
   * head, the record has no open conflict and was never deleted, that head is
   * the field's whole state (a field's sole head is never an echo another
   * change moved past: a change that moved past it would be its ancestor, and
   * a write supersedes heads only). Otherwise the record's whole history.
   */
  historyForSettle(recordId: string, touched: Iterable<string>, hasOpenConflict: boolean): Map<string, FieldNode[]> {
    if (hasOpenConflict || this.deletedStmt.get(recordId) !== undefined) return this.history(recordId).fields;
    const fields = new Map<string, FieldNode[]>();
    for (const field of touched) {
      const heads = this.heads.nodesOf(recordId, field);
      if (heads.length !== 1) return this.history(recordId).fields;
      fields.set(field, heads);
    }
    return fields;
  }

  fieldNodes(recordId: string, field: string): FieldNode[] {
    return (this.byField.all(recordId, field) as Row[]).map(toNode);
  }

  /** For each origin replica, the latest stamp of its changes held here. */
  localVector(): Record<string, string> {
    const v = emptyVector();
    for (const r of this.vector.all() as { id: string; hlc: string }[]) v[r.id] = r.hlc;
    return v;
  }

  /**
   * What a local write of a field supersedes: the heads its current value
   * includes (usually the one latest change), found in the heads index
   * (electron/workbook/fieldHeads.ts), not by reading the field's history.
   * Open conflicts stay heads, so a plain edit never silently settles them;
   * only then (several heads, which a merge of long text must weigh) is the
   * history read. `head` is the one head when there is exactly one.
   */
  baseForLocalWrite(recordId: string, field: string, longText: boolean): LocalWriteBase {
    return this.baseFromHeads(recordId, field, longText, this.heads.of(recordId, field));
  }

  /** baseForLocalWrite for several fields of one record, their heads found in one lookup; in the fields' order. */
  basesForLocalWrite(recordId: string, fields: readonly string[], isLongText: (field: string) => boolean): LocalWriteBase[] {
    const heads = this.heads.ofFields(recordId, fields);
    return fields.map((f) => this.baseFromHeads(recordId, f, isLongText(f), heads.get(f)!));
  }

  private baseFromHeads(recordId: string, field: string, longText: boolean, heads: readonly HeadRow[]): LocalWriteBase {
    if (heads.length <= 1) {
      const head = heads[0];
      return { prev: head ? encodeStamps([head]) : null, head };
    }
    const state = deriveFieldState(this.fieldNodes(recordId, field), longText);
    return { prev: state ? encodeStamps(state.covered) : null, head: undefined };
  }

  /** What a local write of a field supersedes, encoded (baseForLocalWrite). */
  parentsForLocalWrite(recordId: string, field: string, longText: boolean): string | null {
    return this.baseForLocalWrite(recordId, field, longText).prev;
  }

  /** What a local delete or restore supersedes: everything this replica holds, itself included. */
  parentsForLocalDelete(stamp: Stamp): string | null {
    const v = this.localVector();
    v[stamp.replicaId] = stamp.hlc;
    return encodeStamps(vectorToStamps(v));
  }
}

/** What a local write of a field supersedes (FieldLineage.baseForLocalWrite). */
export interface LocalWriteBase {
  readonly prev: string | null;
  /** The field's one head, when it has exactly one. */
  readonly head: HeadRow | undefined;
}

function toNode(r: Row): FieldNode {
  return { hlc: r.hlc, replicaId: r.replicaId, value: JSON.parse(r.value) as unknown, prev: decodeStamps(r.prev) };
}
