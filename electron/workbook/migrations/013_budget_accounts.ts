/**
 * Schema version 13: Nasjonalbiblioteket's accounts (issue 14). Each budget line gets the leader's
 * comment on why its actual spend is off the budget, and (for income) where the money comes from:
 * egeninnsats, the grant, or other. Existing lines get an empty comment and 'unspecified', with no
 * change-log entry; the accounts read 'unspecified' from the line's words (shared/rules/fundingSource.ts)
 * and sync reads the missing fields as their defaults (FieldSpec.since). The search index needs no
 * rebuild: every new comment starts empty. Frozen once released, like 001.
 */
export const MIGRATION_013_BUDGET_ACCOUNTS = `
ALTER TABLE budget_line ADD COLUMN "deviationComment" TEXT NOT NULL DEFAULT '';
ALTER TABLE budget_line ADD COLUMN "funding" TEXT NOT NULL DEFAULT 'unspecified';
`;
