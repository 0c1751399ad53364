import { addMonths } from './addMonths.js';
import { daysBetween, type DatedPeriod } from './projectCalendar.js';

/**
 * Nasjonalbiblioteket's reporting deadlines for utviklingsmidler: a status report for each project
 * year of a project running over several years, and a final report (sluttrapport) «senest tre
 * måneder etter at prosjektet er avsluttet». NB's conditions give no other date for the yearly
 * report (the tildelingsbrev may), so a year's report is due on the same terms: three months after
 * that year ends (this plan: year 1 ends 01.09.2022, its report is due 01.12.2022; the project ends
 * 31.08.2023, the final report is due 30.11.2023). The last year has no status report of its own:
 * the final report covers it.
 */
export const NB_REPORT_GRACE_MONTHS = 3;

export type DeadlineKind = 'status' | 'final';

export interface ReportingDeadline {
  /** Stable name of the deadline, 'status:<periodId>' or 'final', for marking it delivered. */
  readonly key: string;
  readonly kind: DeadlineKind;
  /** The project year a status report is for. */
  readonly periodId?: string;
  /** The day the covered time ends (the year's or the project's last day). */
  readonly coversUntil: string;
  readonly dueDate: string;
  /** Days from today to the due date: 0 on the day, negative once passed. */
  readonly daysLeft: number;
  readonly state: 'delivered' | 'overdue' | 'due_today' | 'upcoming';
}

export interface DeadlineOptions {
  readonly graceMonths?: number;
  /** Keys of the reports already sent (h-reports' published NB reports). */
  readonly delivered?: readonly string[];
}

export function reportingDeadlines(
  project: { readonly startDate?: string; readonly endDate?: string },
  periods: readonly DatedPeriod[],
  today: string,
  options: DeadlineOptions = {},
): ReportingDeadline[] {
  const grace = options.graceMonths ?? NB_REPORT_GRACE_MONTHS;
  const delivered = new Set(options.delivered ?? []);
  const ordered = [...periods].sort((a, b) => (a.endDate < b.endDate ? -1 : a.endDate > b.endDate ? 1 : 0));
  const end = project.endDate || ordered[ordered.length - 1]?.endDate;
  const make = (key: string, kind: DeadlineKind, coversUntil: string, periodId?: string): ReportingDeadline => {
    const dueDate = addMonths(coversUntil, grace);
    const daysLeft = daysBetween(today, dueDate);
    const state = delivered.has(key) ? 'delivered' : daysLeft < 0 ? 'overdue' : daysLeft === 0 ? 'due_today' : 'upcoming';
    return { key, kind, ...(periodId ? { periodId } : {}), coversUntil, dueDate, daysLeft, state };
  };
  const out: ReportingDeadline[] = [];
  for (const p of ordered) {
    // A year ending with (or after) the project is reported in the final report.
    if (end && p.endDate >= end) continue;
    out.push(make(`status:${p.id}`, 'status', p.endDate, p.id));
  }
  if (end) out.push(make('final', 'final', end));
  return out;
}
