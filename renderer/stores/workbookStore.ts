import { create } from 'zustand';
import type { ApiResult } from '../../shared/api/contract';
import { call } from '../api/client';

interface WorkbookState {
  info?: ApiResult<'getWorkbookInfo'>;
  summary?: ApiResult<'getSummary'>;
  error?: string;
  load(): Promise<void>;
}

/** Which workbook is open and its overview figures. */
export const useWorkbookStore = create<WorkbookState>((set) => ({
  async load() {
    try {
      const [info, summary] = await Promise.all([call('getWorkbookInfo', {}), call('getSummary', {})]);
      set({ info, summary, error: undefined });
    } catch (e) {
      set({ error: e instanceof Error ? e.message : String(e) });
    }
  },
}));
