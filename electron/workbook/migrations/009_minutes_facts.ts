/**
 * Schema version 9: the møtereferat's own facts on each meeting (issue 14):
 * end time, møteleder, referent, kopi til, next meeting, approval and the
 * archive reference. Existing meetings get empty values and no change-log
 * entry for them; sync reads the missing fields as their defaults
 * (FieldSpec.since in shared/model/fields.ts). Frozen once released, like 001.
 */
export const MIGRATION_009_MINUTES_FACTS = `
ALTER TABLE meeting ADD COLUMN "endTime" TEXT;
ALTER TABLE meeting ADD COLUMN "chairId" TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE meeting ADD COLUMN "secretaryId" TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE meeting ADD COLUMN "copyTo" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE meeting ADD COLUMN "nextMeetingAt" TEXT;
ALTER TABLE meeting ADD COLUMN "nextMeetingPlace" TEXT NOT NULL DEFAULT '';
ALTER TABLE meeting ADD COLUMN "approvedOn" TEXT;
ALTER TABLE meeting ADD COLUMN "approvedBy" TEXT NOT NULL DEFAULT '';
ALTER TABLE meeting ADD COLUMN "archiveRef" TEXT NOT NULL DEFAULT '';
CREATE INDEX meeting_chairId ON meeting("chairId");
CREATE INDEX meeting_secretaryId ON meeting("secretaryId");
`;
