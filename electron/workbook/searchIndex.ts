import type Database from 'better-sqlite3';
import { KINDS, fieldSpecs, type Kind } from '../../shared/model/kinds.js';

export interface SearchHit {
  readonly kind: Kind;
  readonly id: string;
  readonly title: string;
  /** A short excerpt around the match, with the matched words in [brackets]. */
  readonly snippet: string;
}

const SEARCHED_KINDS = new Set<Kind>(['project', 'section', 'goal', 'group', 'person', 'milestone', 'budget-line', 'risk', 'meeting', 'action']);

/**
 * Full-text search over the searchable fields of shared/model/kinds.ts. The
 * command layer calls `index` after each write of a record, so the index never
 * lags the tables.
 */
export class SearchIndex {
  private readonly findDoc: Database.Statement;
  private readonly insertDoc: Database.Statement;
  private readonly deleteDoc: Database.Statement;
  private readonly insertText: Database.Statement;
  private readonly deleteText: Database.Statement;
  private readonly query: Database.Statement;
  private readonly queryKinds: Database.Statement;
  private readonly optimizeStmt: Database.Statement;

  constructor(db: Database.Database) {
    this.optimizeStmt = db.prepare("INSERT INTO search_index(search_index) VALUES ('optimize')");
    this.findDoc = db.prepare('SELECT rowid FROM search_doc WHERE record_id = ?');
    this.insertDoc = db.prepare('INSERT INTO search_doc (record_id, kind) VALUES (?, ?)');
    this.deleteDoc = db.prepare('DELETE FROM search_doc WHERE rowid = ?');
    this.insertText = db.prepare('INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)');
    this.deleteText = db.prepare('DELETE FROM search_index WHERE rowid = ?');
    this.query = db.prepare(
      `SELECT d.kind AS kind, d.record_id AS id, search_index.title AS title,
              snippet(search_index, 1, '[', ']', '…', 12) AS snippet
         FROM search_index JOIN search_doc d ON d.rowid = search_index.rowid
        WHERE search_index MATCH ? ORDER BY rank LIMIT ?`,
    );
    this.queryKinds = db.prepare(
      `SELECT d.kind AS kind, d.record_id AS id, search_index.title AS title,
              snippet(search_index, 1, '[', ']', '…', 12) AS snippet
         FROM search_index JOIN search_doc d ON d.rowid = search_index.rowid
        WHERE search_index MATCH ? AND d.kind IN (SELECT value FROM json_each(?)) ORDER BY rank LIMIT ?`,
    );
  }

  /**
   * Merges the index into one segment, dropping what deleted rows left in
   * it: after an erasure no old term of a replaced text stays in the file.
   */
  optimize(): void {
    this.optimizeStmt.run();
  }

  static covers(kind: Kind): boolean {
    return SEARCHED_KINDS.has(kind);
  }

  /** Puts a live record's current text into the index, replacing what was there. */
  index(kind: Kind, id: string, fields: Record<string, unknown>): void {
    if (!SEARCHED_KINDS.has(kind)) return;
    this.remove(id);
    const titleField = KINDS[kind].titleField;
    const body = Object.entries(fieldSpecs(kind))
      .filter(([name, spec]) => spec.searchable && name !== titleField)
      .map(([name]) => fields[name])
      .filter((v): v is string => typeof v === 'string' && v.length > 0)
      .join('\n');
    const { lastInsertRowid } = this.insertDoc.run(id, kind);
    this.insertText.run(lastInsertRowid, String(fields[titleField] ?? ''), body);
  }

  remove(id: string): void {
    const doc = this.findDoc.get(id) as { rowid: number } | undefined;
    if (!doc) return;
    this.deleteText.run(doc.rowid);
    this.deleteDoc.run(doc.rowid);
  }

  /**
   * Every word of the query must match, each as a prefix, so "innbygger" finds
   * "innbyggerundersøkelse". User text never reaches FTS5 syntax unquoted.
   */
  search(text: string, limit = 50, kinds?: readonly Kind[]): SearchHit[] {
    const match = toMatchExpression(text);
    if (!match) return [];
    if (kinds) return this.queryKinds.all(match, JSON.stringify(kinds), limit) as SearchHit[];
    return this.query.all(match, limit) as SearchHit[];
  }
}

export function toMatchExpression(text: string): string {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, 20).map((w) => `"${w}"*`).join(' ');
}
