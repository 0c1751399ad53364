import type { Kind, RecordOf } from '../../../shared/model/kinds';
import { call } from '../../api/client';
import { createLoadedStore, useLoaded } from '../../data/loadedStore';

export type Report = RecordOf<'status-report'>;

const REPORT_KINDS: readonly Kind[] = ['status-report', 'project'];

/** Newest period first: the latest report is the one being written or last sent; ties by id (time-ordered), newest first. */
function newestPeriodFirst(reports: Report[]): Report[] {
  return [...reports].sort((a, b) => (a.periodTo === b.periodTo ? (a.id < b.id ? 1 : -1) : a.periodTo < b.periodTo ? 1 : -1));
}

/** The status reports, and the project (its start date is the first report's default period start). */
export const useReportStore = createLoadedStore(
  { reports: [] as Report[], project: undefined as RecordOf<'project'> | undefined },
  async () => {
    const [reports, projects] = await Promise.all([call('listRecords', { kind: 'status-report' }), call('listRecords', { kind: 'project' })]);
    return { reports: newestPeriodFirst(reports), project: projects[0] };
  },
);

export function useReportData() {
  return useLoaded(useReportStore, REPORT_KINDS);
}
