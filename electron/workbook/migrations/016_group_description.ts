/**
 * Schema version 16: a group's description as the plan prints it beside the
 * group's name («Prosjektgruppe X (Bestående av noen fra prosjektgruppe A, B
 * og C)»), apart from its note, which stays the app's own and is never
 * printed (issue 14). Groups get an empty description with no change-log
 * entry; sync reads the missing field as its default (FieldSpec.since in
 * shared/model/fields.ts). A description written in an older workbook's note
 * stays there until the user moves it. Frozen once released, like 001.
 */
export const MIGRATION_016_GROUP_DESCRIPTION = `
ALTER TABLE project_group ADD COLUMN "description" TEXT NOT NULL DEFAULT '';
`;
