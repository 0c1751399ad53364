/**
 * Schema version 10: the risk acceptance criteria on the project (issue 14):
 * the zone bands and the zone names, and who decided them and when. An
 * existing project gets today's zones and the plan's names as a proposal,
 * with no change-log entry; sync reads the missing fields as those defaults
 * (FieldSpec.since). Frozen once released, like 001.
 */
export const MIGRATION_010_RISK_CRITERIA = `
ALTER TABLE project ADD COLUMN "riskZones" TEXT NOT NULL DEFAULT '[{"from":1,"to":4},{"from":5,"to":12},{"from":15,"to":25}]';
ALTER TABLE project ADD COLUMN "riskZoneLabels" TEXT NOT NULL DEFAULT 'plan';
ALTER TABLE project ADD COLUMN "riskCriteriaDecided" TEXT;
ALTER TABLE project ADD COLUMN "riskCriteriaDecidedOn" TEXT;
ALTER TABLE project ADD COLUMN "riskCriteriaDecidedById" TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE project ADD COLUMN "riskCriteriaDecidedBy" TEXT NOT NULL DEFAULT '';
`;
