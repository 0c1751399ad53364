import type Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { encodeHlc, tick, type Hlc } from '../../shared/rules/hlc.js';
import type { FieldSpec } from '../../shared/model/fields.js';
import { KINDS, fieldSpecs, type Kind } from '../../shared/model/kinds.js';
import { createWorkbook } from '../../electron/workbook/open.js';
import { SearchIndex } from '../../electron/workbook/searchIndex.js';
import { composeDocument, type RecordSource } from '../../electron/workbook/searchDocuments.js';
import type { StoredRecord } from '../../electron/workbook/recordStore.js';
import { nowMs } from '../lib/stats.js';
import type { Dataset } from './dataset.js';

export interface FloorResult {
  readonly ms: number;
  readonly records: number;
  readonly changes: number;
  readonly searchDocs: number;
}

/** Every statement parameter of one record, worked out before the clock starts. */
interface PreparedRecord {
  readonly row: Database.Statement;
  readonly rowParams: readonly unknown[];
  readonly changeParams: readonly (readonly unknown[])[];
  /** [record id, field, hlc, replica id] per change: each first write is its field's head (field_head, migration 007). */
  readonly headParams: readonly (readonly unknown[])[];
  /** [rowid, record id, kind] and [rowid, title, body], or undefined for kinds search skips. */
  readonly doc?: readonly unknown[];
  readonly text?: readonly unknown[];
}

/**
 * The physical floor: what writing the same data costs with nothing but
 * prepared INSERTs. A fresh empty workbook (same schema and pragmas, made by
 * `createWorkbook`) receives, in one transaction, exactly what the command
 * layer writes for the dataset: each record's row, one `change` row per field
 * (value as JSON) with its `field_head` row (each first write is its field's
 * head) and, for the kinds search covers, the `search_doc` row and
 * the `search_index` (FTS5) row, with the text of related records the command
 * layer puts in a document (a meeting's action items). Ids, clock stamps, column values, JSON and
 * search text are all computed before timing starts; what is timed is only
 * binding, stepping and the commit.
 */
export function buildFloor(path: string, ds: Dataset): FloorResult {
  const wb = createWorkbook(path, { empty: true, replicaName: 'bench' });
  try {
    const db = wb.sqliteForTests;
    const plan = prepare(db, ds, wb.replicaId);
    const changeStmt = db.prepare('INSERT INTO change (hlc, replica_id, kind, record_id, field, value) VALUES (?, ?, ?, ?, ?, ?)');
    const headStmt = db.prepare('INSERT INTO field_head (record_id, field, hlc, replica_id) VALUES (?, ?, ?, ?)');
    const docStmt = db.prepare('INSERT INTO search_doc (rowid, record_id, kind) VALUES (?, ?, ?)');
    const textStmt = db.prepare('INSERT INTO search_index (rowid, title, body, aliases) VALUES (?, ?, ?, ?)');
    const write = db.transaction(() => {
      for (const r of plan) {
        r.row.run(r.rowParams);
        for (const c of r.changeParams) changeStmt.run(c);
        for (const h of r.headParams) headStmt.run(h);
        if (r.doc && r.text) {
          docStmt.run(r.doc);
          textStmt.run(r.text);
        }
      }
    });
    const start = nowMs();
    write();
    const ms = nowMs() - start;
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      ms,
      records: plan.length,
      changes: count('SELECT COUNT(*) FROM change'),
      searchDocs: count('SELECT COUNT(*) FROM search_doc'),
    };
  } finally {
    wb.close();
  }
}

function prepare(db: Database.Database, ds: Dataset, replicaId: string): PreparedRecord[] {
  const rowStatements = new Map<Kind, Database.Statement>();
  const rowStatement = (kind: Kind): Database.Statement => {
    let s = rowStatements.get(kind);
    if (!s) {
      // The same statement RecordStore.insert prepares.
      const names = Object.keys(fieldSpecs(kind));
      const cols = ['id', 'deleted', ...names.map((n) => `"${n}"`)].join(', ');
      const params = ['?', '?', ...names.map(() => '?')].join(', ');
      s = db.prepare(`INSERT INTO ${KINDS[kind].table} (${cols}) VALUES (${params})`);
      rowStatements.set(kind, s);
    }
    return s;
  };

  const ids = ds.records.map(() => uuidv7());
  const stored: StoredRecord[] = ds.records.map((rec, i) => {
    const fields: Record<string, unknown> = { ...rec.fields };
    for (const [field, index] of rec.refs) fields[field] = ids[index];
    return { id: ids[i]!, deleted: false, fields };
  });
  const source = memorySource(ds, stored);
  let clock: Hlc = { millis: 0, counter: 0 };
  let searchRowid = 0;
  return ds.records.map((rec, i) => {
    const { id, fields } = stored[i]!;
    clock = tick(clock, Date.now());
    const hlc = encodeHlc(clock);
    const specs = fieldSpecs(rec.kind);
    const names = Object.keys(specs);
    const prepared: PreparedRecord = {
      row: rowStatement(rec.kind),
      rowParams: [id, 0, ...names.map((n) => toColumn(specs[n]!, fields[n]))],
      changeParams: names.map((n) => [hlc, replicaId, rec.kind, id, n, JSON.stringify(fields[n])]),
      headParams: names.map((n) => [id, n, hlc, replicaId]),
    };
    if (!SearchIndex.covers(rec.kind)) return prepared;
    // The document as SearchIndex ends up writing it, related records' text included.
    const doc = composeDocument(source, rec.kind, stored[i]!);
    searchRowid++;
    return { ...prepared, doc: [searchRowid, id, rec.kind], text: [searchRowid, doc.title, doc.body, doc.aliases] };
  });
}

/** The dataset as a record source: what composeDocument reads, from memory instead of the tables. */
function memorySource(ds: Dataset, stored: readonly StoredRecord[]): RecordSource {
  const byId = new Map<string, { kind: Kind; rec: StoredRecord }>();
  const byField = new Map<string, StoredRecord[]>();
  ds.records.forEach((r, i) => {
    const rec = stored[i]!;
    byId.set(rec.id, { kind: r.kind, rec });
    const specs = fieldSpecs(r.kind);
    for (const [field, value] of Object.entries(rec.fields)) {
      // composeDocument lists records by a reference (an action item's meetingId), nothing else.
      if (typeof value !== 'string' || !specs[field]?.ref) continue;
      const key = `${r.kind} ${field} ${value}`;
      const list = byField.get(key);
      if (list) list.push(rec);
      else byField.set(key, [rec]);
    }
  });
  return {
    get: (kind, id) => {
      const hit = byId.get(id);
      return hit && hit.kind === kind ? hit.rec : undefined;
    },
    listBy: (kind, field, value) => [...(byField.get(`${kind} ${field} ${String(value)}`) ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

/** RecordStore's conversion of a field value to its column. */
function toColumn(spec: FieldSpec, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (spec.storage === 'bool') return value ? 1 : 0;
  if (spec.storage === 'json') return JSON.stringify(value);
  return value;
}
