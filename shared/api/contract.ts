import { z } from 'zod';
import type { MessageParams } from '../messages/format.js';
import { KIND_NAMES, type Kind, type RecordOf } from '../model/kinds.js';
import { isoDate, recordId } from '../model/fields.js';
import { HISTORY_API, historyTag, kindSchema, txId } from './historyContract.js';
import { workbookSummarySchema } from '../model/summary.js';
import { SYNC_API } from './syncContract.js';
import { PERSON_API } from './personContract.js';
import { WORD_API } from './wordContract.js';
import { EXPORT_KINDS } from '../report/tables.js';
import { ORIENTATIONS, PRINT_LANGUAGES, PRINT_VIEWS } from '../report/printRoutes.js';
import { ACTION_STATUSES, MEETING_TYPES } from '../model/enums.js';

/**
 * The one API between the UI and the workbook, declared once: method name →
 * zod schema of the arguments → zod schema of the result. The Electron preload,
 * the IPC handler, the web host and its browser bridge are all generated from
 * this table, so a method cannot exist on one transport and not the other.
 *
 * Per-kind field validation is not repeated here: `fields` and `patch` go to
 * the command layer, which checks them against shared/model/kinds.ts.
 */
const kind = kindSchema;
const level = z.number().int().min(1).max(5);
const fieldMap = z.record(z.string().max(100), z.unknown());
/** A record as the UI sees it: its id and its fields, flat. */
const flatRecord = z.looseObject({ id: recordId });
/**
 * A record of one kind. The fields were validated by the command layer when
 * they were written (shared/model/kinds.ts), so the wire checks only the id
 * and the type says the rest.
 */
const recordOf = <K extends Kind>(_kind: K) => flatRecord as unknown as z.ZodType<RecordOf<K>>;
const history = historyTag.optional();

const workbookInfo = z.object({
  path: z.string(),
  fileName: z.string(),
  workbookId: z.string(),
  replicaId: z.string(),
  replicaName: z.string(),
  /** False while the name is the placeholder a new workbook gets: the app asks for one on first start. */
  replicaNameChosen: z.boolean(),
  /** Clock stamp of the latest change, for "last changed" in footers and status. */
  lastChange: z.string().nullable(),
  /** Whether this transport may open other files (the desktop app may; the web host serves one file). */
  canSwitchWorkbook: z.boolean(),
});

/** A run of a hit's title or excerpt: matched by the query (shown marked) or not. */
const textPart = z.object({ text: z.string(), match: z.boolean() });
const searchHit = z.object({
  kind, id: z.string(), title: z.string(),
  /** The excerpt with the matched words in [brackets] (the CLI's form); screens use the runs. */
  snippet: z.string(),
  titleParts: z.array(textPart),
  snippetParts: z.array(textPart),
  /** An action item's meeting, the page it opens on; null for every other kind. */
  meetingId: z.string().nullable(),
});
/** One line of the meeting log: no agenda, minutes or decisions, so 10 000 meetings stay light. */
const meetingLogRow = z.object({
  id: recordId, title: z.string(), startsAt: z.string(), type: z.enum(MEETING_TYPES), groupId: recordId.nullable(), place: z.string(),
});
const actionItemRow = z.object({
  id: recordId, meetingId: recordId.nullable(), text: z.string(), ownerId: recordId.nullable(), dueDate: isoDate.nullable(),
  status: z.enum(ACTION_STATUSES), meetingTitle: z.string().nullable(), meetingStartsAt: z.string().nullable(),
});

const empty = z.strictObject({});

