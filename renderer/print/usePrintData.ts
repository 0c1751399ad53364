import { useEffect, useState } from 'react';
import type { ApiResult } from '../../shared/api/contract';
import { snapshotOf, type SnapshotKind, type WorkbookSnapshot } from '../../shared/report/snapshot';
import { isWorkbookError } from '../../shared/errors';
import { ApiError, call } from '../api/client';

export interface PrintData {
  readonly snapshot: WorkbookSnapshot;
  readonly info: ApiResult<'getWorkbookInfo'>;
}

export type LoadState<T> = { state: 'loading' } | { state: 'failed'; error: ApiError } | { state: 'ready'; data: T };

/** Loads the kinds a view prints, in parallel through the one API, and the workbook's info for the footer. */
export function usePrintData(kinds: readonly SnapshotKind[], check?: (data: PrintData) => void): LoadState<PrintData> {
  const [state, setState] = useState<LoadState<PrintData>>({ state: 'loading' });
  const key = kinds.join(',');
  useEffect(() => {
    let live = true;
    (async () => {
      const [info, ...lists] = await Promise.all([
        call('getWorkbookInfo', {}),
        ...kinds.map((kind) => call('listRecords', { kind })),
      ]);
      const parts: Record<string, unknown> = {};
      kinds.forEach((kind, i) => (parts[kind] = lists[i]));
      const data = { info, snapshot: snapshotOf(parts as Partial<WorkbookSnapshot>) };
      check?.(data);
      if (live) setState({ state: 'ready', data });
    })().catch((e: unknown) => {
      const code = typeof (e as { code?: unknown })?.code === 'string' ? (e as { code: string }).code : 'internal';
      const error = e instanceof ApiError ? e : isWorkbookError(e) ? new ApiError(e.code, e.message, [], e.text) : new ApiError(code, e instanceof Error ? e.message : String(e), []);
      if (live) setState({ state: 'failed', error });
    });
    return () => {
      live = false;
    };
    // `kinds` is compared by its joined key; `check` is fixed per view.
  }, [key]);
  return state;
}
