/**
 * Schema version 6: erasing a person (electron/workbook/erasure.ts,
 * docs/sync.md «Erasing a person»). Frozen once released, like 001.
 */
export const MIGRATION_006_ERASED_VALUES = `
-- A change whose value named an erased person keeps, instead of the value,
-- the text with the name replaced, and here the SHA-256 (hex) of the value's
-- original JSON text: the origin's signed digest covers that hash, not the
-- value (electron/workbook/signatures.ts), so the change still verifies on
-- every installation without revealing what it said. Null: not erased.
ALTER TABLE change ADD COLUMN value_sha256 TEXT;
`;
