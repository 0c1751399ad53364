/**
 * Schema version 7: each field's heads kept as an index (docs/sync.md,
 * «Heads»), so a local edit finds what it supersedes by one lookup instead
 * of reading the field's whole history: an edit of a minutes field saved a
 * thousand times costs what the first one did. Frozen once released, like 001.
 */
export const MIGRATION_007_FIELD_HEADS = `
-- The changes of each field (not _deleted, whose prev is a version vector)
-- that no change held here names in its prev. ChangeLog.append keeps it.
CREATE TABLE field_head (
  record_id TEXT NOT NULL,
  field TEXT NOT NULL,
  hlc TEXT NOT NULL,
  replica_id TEXT NOT NULL,
  PRIMARY KEY (record_id, field, hlc, replica_id)
) STRICT, WITHOUT ROWID;

-- Stamps a change held here supersedes that have not arrived themselves (a
-- file may bring an edit before the change it builds on): when one arrives
-- it is not a head.
CREATE TABLE field_superseded_early (
  record_id TEXT NOT NULL,
  field TEXT NOT NULL,
  hlc TEXT NOT NULL,
  replica_id TEXT NOT NULL,
  PRIMARY KEY (record_id, field, hlc, replica_id)
) STRICT, WITHOUT ROWID;

-- Every stamp some field change names in its prev ("hlc replica" pairs joined by commas).
CREATE TEMP TABLE superseded_stamp (
  record_id TEXT NOT NULL, field TEXT NOT NULL, hlc TEXT NOT NULL, replica_id TEXT NOT NULL,
  PRIMARY KEY (record_id, field, hlc, replica_id)
) WITHOUT ROWID;
WITH RECURSIVE split(record_id, field, rest, pair) AS (
  SELECT record_id, field, prev || ',', NULL FROM change WHERE field <> '_deleted' AND prev IS NOT NULL AND prev <> ''
  UNION ALL
  SELECT record_id, field, substr(rest, instr(rest, ',') + 1), substr(rest, 1, instr(rest, ',') - 1) FROM split WHERE rest <> ''
)
INSERT OR IGNORE INTO superseded_stamp
  SELECT record_id, field, substr(pair, 1, instr(pair, ' ') - 1), substr(pair, instr(pair, ' ') + 1)
  FROM split WHERE pair IS NOT NULL AND instr(pair, ' ') > 0;

INSERT INTO field_head (record_id, field, hlc, replica_id)
  SELECT c.record_id, c.field, c.hlc, c.replica_id FROM change AS c
   WHERE c.field <> '_deleted'
     AND NOT EXISTS (SELECT 1 FROM superseded_stamp AS s
                      WHERE s.record_id = c.record_id AND s.field = c.field AND s.hlc = c.hlc AND s.replica_id = c.replica_id);

INSERT INTO field_superseded_early (record_id, field, hlc, replica_id)
  SELECT s.record_id, s.field, s.hlc, s.replica_id FROM superseded_stamp AS s
   WHERE NOT EXISTS (SELECT 1 FROM change AS c
                      WHERE c.replica_id = s.replica_id AND c.hlc = s.hlc AND c.record_id = s.record_id AND c.field = s.field);

DROP TABLE superseded_stamp;
`;
