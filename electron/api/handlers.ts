import type { ApiArgs, ApiMethod, ApiResult } from '../../shared/api/contract.js';
import type { Kind } from '../../shared/model/kinds.js';
import { notFound } from '../workbook/commands.js';
import { workbookSummary } from '../workbook/summary.js';
import { listActionItems, listMeetingLog, meetingWithChildren } from '../workbook/meetingQueries.js';
import type { WorkbookSession } from './session.js';
import { createSyncHandlers } from './syncHandlers.js';
import { exportWorkbookTable } from '../export/exportTable.js';
import { PrintEngine } from '../print/renderPdf.js';

export type ApiHandlers = { [M in ApiMethod]: (args: ApiArgs<M>) => ApiResult<M> | Promise<ApiResult<M>> };

/**
 * The API's implementation: each method a thin call into the command layer or
 * a read. Arguments arrive already validated by dispatch(); no rule lives here.
 */
export function createHandlers(session: WorkbookSession): ApiHandlers {
  const wb = () => session.workbook;
  const flat = (r: { id: string; fields: Record<string, unknown> }) => ({ ...r.fields, id: r.id });
  // Made on the first printout and kept, so later ones are drawn in a warm page of the process's one print browser.
  let printing: PrintEngine | undefined;
  const handlers: ApiHandlers = {
    getWorkbookInfo: () => session.info(),
    getSummary: () => workbookSummary(wb()),
    listRecords: ({ kind }) => wb().records.list(kind as Kind).map(flat),
    getRecord: ({ kind, id }) => {
      const record = wb().records.get(kind as Kind, id);
      if (!record || record.deleted) throw notFound(kind as Kind, id);
      return flat(record);
    },
    createRecord: ({ kind, fields }) => ({ id: wb().commands.create(kind as Kind, fields) }),
    updateRecord: ({ kind, id, patch }) => ({ changed: wb().commands.update(kind as Kind, id, patch) }),
    deleteRecord: ({ kind, id }) => {
      wb().commands.delete(kind as Kind, id);
      return {};
    },
    restoreRecord: ({ kind, id }) => {
      wb().commands.restore(kind as Kind, id);
      return {};
    },
    assessRisk: (args) => ({ assessmentId: wb().commands.assessRisk(args) }),
    search: ({ query, limit, kinds }) => wb().search.search(query, limit, kinds as Kind[] | undefined),
    listMeetings: (args) => listMeetingLog(wb().db, args),
    getMeeting: ({ id }) => meetingWithChildren(wb(), id),
    listActionItems: () => listActionItems(wb().db),
    recentWorkbooks: () => session.recent(),
    openWorkbook: ({ path }) => session.open(path),
    newWorkbook: ({ path, empty }) => session.create(path, empty ?? false),
    ...createSyncHandlers(session),
    exportTable: async ({ kind, format }) => {
      const file = await exportWorkbookTable(wb(), kind, format);
      return { fileName: file.fileName, mimeType: file.mimeType, base64: file.bytes.toString('base64') };
    },
    // The print view reads the workbook through these same handlers, served to Chromium by an in-process web host.
    renderPdf: async ({ view, id, orientation, date }) => {
      printing ??= new PrintEngine({ handlers });
      const pdf = await printing.render({ view, id, orientation, date });
      return { fileName: pdf.fileName, mimeType: 'application/pdf', base64: pdf.bytes.toString('base64'), pages: pdf.pages };
    },
  };
  return handlers;
}
