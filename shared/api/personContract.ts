import { z } from 'zod';
import { isoDate, recordId } from '../model/fields.js';
import { ACTION_STATUSES, ROLES } from '../model/enums.js';
import { kindSchema, txId } from './historyContract.js';

/**
 * One person's part of the API (spread into API in contract.ts): everything
 * the workbook holds about them (their page, the JSON and PDF export), and
 * erasing them (electron/workbook/erasure.ts, docs/sync.md «Erasing a person»).
 */
const person = z.looseObject({ id: recordId, name: z.string() });

/** A free-text field of a record that names the person in full. */
export const mentionSchema = z.strictObject({
  kind: kindSchema,
  id: recordId,
  /** The record's title as lists show it (a meeting's title, an action's text). */
  title: z.string(),
  fields: z.array(z.string()),
});

export const personDossierSchema = z.strictObject({
  person,
  /** Rows of the ansvarstabell and group memberships, with the group's name. */
  roles: z.array(z.strictObject({
    id: recordId, role: z.enum(ROLES), groupId: recordId.nullable(), groupName: z.string().nullable(),
    positionAsWritten: z.string(), affiliationAsWritten: z.string(),
  })),
  /** Groups they belong to or coordinate. */
  groups: z.array(z.strictObject({ id: recordId, name: z.string(), coordinator: z.boolean() })),
  /**
   * Meetings with an attendance row for them or that they chaired (møteleder) or took the minutes of
   * (referent), newest first. `present` is null when the meeting has no attendance row for them.
   */
  meetings: z.array(z.strictObject({
    id: recordId, title: z.string(), startsAt: z.string(), present: z.boolean().nullable(), chair: z.boolean(), secretary: z.boolean(),
  })),
  /** Action items they own, by due date. */
  actions: z.array(z.strictObject({
    id: recordId, text: z.string(), dueDate: isoDate.nullable(), status: z.enum(ACTION_STATUSES),
    meetingId: recordId.nullable(), meetingTitle: z.string().nullable(),
  })),
  risks: z.array(z.strictObject({ id: recordId, number: z.number().int(), title: z.string() })),
  milestones: z.array(z.strictObject({ id: recordId, number: z.number().int(), description: z.string() })),
  /** Whether they are the project's owner (prosjekteier) or leader (prosjektleder). */
  project: z.strictObject({ owner: z.boolean(), leader: z.boolean() }),
  /** Free text elsewhere that names them in full (minutes, decisions, action texts …). */
  mentions: z.array(mentionSchema),
  /** Set once the person was erased: the erasure's clock stamp. */
  erased: z.boolean(),
});

const byId = z.strictObject({ id: recordId });

export const PERSON_API = {
  /** Everything about one person, for their page. */
  getPerson: { args: byId, result: personDossierSchema },
  /** The same as a JSON file to save (privacy: a person's right of access). */
  exportPerson: { args: byId, result: z.strictObject({ fileName: z.string(), mimeType: z.string(), base64: z.string() }) },
  /**
   * Erases a person: their name becomes «Slettet person» in every record that
   * names them, their e-mail is cleared, and the old values leave the change
   * log, the search index and (at the next backup) the backups. Not undoable.
   */
  erasePerson: {
    args: byId,
    result: z.strictObject({ tx: txId, records: z.number().int(), fields: z.number().int(), scrubbed: z.number().int() }),
  },
} as const satisfies Record<string, { args: z.ZodType; result: z.ZodType }>;
