import type Database from 'better-sqlite3';

/** What an exchange was: a file read in, one written out, or a folder file the mass-deletion guard held back. */
export type ExchangeEvent = 'import' | 'export' | 'held-back';
/** How it came about: a file chosen (the page, the CLI), the sync folder, or joining from a full file. */
export type ExchangeVia = 'file' | 'folder' | 'join';

/** One exchange as it is noted (the id and time are the log's). */
export interface ExchangeNote {
  readonly event: ExchangeEvent;
  readonly via: ExchangeVia;
  /** The file's name, where it had one. */
  readonly file: string | null;
  /** The sender (import, held back) or the recipient (export); null: a file for every installation. */
  readonly peerId: string | null;
  readonly peerName: string;
  readonly full: boolean;
  readonly encrypted: boolean;
  /** Changes the file carried. */
  readonly changes: number;
  /** Of those, the ones new here and applied (an import); the rest were here already. */
  readonly applied: number;
  readonly conflicts: number;
  /** A mass deletion the file made (agreed to) or would have made (held back): live records deleted, of how many. */
  readonly deleted: number | null;
  readonly live: number | null;
}

export interface ExchangeEntry extends ExchangeNote {
  readonly id: number;
  readonly at: string;
}

/** A sync folder file the guard holds back, as the last exchange with the folder left it. */
export interface HeldBackFile {
  readonly file: string;
  readonly path: string;
  readonly peerId: string | null;
  readonly peerName: string;
  readonly deleted: number;
  readonly live: number;
  readonly at: string;
}

interface Row {
  id: number;
  at: string;
  event: ExchangeEvent;
  via: ExchangeVia;
  file: string | null;
  peer_id: string | null;
  peer_name: string;
  full: number;
  encrypted: number;
  changes: number;
  applied: number;
  conflicts: number;
  deleted: number | null;
  live: number | null;
}

/** How many entries the log keeps; older ones go as new ones come. */
export const EXCHANGES_KEPT = 2000;
const HELD_BACK_KEY = 'sync.heldBack';

/**
 * The history of this installation's exchanges (migration 015): which file,
 * from or for whom, when, and what it did. Replica-local like SyncStore's
 * peers: never in a sync file, never in the dump. Written inside the
 * transaction of the import or export it tells of, so a rolled-back import
 * (a preview, a refusal) leaves no entry.
 */
export class ExchangeLog {
  private insertStmt: Database.Statement | undefined;

  constructor(private readonly db: Database.Database) {}

  record(note: ExchangeNote, at: string): void {
    this.insertStmt ??= this.db.prepare(
      `INSERT INTO exchange_log (at, event, via, file, peer_id, peer_name, full, encrypted, changes, applied, conflicts, deleted, live)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const r = this.insertStmt.run(
      at, note.event, note.via, note.file, note.peerId, note.peerName, note.full ? 1 : 0, note.encrypted ? 1 : 0,
      note.changes, note.applied, note.conflicts, note.deleted, note.live,
    );
    const id = Number(r.lastInsertRowid);
    if (id > EXCHANGES_KEPT && id % 100 === 0) this.db.prepare('DELETE FROM exchange_log WHERE id <= ?').run(id - EXCHANGES_KEPT);
  }

  /**
   * Notes a folder file held back, unless the last note of that file says
   * the same already: the folder is read again at every change in it, and
   * the same refusal each time is one event.
   */
  recordHeldBack(note: ExchangeNote, at: string): void {
    const last = this.db.prepare('SELECT * FROM exchange_log WHERE file IS ? ORDER BY id DESC LIMIT 1').get(note.file) as Row | undefined;
    if (last && last.event === 'held-back' && last.peer_id === note.peerId && last.deleted === note.deleted && last.live === note.live) return;
    this.record(note, at);
  }

  /** The newest first. */
  list(limit = 100): ExchangeEntry[] {
    return (this.db.prepare('SELECT * FROM exchange_log ORDER BY id DESC LIMIT ?').all(limit) as Row[]).map(toEntry);
  }

  count(): number {
    return this.db.prepare('SELECT COUNT(*) FROM exchange_log').pluck().get() as number;
  }

  /** The folder files the guard holds back now (what the last exchange with the folder found). */
  heldBack(): HeldBackFile[] {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(HELD_BACK_KEY) as { value: string } | undefined;
    if (!row) return [];
    try {
      const parsed: unknown = JSON.parse(row.value);
      return Array.isArray(parsed) ? (parsed as HeldBackFile[]) : [];
    } catch {
      return [];
    }
  }

  setHeldBack(files: readonly HeldBackFile[]): void {
    if (files.length === 0) this.db.prepare('DELETE FROM meta WHERE key = ?').run(HELD_BACK_KEY);
    else {
      this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
        .run(HELD_BACK_KEY, JSON.stringify(files));
    }
  }
}

function toEntry(r: Row): ExchangeEntry {
  return {
    id: r.id,
    at: r.at,
    event: r.event,
    via: r.via,
    file: r.file,
    peerId: r.peer_id,
    peerName: r.peer_name,
    full: r.full === 1,
    encrypted: r.encrypted === 1,
    changes: r.changes,
    applied: r.applied,
    conflicts: r.conflicts,
    deleted: r.deleted,
    live: r.live,
  };
}
