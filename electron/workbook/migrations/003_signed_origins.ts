/**
 * Schema version 3: signed origins and per-machine installations
 * (docs/sync.md, "Copies", "Signed origins"). Frozen once released, like 001.
 */
export const MIGRATION_003_SIGNED_ORIGINS = `
-- Each installation's Ed25519 public key (base64url of the raw 32 bytes).
-- Workbook content in the sense that it travels: every sync file lists the
-- keys of the installations it names, and a reader learns those it lacks.
CREATE TABLE sync_public_key (
  replica_id TEXT PRIMARY KEY NOT NULL,
  public_key TEXT NOT NULL
) STRICT;

-- A signed batch: an origin's statement of the stamps it made and a digest of
-- each stamp's changes, with the origin's signature (electron/workbook/signatures.ts).
-- Kept so that a relay forwards the origin's signature with its changes.
CREATE TABLE sync_batch (
  id INTEGER PRIMARY KEY,
  origin TEXT NOT NULL,
  stamps TEXT NOT NULL,
  signature TEXT NOT NULL,
  UNIQUE (origin, signature)
) STRICT;

-- The batch that vouches for a change. Null for this installation's own
-- changes until they first leave it (they are signed at export), and for
-- changes of installations that never had a key (made before version 3).
ALTER TABLE change ADD COLUMN batch INTEGER;
CREATE INDEX change_unsigned ON change(replica_id, hlc) WHERE batch IS NULL;
`;
