import { useMemo } from 'react';
import type { RecordOf } from '../../../shared/model/kinds';
import { SNAPSHOT_KINDS, snapshotOf, type WorkbookSnapshot } from '../../../shared/report/snapshot';
import type { ReportConflict } from '../../../shared/report/statusReport/actions';
import { contentToPrint, type ReportContent, type ReportRecord } from '../../../shared/report/statusReport/content';
import { call } from '../../api/client';
import { createLoadedStore, useLoaded } from '../../data/loadedStore';

export type Report = RecordOf<'status-report'>;

/** Newest period first: the latest report is the one being written or last sent; ties by id (time-ordered), newest first. */
function newestPeriodFirst(reports: Report[]): Report[] {
  return [...reports].sort((a, b) => (a.periodTo === b.periodTo ? (a.id < b.id ? 1 : -1) : a.periodTo < b.periodTo ? 1 : -1));
}

/**
 * The status reports, the project (its start date is the first report's
 * default period start), and everything a report's derived parts read: the
 * kinds the printout reads (SNAPSHOT_KINDS) and the open sync conflicts, so
 * the screen shows the same parts the print does (shared/report/statusReport).
 */
export const useReportStore = createLoadedStore(
  {
    reports: [] as Report[],
    project: undefined as RecordOf<'project'> | undefined,
    snapshot: snapshotOf({}) as WorkbookSnapshot,
    conflicts: [] as ReportConflict[],
  },
  async () => {
    const [lists, conflicts] = await Promise.all([
      Promise.all(SNAPSHOT_KINDS.map((kind) => call('listRecords', { kind }))),
      call('listConflicts', {}),
    ]);
    const parts: Record<string, unknown> = {};
    SNAPSHOT_KINDS.forEach((kind, i) => (parts[kind] = lists[i]));
    const snapshot = snapshotOf(parts as Partial<WorkbookSnapshot>);
    return {
      reports: newestPeriodFirst(snapshot['status-report']),
      project: snapshot.project[0],
      snapshot,
      conflicts: conflicts.map((c) => ({ kind: c.kind, recordTitle: c.recordTitle, field: c.field, otherReplicaName: c.otherReplicaName, detectedAt: c.detectedAt })),
    };
  },
);

export function useReportData() {
  // `workbook`: a sync or a settled conflict changes the conflicts without a record kind saying so.
  return useLoaded(useReportStore, SNAPSHOT_KINDS, { workbook: true });
}

/** A report's parts as it prints them: a published one's frozen snapshot, a draft's computed from the workbook now. */
export function useReportContent(report: Report): ReportContent {
  const snapshot = useReportStore((s) => s.snapshot);
  const conflicts = useReportStore((s) => s.conflicts);
  return useMemo(() => contentToPrint(snapshot, report as ReportRecord, conflicts), [snapshot, conflicts, report]);
}
