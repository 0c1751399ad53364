/**
 * Schema version 11: status reports as records (issue 14), the steering group's and
 * Nasjonalbiblioteket's yearly and final reports. A new table only; the search index
 * needs no rebuild (the table starts empty). Frozen once released, like 001.
 */
export const MIGRATION_011_STATUS_REPORTS = `
CREATE TABLE status_report (
  id TEXT PRIMARY KEY NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  "type" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "periodFrom" TEXT NOT NULL,
  "periodTo" TEXT NOT NULL,
  "overallStatus" TEXT NOT NULL,
  "statusReason" TEXT NOT NULL,
  "summary" TEXT NOT NULL,
  "partComments" TEXT NOT NULL,
  "goalAssessments" TEXT NOT NULL,
  "decisionsNeeded" TEXT NOT NULL,
  "nextPeriodPlans" TEXT NOT NULL,
  "nbResults" TEXT NOT NULL,
  "nbGoalAttainment" TEXT NOT NULL,
  "nbActivities" TEXT NOT NULL,
  "nbTargetGroups" TEXT NOT NULL,
  "nbCooperation" TEXT NOT NULL,
  "nbLessons" TEXT NOT NULL,
  "nbContinuation" TEXT NOT NULL,
  "nbGrantConditions" TEXT NOT NULL,
  "nbDeviations" TEXT NOT NULL,
  "basedOnId" TEXT REFERENCES status_report(id) DEFERRABLE INITIALLY DEFERRED,
  "publishedAt" TEXT,
  "publishedBy" TEXT NOT NULL,
  "snapshot" TEXT
) STRICT;
CREATE INDEX status_report_periodTo ON status_report("periodTo");
CREATE INDEX status_report_basedOnId ON status_report("basedOnId");
`;
