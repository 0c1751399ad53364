/**
 * Schema version 12: the plan's version and the date it was approved
 * («vedtatt»), for its title page (issue 14). The project gets an empty
 * version and no date, with no change-log entry for them; sync reads the
 * missing fields as their defaults (FieldSpec.since in shared/model/fields.ts).
 * Frozen once released, like 001.
 */
export const MIGRATION_012_PLAN_VERSION = `
ALTER TABLE project ADD COLUMN "planVersion" TEXT NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN "approvedDate" TEXT;
`;