export const API = {
  getWorkbookInfo: { args: empty, result: workbookInfo },
  getSummary: { args: empty, result: workbookSummarySchema },
  listRecords: { args: z.strictObject({ kind }), result: z.array(flatRecord) },
  getRecord: { args: z.strictObject({ kind, id: recordId }), result: flatRecord },
  createRecord: { args: z.strictObject({ kind, fields: fieldMap, history }), result: z.strictObject({ id: recordId, tx: txId }) },
  updateRecord: {
    args: z.strictObject({ kind, id: recordId, patch: fieldMap, history }),
    result: z.strictObject({ changed: z.array(z.string()), tx: txId }),
  },
  deleteRecord: { args: z.strictObject({ kind, id: recordId, history }), result: z.strictObject({ tx: txId }) },
  restoreRecord: { args: z.strictObject({ kind, id: recordId, history }), result: z.strictObject({ tx: txId }) },
  /** Puts records of a kind with an order (sections, goals, groups, roles, budget lines, milestones) in this order, as one step. */
  reorderRecords: {
    args: z.strictObject({ kind, ids: z.array(recordId).min(1).max(10_000), history }),
    result: z.strictObject({ changed: z.array(z.string()), tx: txId }),
  },
  /**
   * A saved change of a risk's scores (a move in the matrix, a score in its
   * editor): the scores given change, and one dated assessment records them
   * (one per editing session, see electron/workbook/riskAssessment.ts).
   * assessmentId is null when no score changed.
   */
  assessRisk: {
    args: z.strictObject({
      riskId: recordId,
      date: isoDate,
      probability: level.optional(),
      consequence: level.optional(),
      residualProbability: level.nullable().optional(),
      residualConsequence: level.nullable().optional(),
      note: z.string().max(10_000).optional(),
      editing: z.string().min(1).max(100).optional(),
      history,
    }),
    result: z.strictObject({ assessmentId: recordId.nullable(), tx: txId }),
  },
  /**
   * «Publiser»: freezes a status report's derived parts and text into the record
   * (electron/workbook/statusReportPublish.ts); one undo step. Returns when it was published.
   */
  publishStatusReport: {
    args: z.strictObject({ id: recordId, history }),
    result: z.strictObject({ publishedAt: z.string(), tx: txId }),
  },
  search: {
    args: z.strictObject({
      query: z.string().max(500),
      limit: z.number().int().min(1).max(500).optional(),
      /** Only hits of these kinds, e.g. the meeting log searches meetings alone. */
      kinds: z.array(kind).min(1).max(KIND_NAMES.length).optional(),
    }),
    result: z.array(searchHit),
  },
  /** The meeting log newest first, a window at a time, or the log rows of the given meetings (search hits). */
  listMeetings: {
    args: z.strictObject({
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
      ids: z.array(recordId).max(10_000).optional(),
    }),
    result: z.strictObject({ total: z.number().int(), rows: z.array(meetingLogRow) }),
  },
  /** One meeting with its attendance and action items, for the meeting's own page. */
  getMeeting: {
    args: z.strictObject({ id: recordId }),
    result: z.strictObject({
      meeting: recordOf('meeting'), attendance: z.array(recordOf('attendance')), actions: z.array(recordOf('action')),
    }),
  },
  /** Every action item by due date (undated last), with its meeting's title and time. */
  listActionItems: { args: empty, result: z.array(actionItemRow) },
  recentWorkbooks: { args: empty, result: z.array(z.strictObject({ path: z.string(), fileName: z.string() })) },
  openWorkbook: { args: z.strictObject({ path: z.string().min(1).max(4096) }), result: workbookInfo },
  newWorkbook: {
    args: z.strictObject({ path: z.string().min(1).max(4096), empty: z.boolean().optional() }),
    result: workbookInfo,
  },
  /** One table as a CSV or XLSX file, for the UI to offer as a download or to save. */
  exportTable: {
    args: z.strictObject({ kind: z.enum(EXPORT_KINDS), format: z.enum(['csv', 'xlsx']) }),
    result: z.strictObject({ fileName: z.string(), mimeType: z.string(), base64: z.string() }),
  },
  /** A print view rendered to PDF in Chromium on the Node side (the web host and the CLI; the desktop prints itself). */
  renderPdf: {
    args: z.strictObject({
      view: z.enum(PRINT_VIEWS),
      id: recordId.optional(),
      orientation: z.enum(ORIENTATIONS).optional(),
      date: isoDate.optional(),
      lang: z.enum(PRINT_LANGUAGES).optional(),
    }),
    // contents: the plan's contents page numbers, as the PDF has them (a plan opened in a browser shows them for its print dialog).
    result: z.strictObject({
      fileName: z.string(), mimeType: z.string(), base64: z.string(), pages: z.number().int(), contents: z.array(z.number().int()).optional(),
    }),
  },
  ...SYNC_API,
  ...HISTORY_API,
  ...PERSON_API,
  ...WORD_API,
} as const satisfies Record<string, { args: z.ZodType; result: z.ZodType }>;

export type Api = typeof API;
export type ApiMethod = keyof Api;
export const API_METHODS = Object.keys(API) as ApiMethod[];
export type ApiArgs<M extends ApiMethod> = z.input<Api[M]['args']>;
export type ApiResult<M extends ApiMethod> = z.output<Api[M]['result']>;

/**
 * A call's result typed by its arguments too: listRecords and getRecord of a
 * kind give that kind's records (RecordOf), not records in general.
 */
export type TypedResult<M extends ApiMethod, A> =
  M extends 'listRecords' ? (A extends { kind: infer K extends Kind } ? RecordOf<K>[] : ApiResult<M>)
    : M extends 'getRecord' ? (A extends { kind: infer K extends Kind } ? RecordOf<K> : ApiResult<M>)
      : ApiResult<M>;

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(API, name);
}

/** What every call resolves to on the wire: never a thrown error, so nothing is lost crossing IPC or HTTP. */
export type ApiEnvelope<T = unknown> = { ok: true; result: T } | { ok: false; error: ApiErrorBody };

/**
 * A refusal or failure on the wire. `message` is the bokmål wording, kept for
 * old callers; `key` and `params` are the same text as data
 * (shared/messages), which the renderer words in its own language.
 */
export interface ApiErrorBody {
  code: string;
  message: string;
  key?: string;
  params?: MessageParams;
  issues: { field: string; message: string; key?: string; params?: MessageParams }[];
}

/**
 * How a call travels. keepalive: the web bridge sends it so that it completes
 * even while the page is being closed or reloaded (a save flushed on pagehide).
 */
export interface CallOptions {
  readonly keepalive?: boolean;
}

/** The object the preload and the web bridge put at window.prosjektboka: one method per API call. */
export type ProsjektbokaBridge = {
  [M in ApiMethod]: (args: ApiArgs<M>, options?: CallOptions) => Promise<ApiEnvelope<ApiResult<M>>>;
};
