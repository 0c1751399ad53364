import type { MilestoneStatus } from '../../model/enums.js';
import { daysBetween } from '../../rules/projectCalendar.js';
import { dayAfter } from '../../rules/statusReport.js';
import { milestoneRows } from '../derived.js';
import type { WorkbookSnapshot } from '../snapshot.js';

/** A milestone as a report lists it: its plan as written and what happened. */
export interface ReportMilestone {
  readonly number: number;
  readonly description: string;
  readonly plannedText: string;
  readonly status: MilestoneStatus;
  readonly actualDate: string | null;
  readonly responsible: string;
  readonly comment: string;
}

export interface MilestoneParts {
  /** Reached with an actual date inside the period. */
  readonly reached: ReportMilestone[];
  /** Marked reached without an actual date: listed, so nothing reached goes unreported. */
  readonly reachedUndated: ReportMilestone[];
  /** Not reached and late by the period's end. */
  readonly late: ReportMilestone[];
  /** Planned to fall in the next period (as long as this one), or in progress: in progress never vanishes. */
  readonly upcoming: ReportMilestone[];
  /** Not reached and with no date the plan can be read by (blank or unreadable): listed as such. */
  readonly undated: ReportMilestone[];
  /** The next period the upcoming ones are judged against. */
  readonly nextFrom: string;
  readonly nextTo: string;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function milestoneParts(s: WorkbookSnapshot, from: string, to: string): MilestoneParts {
  const rows = milestoneRows(s, dayAfter(to));
  const nextFrom = dayAfter(to);
  const nextTo = addDays(nextFrom, Math.max(0, daysBetween(from, to)));
  const pick = (r: (typeof rows)[number]): ReportMilestone => ({
    number: r.number, description: r.description, plannedText: r.plannedText, status: r.status,
    actualDate: r.actualDate, responsible: r.responsible, comment: r.comment,
  });
  const open = rows.filter((r) => !r.reached);
  return {
    reached: rows.filter((r) => r.reached && r.actualDate !== null && from <= r.actualDate && r.actualDate <= to).map(pick),
    reachedUndated: rows.filter((r) => r.reached && r.actualDate === null).map(pick),
    late: open.filter((r) => r.late).map(pick),
    upcoming: open
      .filter((r) => !r.late && (r.status === 'in_progress'
        || (r.planned.kind === 'range' && r.planned.from <= nextTo && r.planned.to >= nextFrom)))
      .map(pick),
    undated: open.filter((r) => !r.late && r.planned.kind !== 'range' && r.status !== 'in_progress').map(pick),
    nextFrom,
    nextTo,
  };
}
