import type { ApiArgs, ApiMethod, ApiResult } from '../../shared/api/contract.js';
import type { Kind } from '../../shared/model/kinds.js';
import { notFound } from '../workbook/commands.js';
import { workbookSummary } from '../workbook/summary.js';
import type { WorkbookSession } from './session.js';

export type ApiHandlers = { [M in ApiMethod]: (args: ApiArgs<M>) => ApiResult<M> | Promise<ApiResult<M>> };

/**
 * The API's implementation: each method a thin call into the command layer or
 * a read. Arguments arrive already validated by dispatch(); no rule lives here.
 */
export function createHandlers(session: WorkbookSession): ApiHandlers {
  const wb = () => session.workbook;
  const flat = (r: { id: string; fields: Record<string, unknown> }) => ({ ...r.fields, id: r.id });
  return {
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
    search: ({ query, limit }) => wb().search.search(query, limit),
    recentWorkbooks: () => session.recent(),
    openWorkbook: ({ path }) => session.open(path),
    newWorkbook: ({ path, empty }) => session.create(path, empty ?? false),
  };
}
