/**
 * Schema version 1. Frozen: a later change to the model gets a new numbered
 * migration, never an edit here (tests/workbook/migrations.test.ts checks that
 * the tables still match shared/model/kinds.ts).
 */
export const MIGRATION_001_INITIAL = `
-- 'PBOK': marks the file as a Prosjektboka workbook, so another SQLite file is refused.
PRAGMA application_id = 1346522955;

CREATE TABLE meta (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) STRICT;

-- Every change ever made to a record field, by any replica: the one history
-- the tables are derived from and sync exchanges. seq is local arrival order.
CREATE TABLE change (
  seq INTEGER PRIMARY KEY,
  hlc TEXT NOT NULL,
  replica_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  record_id TEXT NOT NULL,
  field TEXT NOT NULL,
  value TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX change_identity ON change(replica_id, hlc, record_id, field);
CREATE INDEX change_record_field ON change(record_id, field, hlc);

-- Full-text search. search_doc maps a record to its FTS rowid so that an update
-- or delete touches one row instead of scanning the index.
CREATE TABLE search_doc (
  rowid INTEGER PRIMARY KEY,
  record_id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL
) STRICT;
CREATE VIRTUAL TABLE search_index USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE project (
  id TEXT PRIMARY KEY NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  "title" TEXT NOT NULL,
  "shortDescription" TEXT NOT NULL,
  "ownerId" TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
  "leaderId" TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
  "funder" TEXT NOT NULL,
  "parties" TEXT NOT NULL,
  "startDate" TEXT NOT NULL,
  "endDate" TEXT NOT NULL,
  "probabilityLabels" TEXT NOT NULL,
  "consequenceLabels" TEXT NOT NULL
) STRICT;
CREATE INDEX project_ownerId ON project("ownerId");
CREATE INDEX project_leaderId ON project("leaderId");
CREATE TABLE period (
  id TEXT PRIMARY KEY NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  "number" INTEGER NOT NULL,
  "label" TEXT NOT NULL,
  "startDate" TEXT NOT NULL,
  "endDate" TEXT NOT NULL
) STRICT;
CREATE TABLE section (
  id TEXT PRIMARY KEY NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  "sortOrder" INTEGER NOT NULL,
  "title" TEXT NOT NULL,
  "body" TEXT NOT NULL
) STRICT;
CREATE TABLE goal (
  id TEXT PRIMARY KEY NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  "number" INTEGER NOT NULL,
  "text" TEXT NOT NULL
) STRICT;
CREATE TABLE project_group (
  id TEXT PRIMARY KEY NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  "sortOrder" INTEGER NOT NULL,
  "name" TEXT NOT NULL,
  "kind" TEXT NOT NULL,
  "phase" INTEGER,
  "examines" TEXT NOT NULL,
  "objectives" TEXT NOT NULL,
  "goalIds" TEXT NOT NULL,
  "coordinatorId" TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
  "reportsToId" TEXT REFERENCES project_group(id) DEFERRABLE INITIALLY DEFERRED,
  "note" TEXT NOT NULL
) STRICT;
CREATE INDEX project_group_coordinatorId ON project_group("coordinatorId");
CREATE INDEX project_group_reportsToId ON project_group("reportsToId");
CREATE TABLE person (
  id TEXT PRIMARY KEY NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  "name" TEXT NOT NULL,
  "position" TEXT NOT NULL,
  "affiliation" TEXT NOT NULL,
  "placeholder" INTEGER NOT NULL,
  "email" TEXT NOT NULL
) STRICT;
CREATE TABLE role (
  id TEXT PRIMARY KEY NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  "personId" TEXT NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
  "role" TEXT NOT NULL,
  "groupId" TEXT REFERENCES project_group(id) DEFERRABLE INITIALLY DEFERRED,
  "sortOrder" INTEGER NOT NULL,
  "positionAsWritten" TEXT NOT NULL,
  "affiliationAsWritten" TEXT NOT NULL
) STRICT;
CREATE INDEX role_personId ON role("personId");
CREATE INDEX role_groupId ON role("groupId");
CREATE TABLE milestone (
  id TEXT PRIMARY KEY NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  "number" INTEGER NOT NULL,
  "periodId" TEXT REFERENCES period(id) DEFERRABLE INITIALLY DEFERRED,
  "description" TEXT NOT NULL,
  "plannedText" TEXT NOT NULL,
  "status" TEXT NOT NULL,
  "actualDate" TEXT,
  "responsibleId" TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX milestone_periodId ON milestone("periodId");
CREATE INDEX milestone_responsibleId ON milestone("responsibleId");
CREATE TABLE budget_line (
  id TEXT PRIMARY KEY NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  "type" TEXT NOT NULL,
  "sortOrder" INTEGER NOT NULL,
  "description" TEXT NOT NULL
) STRICT;
CREATE TABLE budget_plan (
  id TEXT PRIMARY KEY NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  "lineId" TEXT NOT NULL REFERENCES budget_line(id) DEFERRABLE INITIALLY DEFERRED,
  "periodId" TEXT NOT NULL REFERENCES period(id) DEFERRABLE INITIALLY DEFERRED,
  "amount" INTEGER NOT NULL
) STRICT;
CREATE INDEX budget_plan_lineId ON budget_plan("lineId");
CREATE INDEX budget_plan_periodId ON budget_plan("periodId");
CREATE TABLE budget_actual (
  id TEXT PRIMARY KEY NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  "lineId" TEXT NOT NULL REFERENCES budget_line(id) DEFERRABLE INITIALLY DEFERRED,
  "date" TEXT NOT NULL,
  "amount" INTEGER NOT NULL,
  "note" TEXT NOT NULL
) STRICT;
CREATE INDEX budget_actual_lineId ON budget_actual("lineId");
CREATE TABLE risk (
  id TEXT PRIMARY KEY NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  "number" INTEGER NOT NULL,
  "title" TEXT NOT NULL,
  "description" TEXT NOT NULL,
  "measures" TEXT NOT NULL,
  "probability" INTEGER NOT NULL,
  "consequence" INTEGER NOT NULL,
  "residualProbability" INTEGER,
  "residualConsequence" INTEGER,
  "ownerId" TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
  "status" TEXT NOT NULL
) STRICT;
CREATE INDEX risk_ownerId ON risk("ownerId");
CREATE TABLE risk_assessment (
  id TEXT PRIMARY KEY NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  "riskId" TEXT NOT NULL REFERENCES risk(id) DEFERRABLE INITIALLY DEFERRED,
  "date" TEXT NOT NULL,
  "probability" INTEGER NOT NULL,
  "consequence" INTEGER NOT NULL,
  "residualProbability" INTEGER,
  "residualConsequence" INTEGER,
  "note" TEXT NOT NULL
) STRICT;
CREATE INDEX risk_assessment_riskId ON risk_assessment("riskId");
CREATE TABLE meeting (
  id TEXT PRIMARY KEY NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  "title" TEXT NOT NULL,
  "startsAt" TEXT NOT NULL,
  "type" TEXT NOT NULL,
  "groupId" TEXT REFERENCES project_group(id) DEFERRABLE INITIALLY DEFERRED,
  "place" TEXT NOT NULL,
  "agenda" TEXT NOT NULL,
  "minutes" TEXT NOT NULL,
  "decisions" TEXT NOT NULL
) STRICT;
CREATE INDEX meeting_groupId ON meeting("groupId");
CREATE TABLE attendance (
  id TEXT PRIMARY KEY NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  "meetingId" TEXT NOT NULL REFERENCES meeting(id) DEFERRABLE INITIALLY DEFERRED,
  "personId" TEXT NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
  "present" INTEGER NOT NULL
) STRICT;
CREATE INDEX attendance_meetingId ON attendance("meetingId");
CREATE INDEX attendance_personId ON attendance("personId");
CREATE TABLE action_item (
  id TEXT PRIMARY KEY NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  "meetingId" TEXT REFERENCES meeting(id) DEFERRABLE INITIALLY DEFERRED,
  "text" TEXT NOT NULL,
  "ownerId" TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
  "dueDate" TEXT,
  "status" TEXT NOT NULL
) STRICT;
CREATE INDEX action_item_meetingId ON action_item("meetingId");
CREATE INDEX action_item_ownerId ON action_item("ownerId");
CREATE INDEX meeting_startsAt ON meeting("startsAt");
CREATE INDEX action_item_dueDate ON action_item("dueDate");
`;
