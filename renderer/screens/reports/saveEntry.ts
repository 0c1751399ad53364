import type { CallOptions } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { updateRecord } from '../../data/mutations';
import { useReportStore } from './store';

/** The report's fields that hold one text per key: a comment per derived part, an assessment per goal. */
export type EntryField = 'partComments' | 'goalAssessments';

const queues = new Map<string, Promise<unknown>>();

/**
 * Saves one entry of a report's map field (one part's comment, one goal's
 * assessment) as an ordinary update of the whole field, through the normal
 * command path (validation, the read-only rule, undo). The map is read
 * fresh from the workbook just before each write, and writes to one field
 * go one after the other, so two comments typed in quick succession never
 * overwrite each other with an old copy of the map (but when the page is
 * closing, see below). An emptied entry goes.
 */
export function saveReportEntry(
  reportId: string, field: EntryField, key: string, value: string, label: string, options: CallOptions = {},
): Promise<string[]> {
  const queue = `${reportId}:${field}`;
  const write = async () => {
    // A page that is closing has time for one request only: the map as this window last read it.
    const current: Record<string, unknown> = options.keepalive
      ? useReportStore.getState().reports.find((r) => r.id === reportId) ?? {}
      : await call('getRecord', { kind: 'status-report', id: reportId }, options);
    const map: Record<string, string> = { ...(current[field] as Record<string, string> | undefined) };
    if (value === '') delete map[key];
    else map[key] = value;
    return updateRecord('status-report', reportId, { [field]: map }, undefined, label, options);
  };
  const next = (queues.get(queue) ?? Promise.resolve()).catch(() => undefined).then(write);
  queues.set(queue, next);
  return next;
}
