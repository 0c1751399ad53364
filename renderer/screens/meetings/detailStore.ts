import { create } from 'zustand';
import type { ApiResult } from '../../../shared/api/contract';
import type { RecordOf } from '../../../shared/model/kinds';
import { ApiError, call } from '../../api/client';

export type MeetingRecord = RecordOf<'meeting'>;
export type AttendanceRecord = RecordOf<'attendance'>;
export type ActionRecord = RecordOf<'action'>;
export type MeetingDetail = ApiResult<'getMeeting'>;

interface DetailState {
  id: string | undefined;
  detail: MeetingDetail | undefined;
  /** The meeting does not exist (any more): deleted, or a stale link. */
  missing: boolean;
  error: string | undefined;
  load(id: string): Promise<void>;
}

/** The open meeting with its attendance and action items, in one call. */
export const useMeetingDetail = create<DetailState>((set, get) => {
  let latest = 0;
  return {
    id: undefined,
    detail: undefined,
    missing: false,
    error: undefined,
    async load(id) {
      const ticket = ++latest;
      // Another meeting's content must not show under this one's address while it loads.
      if (get().id !== id) set({ id, detail: undefined, missing: false, error: undefined });
      try {
        const result = await call('getMeeting', { id });
        if (ticket !== latest) return;
        set({ detail: result, missing: false, error: undefined });
      } catch (e) {
        if (ticket !== latest) return;
        if (e instanceof ApiError && (e.code === 'not_found' || e.code === 'invalid_arguments')) set({ detail: undefined, missing: true });
        else set({ error: e instanceof Error ? e.message : String(e) });
      }
    },
  };
});
