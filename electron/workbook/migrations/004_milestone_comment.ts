/**
 * Schema version 4: a comment on each milestone (issue 12), the leader's note
 * beside the plan's line. Existing milestones get an empty comment and no
 * change-log entry for it; sync reads the missing field as empty
 * (FieldSpec.since in shared/model/fields.ts). Frozen once released, like 001.
 */
export const MIGRATION_004_MILESTONE_COMMENT = `
ALTER TABLE milestone ADD COLUMN "comment" TEXT NOT NULL DEFAULT '';
`;
