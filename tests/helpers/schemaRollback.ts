/**
 * SQL that takes a workbook back before migration 009 (the møtereferat's facts on meetings), for the
 * tests that rebuild an older workbook by hand. Each later migration that a rollback must undo gets its
 * own constant here, so those tests name what they undo instead of repeating its columns.
 */
export const UNDO_009_MINUTES_FACTS = `
  DELETE FROM change WHERE kind = 'meeting' AND field IN
    ('endTime', 'chairId', 'secretaryId', 'copyTo', 'nextMeetingAt', 'nextMeetingPlace', 'approvedOn', 'approvedBy', 'archiveRef');
  DROP INDEX meeting_chairId; DROP INDEX meeting_secretaryId;
  ALTER TABLE meeting DROP COLUMN "endTime"; ALTER TABLE meeting DROP COLUMN "chairId";
  ALTER TABLE meeting DROP COLUMN "secretaryId"; ALTER TABLE meeting DROP COLUMN "copyTo";
  ALTER TABLE meeting DROP COLUMN "nextMeetingAt"; ALTER TABLE meeting DROP COLUMN "nextMeetingPlace";
  ALTER TABLE meeting DROP COLUMN "approvedOn"; ALTER TABLE meeting DROP COLUMN "approvedBy";
  ALTER TABLE meeting DROP COLUMN "archiveRef";
`;

/** SQL that takes a workbook back before migration 010 (the risk acceptance criteria on the project). */
export const UNDO_010_RISK_CRITERIA = `
  DELETE FROM change WHERE kind = 'project' AND field IN
    ('riskZones', 'riskZoneLabels', 'riskCriteriaDecided', 'riskCriteriaDecidedOn', 'riskCriteriaDecidedById', 'riskCriteriaDecidedBy');
  ALTER TABLE project DROP COLUMN "riskZones"; ALTER TABLE project DROP COLUMN "riskZoneLabels";
  ALTER TABLE project DROP COLUMN "riskCriteriaDecided"; ALTER TABLE project DROP COLUMN "riskCriteriaDecidedOn";
  ALTER TABLE project DROP COLUMN "riskCriteriaDecidedById"; ALTER TABLE project DROP COLUMN "riskCriteriaDecidedBy";
`;

/** SQL that takes a workbook back before migration 011 (status reports as records). */
export const UNDO_011_STATUS_REPORTS = `
  DELETE FROM change WHERE kind = 'status-report';
  DELETE FROM search_doc WHERE kind = 'status-report';
  DROP TABLE status_report;
`;

/** SQL that takes a workbook back before migration 012 (the plan's version and approval date). */
export const UNDO_012_PLAN_VERSION = `
  DELETE FROM change WHERE kind = 'project' AND field IN ('planVersion', 'approvedDate');
  ALTER TABLE project DROP COLUMN "planVersion"; ALTER TABLE project DROP COLUMN "approvedDate";
`;

/** SQL that takes a workbook back before migration 013 (Nasjonalbiblioteket's accounts on budget lines). */
export const UNDO_013_BUDGET_ACCOUNTS = `
  DELETE FROM change WHERE kind = 'budget-line' AND field IN ('deviationComment', 'funding');
  ALTER TABLE budget_line DROP COLUMN "deviationComment"; ALTER TABLE budget_line DROP COLUMN "funding";
`;

/** SQL that takes a workbook back before migration 015 (the exchange history). */
export const UNDO_015_EXCHANGE_HISTORY = `
  DROP TABLE exchange_log;
  DELETE FROM meta WHERE key = 'sync.heldBack';
`;

/** SQL that takes a workbook back before migration 016 (a group's printed description). */
export const UNDO_016_GROUP_DESCRIPTION = `
  DELETE FROM change WHERE kind = 'group' AND field = 'description';
  ALTER TABLE project_group DROP COLUMN "description";
`;

/** Everything a rollback to before migration 009 must undo, newest first (014, the search index, rebuilds itself). */
export const UNDO_SINCE_009 = `${UNDO_016_GROUP_DESCRIPTION} ${UNDO_015_EXCHANGE_HISTORY} ${UNDO_013_BUDGET_ACCOUNTS} ${UNDO_012_PLAN_VERSION} ${UNDO_011_STATUS_REPORTS} ${UNDO_010_RISK_CRITERIA} ${UNDO_009_MINUTES_FACTS}`;
