import type { ApiArgs, ApiMethod, ApiResult } from '../../shared/api/contract.js';
import { notFound } from '../workbook/commands.js';
import { flatRecord } from '../workbook/recordStore.js';
import type { HistoryTag } from '../workbook/undoHistory.js';
import { workbookSummary } from '../workbook/summary.js';
import { meetingWithChildren } from '../workbook/meetingQueries.js';
import type { WorkbookSession } from './session.js';
import { createSyncHandlers } from './syncHandlers.js';
import { exportWorkbookTable } from '../export/exportTable.js';
import { WorkbookError } from '../../shared/errors.js';
import { personDossier, personExport } from '../workbook/personDossier.js';
import { erasePerson } from '../workbook/erasure.js';
import { msg } from '../../shared/messages/catalogue.js';
import { publishStatusReport } from '../workbook/statusReportPublish.js';

/** How long a window's waitForChanges waits for a change before it answers "none yet" and asks again. */
const WAIT_MS = 25_000;

export type ApiHandlers = { [M in ApiMethod]: (args: ApiArgs<M>) => ApiResult<M> | Promise<ApiResult<M>> };

/**
 * Renders a print view to PDF by reading the workbook through these same
 * handlers (electron/print/renderPdf.ts). Handed in by whoever serves the
 * API, so the API does not import the printing it is itself read by.
 */
export type PdfRenderer = (handlers: ApiHandlers, args: ApiArgs<'renderPdf'>) => Promise<{ bytes: Buffer; fileName: string; pages: number; contents?: readonly number[] }>;

export interface HandlerOptions {
  readonly renderPdf?: PdfRenderer;
}

/**
 * The API's implementation: each method a thin call into the command layer or
 * a read. Arguments arrive already validated by dispatch(); no rule lives here.
 */
export function createHandlers(session: WorkbookSession, options: HandlerOptions = {}): ApiHandlers {
  const wb = () => session.workbook;
  /** One mutating call: one transaction, with its id, on the window's undo stack when it says whose it is. */
  const run = <T>(history: HistoryTag | undefined, fn: () => T) => wb().history.run(history, fn);
  const handlers: ApiHandlers = {
    getWorkbookInfo: () => session.info(),
    getSummary: () => workbookSummary(wb()),
    listRecords: ({ kind }) => wb().records.list(kind).map((r) => flatRecord(kind, r)),
    getRecord: ({ kind, id }) => {
      const record = wb().records.get(kind, id);
      if (!record || record.deleted) throw notFound(kind, id);
      return flatRecord(kind, record);
    },
    createRecord: ({ kind, fields, history }) => {
      const { result, tx } = run(history, () => wb().commands.create(kind, fields));
      return { id: result, tx };
    },
    updateRecord: ({ kind, id, patch, history }) => {
      const { result, tx } = run(history, () => wb().commands.update(kind, id, patch));
      return { changed: result, tx };
    },
    deleteRecord: ({ kind, id, history }) => ({ tx: run(history, () => wb().commands.delete(kind, id)).tx }),
    restoreRecord: ({ kind, id, history }) => ({ tx: run(history, () => wb().commands.restore(kind, id)).tx }),
    getPerson: ({ id }) => personDossier(wb(), id),
    exportPerson: ({ id }) => {
      const file = personExport(wb(), id);
      return { fileName: file.fileName, mimeType: 'application/json', base64: Buffer.from(file.json, 'utf8').toString('base64') };
    },
    reorderRecords: ({ kind, ids, history }) => {
      const { result, tx } = run(history, () => wb().commands.reorder(kind, ids));
      return { changed: result, tx };
    },
    assessRisk: ({ history, ...input }) => {
      const { result, tx } = run(history, () => wb().commands.assessRisk(input));
      return { assessmentId: result, tx };
    },
    publishStatusReport: ({ id, history }) => {
      const { result, tx } = run(history, () => publishStatusReport(wb(), id));
      return { publishedAt: result, tx };
    },
    getHistory: ({ session: id }) => wb().history.view(id),
    undo: ({ session: id }) => wb().history.undo(id),
    redo: ({ session: id }) => wb().history.redo(id),
    waitForChanges: ({ after, epoch, timeoutMs }) => session.changes.after(after, epoch, timeoutMs ?? WAIT_MS),
    search: ({ query, limit, kinds }) => wb().search.search(query, limit, kinds),
    listMeetings: (args) => wb().meetingLog(args),
    getMeeting: ({ id }) => meetingWithChildren(wb(), id),
    listActionItems: () => wb().actionItems(),
    recentWorkbooks: () => session.recent(),
    openWorkbook: ({ path }) => session.open(path),
    newWorkbook: ({ path, empty }) => session.create(path, empty ?? false),
    ...createSyncHandlers(session),
    exportTable: async ({ kind, format }) => {
      const file = await exportWorkbookTable(wb(), kind, format);
      return { fileName: file.fileName, mimeType: file.mimeType, base64: file.bytes.toString('base64') };
    },
    erasePerson: ({ id }) => erasePerson(wb(), id),
    renderDocx: async (args) => {
      // Loaded when first asked for: the docx writer and the Markdown reader stay out of the API's start-up.
      const { exportWordDocument } = await import('../export/docx/wordExport.js');
      const file = await exportWordDocument(wb(), args);
      return { fileName: file.fileName, mimeType: file.mimeType, base64: file.bytes.toString('base64') };
    },
    // The print view reads the workbook through these same handlers, served to Chromium by an in-process web host.
    renderPdf: async (args) => {
      if (!options.renderPdf) throw new WorkbookError('not_available', msg('api.no_pdf_here'));
      const pdf = await options.renderPdf(handlers, args);
      const contents = pdf.contents ? { contents: [...pdf.contents] } : {};
      return { fileName: pdf.fileName, mimeType: 'application/pdf', base64: pdf.bytes.toString('base64'), pages: pdf.pages, ...contents };
    },
  };
  return handlers;
}
