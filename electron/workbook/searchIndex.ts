import type Database from 'better-sqlite3';
import type { Kind } from '../../shared/model/kinds.js';
import { searchTerms } from '../../shared/rules/searchQuery.js';
import type { RecordStore } from './recordStore.js';
import { markTerms } from './searchMarks.js';
import { DOCUMENT_KINDS, affectedDocuments, composeDocument, type SearchDocument } from './searchDocuments.js';

/** A run of a title or an excerpt: matched by the query or not. */
export interface TextPart {
  readonly text: string;
  readonly match: boolean;
}

export interface SearchHit {
  readonly kind: Kind;
  readonly id: string;
  readonly title: string;
  /** A short excerpt around the match, with the matched words in [brackets]. */
  readonly snippet: string;
  /** The title and the excerpt as runs, so a screen can mark the matched words without parsing brackets. */
  readonly titleParts: TextPart[];
  readonly snippetParts: TextPart[];
  /** An action item's meeting (the screen it opens on); null for every other kind. */
  readonly meetingId: string | null;
}

// Private-use characters: they never occur in the workbook's text, unlike brackets.
const OPEN = '\uE000';
const CLOSE = '\uE001';
// Characters of the excerpt before the first match and after it.
const SNIPPET_BEFORE = 30;
const SNIPPET_AFTER = 70;
// Characters of a body searched for a match that differs from the query only in diacritics («mal», «mål»).
const WINDOW = 4000;
// The title counts five times the body: a person found by name comes before one whose group mentions it.
const RANK = 'bm25(search_index, 5.0, 1.0, 1.0)';

interface Row {
  kind: Kind;
  id: string;
}

/**
 * Full-text search over every text of the workbook (electron/workbook/searchDocuments.ts
 * says what each record's document holds). The index is trigram (migration 005),
 * so a word matches inside a compound as Norwegian needs: «gruppe» finds
 * «Prosjektgruppe B», «torg» finds «innbyggertorg». The command layer and the
 * sync apply path call `recordChanged` after each write of a record and the
 * workbook writes the touched documents before it commits, so the index
 * never lags the tables, and a change to a person's name reaches the
 * meetings they attended in the same transaction.
 */
export class SearchIndex {
  private readonly dropDoc: Database.Statement;
  private readonly insertDoc: Database.Statement;
  private readonly insertText: Database.Statement;
  private readonly deleteText: Database.Statement;
  private readonly query: Database.Statement;
  private readonly queryKinds: Database.Statement;
  private readonly clearDocs: Database.Statement;
  private readonly clearText: Database.Statement;
  /** Documents to write before the commit: record id → kind. */
  private readonly pending = new Map<string, Kind>();

  private readonly optimizeStmt: Database.Statement;

  constructor(db: Database.Database, private readonly records: RecordStore) {
    this.optimizeStmt = db.prepare("INSERT INTO search_index(search_index) VALUES ('optimize')");
    this.dropDoc = db.prepare('DELETE FROM search_doc WHERE record_id = ? RETURNING rowid').pluck();
    this.insertDoc = db.prepare('INSERT INTO search_doc (record_id, kind) VALUES (?, ?)');
    this.insertText = db.prepare('INSERT INTO search_index (rowid, title, body, aliases) VALUES (?, ?, ?, ?)');
    this.deleteText = db.prepare('DELETE FROM search_index WHERE rowid = ?');
    this.clearDocs = db.prepare('DELETE FROM search_doc');
    this.clearText = db.prepare("INSERT INTO search_index(search_index) VALUES ('delete-all')");
    // Ranked first on ids alone, then the texts of the few kept: a sort that carried every
    // match's body (thousands for «bibliotek») cost more than the ranking itself.
    // The unfiltered query ranks on the FTS table alone: joining search_doc for every match
    // («bibliotek»: 11 465) only to drop it again cost about 5 % of the broadest searches.
    // The index keeps no texts (migration 009): the few hits' titles and bodies are composed from their records.
    const ranked = (filter: string) => `SELECT d.kind AS kind, d.record_id AS id
         FROM (SELECT search_index.rowid AS rowid, ${RANK} AS score FROM search_index
                ${filter ? 'JOIN search_doc d ON d.rowid = search_index.rowid' : ''}
                WHERE search_index MATCH ? ${filter} ORDER BY score LIMIT ?) AS top
         JOIN search_doc d ON d.rowid = top.rowid
        ORDER BY top.score, top.rowid`;
    this.query = db.prepare(ranked(''));
    this.queryKinds = db.prepare(ranked('AND d.kind IN (SELECT value FROM json_each(?))'));
  }

  /**
   * Merges the index into one segment, dropping what deleted rows left in
   * it: after an erasure no old term of a replaced text stays in the file.
   */
  optimize(): void {
    this.optimizeStmt.run();
  }

  static covers(kind: Kind): boolean {
    return DOCUMENT_KINDS.has(kind);
  }

  /**
   * After a write of one record (created, changed, deleted or restored):
   * brings its document and those showing its text up to date. `before` is
   * what its fields were, for a record that moved (an action item to another meeting).
   */
  recordChanged(kind: Kind, id: string, before?: Record<string, unknown>): void {
    for (const [docKind, docId] of affectedDocuments(this.records, kind, id, before)) this.pending.set(docId, docKind);
  }

  /**
   * Writes the documents the transaction's writes touched, each once: the
   * workbook calls it before every commit. A batch that adds a meeting and its
   * ten action items writes the meeting's document once, not eleven times.
   */
  flush(): void {
    // Every old entry out first, then every new one in: FTS5 writes its pending inserts out to a
    // segment before it can record a delete, so alternating the two made a segment per document
    // (a 5 000-change import spent three quarters of its time in the index's deletes).
    for (const id of this.pending.keys()) this.remove(id);
    for (const [id, kind] of this.pending) {
      const rec = this.records.get(kind, id);
      if (rec && !rec.deleted) this.write(kind, id, composeDocument(this.records, kind, rec));
    }
    this.pending.clear();
  }

