/**
 * Schema version 2: what sync between installations needs (docs/sync.md).
 * Frozen once released, like 001.
 */
export const MIGRATION_002_SYNC = `
-- The changes a change supersedes, as "hlc replica" pairs joined by commas
-- (shared/sync/stamps.ts). For a field: the heads its author saw as the value;
-- null for the first write. For _deleted: the author's whole version vector.
ALTER TABLE change ADD COLUMN prev TEXT;

-- A workbook from before sync has one replica's changes, each field's in a
-- line: each change supersedes the one before it, and a delete or restore
-- had seen everything up to itself. Without this, every old value would be a
-- head, and the first sync would raise them all as conflicts.
UPDATE change SET prev = (
  SELECT p.hlc || ' ' || p.replica_id FROM change AS p
   WHERE p.record_id = change.record_id AND p.field = change.field
     AND (p.hlc < change.hlc OR (p.hlc = change.hlc AND p.replica_id < change.replica_id))
   ORDER BY p.hlc DESC, p.replica_id DESC LIMIT 1
) WHERE field <> '_deleted';
UPDATE change SET prev = hlc || ' ' || replica_id WHERE field = '_deleted';

-- Other installations this one has exchanged files with: replica-local
-- bookkeeping, never synced nor dumped. version_vector is the vector of the
-- last file that came from them, so a delta for them can leave out what they hold.
CREATE TABLE sync_peer (
  replica_id TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  version_vector TEXT,
  last_import_at TEXT,
  last_export_at TEXT
) STRICT;

-- Open (and, for history, resolved) conflicts: values written concurrently to
-- one field that did not become its value. Derived from the change log (the
-- id hashes the set-aside change's identity), so every replica holding the
-- same changes holds the same open conflicts.
CREATE TABLE sync_conflict (
  id TEXT PRIMARY KEY NOT NULL,
  kind TEXT NOT NULL,
  record_id TEXT NOT NULL,
  field TEXT NOT NULL,
  other_hlc TEXT NOT NULL,
  other_replica TEXT NOT NULL,
  other_value TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
  detected_at TEXT NOT NULL,
  resolved_at TEXT
) STRICT;
CREATE INDEX sync_conflict_record ON sync_conflict(record_id, field);
CREATE INDEX sync_conflict_status ON sync_conflict(status);

-- The workbook key authenticates sync files (HMAC-SHA-256). A workbook made
-- before sync gets one here; a new one gets it with its identity.
INSERT INTO meta (key, value)
  SELECT 'sync_key', lower(hex(randomblob(32)))
  WHERE EXISTS (SELECT 1 FROM meta WHERE key = 'workbook_id')
    AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'sync_key');
`;
