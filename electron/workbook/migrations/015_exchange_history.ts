/**
 * Schema version 15: the history of sync exchanges (issue 15), which the
 * Synkronisering page kept in the browser's storage before: every file read
 * in or written out, by whom, when, and what it did (changes applied or
 * already here, conflicts raised, a file the mass-deletion guard held back).
 * This installation's own bookkeeping, like sync_peer: it never travels in a
 * sync file and the dump leaves it out (docs/sync.md, "Exchange history").
 * A new table only; nothing to rebuild. Frozen once released, like 001.
 */
export const MIGRATION_015_EXCHANGE_HISTORY = `
CREATE TABLE exchange_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  event TEXT NOT NULL CHECK (event IN ('import', 'export', 'held-back')),
  via TEXT NOT NULL CHECK (via IN ('file', 'folder', 'join')),
  file TEXT,
  peer_id TEXT,
  peer_name TEXT NOT NULL DEFAULT '',
  full INTEGER NOT NULL DEFAULT 0,
  encrypted INTEGER NOT NULL DEFAULT 0,
  changes INTEGER NOT NULL DEFAULT 0,
  applied INTEGER NOT NULL DEFAULT 0,
  conflicts INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER,
  live INTEGER
) STRICT;
CREATE INDEX exchange_log_at ON exchange_log(at);
`;
