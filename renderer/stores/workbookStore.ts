import type { ApiResult } from '../../shared/api/contract';
import { call } from '../api/client';
import { createLoadedStore } from '../data/loadedStore';

/** Which workbook is open and its overview figures. */
export const useWorkbookStore = createLoadedStore(
  { info: undefined as ApiResult<'getWorkbookInfo'> | undefined, summary: undefined as ApiResult<'getSummary'> | undefined },
  async () => {
    const [info, summary] = await Promise.all([call('getWorkbookInfo', {}), call('getSummary', {})]);
    return { info, summary };
  },
);
