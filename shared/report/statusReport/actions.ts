import type { ActionStatus } from '../../model/enums.js';
import { actionRows } from '../derived.js';
import type { WorkbookSnapshot } from '../snapshot.js';

/** Open action items as of the period's end, overdue ones first, with owner and meeting. */
export interface ReportAction {
  readonly text: string;
  readonly owner: string;
  readonly dueDate: string | null;
  readonly status: ActionStatus;
  readonly meetingTitle: string;
  readonly overdue: boolean;
}

export function openActions(s: WorkbookSnapshot, asOf: string): ReportAction[] {
  // Overdue judged on the day after the period: an item due on its last day is not yet late in it.
  return actionRows(s, asOf)
    .filter((a) => a.open)
    .map((a) => ({ text: a.text, owner: a.owner, dueDate: a.dueDate, status: a.status, meetingTitle: a.meetingTitle, overdue: a.overdue }))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue));
}

/** An open sync conflict as a report names it: which record, which field, from whom. */
export interface ReportConflict {
  readonly kind: string;
  readonly recordTitle: string;
  readonly field: string;
  readonly otherReplicaName: string;
  readonly detectedAt: string;
}