  /** Forgets the touched documents of a transaction that rolled back. */
  discard(): void {
    this.pending.clear();
  }

  /** Writes every document again from the tables (after migration 005, or whenever the documents' content changes). */
  rebuild(): void {
    this.clearText.run();
    this.clearDocs.run();
    for (const kind of DOCUMENT_KINDS) {
      for (const rec of this.records.list(kind)) this.write(kind, rec.id, composeDocument(this.records, kind, rec));
    }
  }

  private write(kind: Kind, id: string, doc: SearchDocument): void {
    const { lastInsertRowid } = this.insertDoc.run(id, kind);
    this.insertText.run(lastInsertRowid, doc.title, doc.body, doc.aliases);
  }

  /** Drops a record's document and its entry in the index: one statement finds and deletes the document. */
  private remove(id: string): void {
    const rowid = this.dropDoc.get(id) as number | undefined;
    if (rowid !== undefined) this.deleteText.run(rowid);
  }

  /**
   * Every term of the query must occur, anywhere in a word (shared/rules/searchQuery.ts
   * says how a query becomes terms). User text never reaches FTS5 syntax unquoted.
   */
  search(text: string, limit = 50, kinds?: readonly Kind[]): SearchHit[] {
    const terms = searchTerms(text);
    const match = toMatchExpression(text);
    if (!match) return [];
    // Inside a transaction, its own writes are found too.
    if (this.pending.size > 0) this.flush();
    const rows = (kinds ? this.queryKinds.all(match, JSON.stringify(kinds), limit) : this.query.all(match, limit)) as Row[];
    return rows.flatMap((row) => {
      const rec = this.records.get(row.kind, row.id);
      // Indexed in this very transaction, always in step with the tables; a record gone is simply not a hit.
      if (!rec || rec.deleted) return [];
      const doc = composeDocument(this.records, row.kind, rec);
      const snippetParts = toParts(excerpt(markTerms(aroundFirstMatch(doc.body, terms), terms, OPEN, CLOSE)));
      return [{
        kind: row.kind,
        id: row.id,
        title: doc.title,
        snippet: snippetParts.map((p) => (p.match ? `[${p.text}]` : p.text)).join(''),
        titleParts: toParts(markTerms(doc.title, terms, OPEN, CLOSE)),
        snippetParts,
        meetingId: row.kind === 'action' ? meetingOf(this.records, row.id) : null,
      }];
    });
  }
}

function meetingOf(records: RecordStore, actionId: string): string | null {
  const meetingId = records.get('action', actionId)?.fields.meetingId;
  return typeof meetingId === 'string' ? meetingId : null;
}

/** The FTS5 expression for a query: each term a quoted string (quotes doubled), all of them required. */
export function toMatchExpression(text: string): string {
  return searchTerms(text).map((term) => `"${term.replaceAll('"', '""')}"`).join(' ');
}

/**
 * The part of a body the excerpt can come from: around the first place a term
 * occurs (found case-insensitively; the marks then fold diacritics too), or
 * the beginning. Minutes run to many kilobytes, and marking them whole for
 * fifty hits cost more than the query.
 */
function aroundFirstMatch(body: string, terms: readonly string[]): string {
  if (body.length <= WINDOW) return body;
  const lower = body.toLowerCase();
  let first = -1;
  for (const term of terms) {
    const at = lower.indexOf(term.toLowerCase());
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  if (first < 0) return `${body.slice(0, WINDOW)}…`;
  const from = Math.max(0, first - 4 * SNIPPET_BEFORE);
  const to = first + 4 * SNIPPET_AFTER;
  return `${from > 0 ? '…' : ''}${body.slice(from, to)}${to < body.length ? '…' : ''}`;
}

/**
 * An excerpt of the marked body around its first match, cut at whole words.
 * FTS5's own snippet() counts trigrams and cuts a long match in two, so the
 * excerpt is made here from the whole marked text.
 */
export function excerpt(marked: string, before = SNIPPET_BEFORE, after = SNIPPET_AFTER): string {
  const text = marked.replace(/\s*\n\s*/g, ' · ').replace(/\s+/g, ' ').trim();
  const first = text.indexOf(OPEN);
  const from = first < 0 ? 0 : first;
  let start = Math.max(0, from - before);
  let end = Math.min(text.length, Math.max(text.indexOf(CLOSE, from) + 1, from) + after);
  if (start > 0) {
    // Start at a line of the document (« · ») when one begins before the match, else at a word.
    const line = text.indexOf(' · ', start);
    const space = text.indexOf(' ', start);
    start = line >= 0 && line + 3 <= from ? line + 3 : space >= 0 && space < from ? space + 1 : start;
  }
  // Never end inside a match.
  if (text.lastIndexOf(OPEN, end - 1) > text.lastIndexOf(CLOSE, end - 1)) end = text.indexOf(CLOSE, end) + 1;
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > text.lastIndexOf(CLOSE, end) ? space : end;
  }
  const piece = text.slice(start, end);
  return `${start > 0 ? '…' : ''}${piece}${end < text.length ? ' …' : ''}`;
}

function toParts(marked: string): TextPart[] {
  const parts: TextPart[] = [];
  let match = false;
  for (const piece of marked.split(/([\uE000\uE001])/u)) {
    if (piece === OPEN) match = true;
    else if (piece === CLOSE) match = false;
    else if (piece !== '') parts.push({ text: piece, match });
  }
  return parts;
}
