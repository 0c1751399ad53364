import type Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { KIND_NAMES } from '../../shared/model/kinds.js';
import type { Workbook } from '../../electron/workbook/workbook.js';

/** Bytes of a file, 0 when it is not there. */
export function fileBytes(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

/**
 * The workbook's content: every live record as compact JSON (`{"id":…, …fields}`),
 * UTF-8 bytes summed, the measure issue 15 compares the file with.
 */
export function contentBytes(wb: Workbook): number {
  let bytes = 0;
  for (const kind of KIND_NAMES) {
    for (const r of wb.records.list(kind)) bytes += Buffer.byteLength(JSON.stringify({ id: r.id, ...r.fields }));
  }
  return bytes;
}

export interface ObjectBytes {
  /** A table or index, or the search index's shadow tables together as `search_index*`. */
  readonly name: string;
  /** Pages in use × page size (dbstat's pgsize), the object's share of the file. */
  readonly bytes: number;
  /** Bytes of payload the object holds (dbstat's payload). */
  readonly payload: number;
}

/** Where the file's pages go, by table and index, largest first (SQLite's dbstat virtual table). */
export function bytesByObject(db: Database.Database): ObjectBytes[] {
  const rows = db
    .prepare(
      `SELECT CASE WHEN name LIKE 'search_index%' THEN 'search_index*' ELSE name END AS name,
              SUM(pgsize) AS bytes, SUM(payload) AS payload
         FROM dbstat GROUP BY 1 ORDER BY 2 DESC`,
    )
    .all() as ObjectBytes[];
  const free = (db.pragma('freelist_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
  return free > 0 ? [...rows, { name: '(free pages)', bytes: free, payload: 0 }] : rows;
}
