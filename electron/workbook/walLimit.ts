import type Database from 'better-sqlite3';
import { statSync } from 'node:fs';

/**
 * The write-ahead log's size while a workbook is open. SQLite checkpoints it
 * on its own (every 1 000 pages) but never shrinks the file, so one large
 * import left a WAL as large as the import (155 MB on the bench workbook)
 * until the workbook closed. `journal_size_limit` makes SQLite cut it back to
 * this size whenever it restarts the log; after a commit that left it larger
 * than that, a TRUNCATE checkpoint does so at once. Another process reading
 * an older snapshot can hold the checkpoint back; it then simply waits for
 * the next large commit or the close (a checkpoint never loses a commit).
 */
export const WAL_LIMIT_BYTES = 8 * 1024 * 1024;

export function limitWal(db: Database.Database): void {
  db.pragma(`journal_size_limit = ${WAL_LIMIT_BYTES}`);
}

/** After a commit: a WAL grown past the limit is checkpointed and truncated. */
export function shrinkWalIfLarge(db: Database.Database, path: string): void {
  let size: number;
  try {
    size = statSync(`${path}-wal`).size;
  } catch {
    return; // no WAL (a read-only or in-memory workbook)
  }
  if (size <= WAL_LIMIT_BYTES) return;
  // A TRUNCATE checkpoint waits for other connections' readers as long as the
  // busy timeout allows (30 s): never make a commit wait for that. Busy, it
  // returns at once; the next large commit or the close tries again.
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // Busy or locked by another process: as above.
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}
