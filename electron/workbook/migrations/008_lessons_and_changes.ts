/**
 * Schema version 7: the erfaringslogg (lessons learned) and the endringslogg
 * (changes and deviations) as kinds of their own (issue 14), which the NB
 * reports read. New tables only; existing records are untouched. The search
 * index needs no rebuild: the tables start empty. Frozen once released, like 001.
 */
export const MIGRATION_008_LESSONS_AND_CHANGES = `
CREATE TABLE lesson (
  id TEXT PRIMARY KEY NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  "date" TEXT NOT NULL,
  "happened" TEXT NOT NULL,
  "learned" TEXT NOT NULL,
  "recommendation" TEXT NOT NULL,
  "outcome" TEXT NOT NULL,
  "goalId" TEXT REFERENCES goal(id) DEFERRABLE INITIALLY DEFERRED,
  "groupId" TEXT REFERENCES project_group(id) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX lesson_date ON lesson("date");
CREATE INDEX lesson_goalId ON lesson("goalId");
CREATE INDEX lesson_groupId ON lesson("groupId");

CREATE TABLE change_entry (
  id TEXT PRIMARY KEY NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  "date" TEXT NOT NULL,
  "type" TEXT NOT NULL,
  "what" TEXT NOT NULL,
  "timeEffect" TEXT NOT NULL,
  "costEffect" TEXT NOT NULL,
  "goalEffect" TEXT NOT NULL,
  "decidedById" TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
  "decidedBy" TEXT NOT NULL,
  "nbNotified" INTEGER NOT NULL,
  "nbNotifiedDate" TEXT
) STRICT;
CREATE INDEX change_entry_date ON change_entry("date");
CREATE INDEX change_entry_decidedById ON change_entry("decidedById");
`;
