import type { StatusReportType } from '../model/enums.js';

/**
 * The rules of a status report's life (issue 14): a draft is written and
 * edited; «Publiser» freezes it (publishedAt, publishedBy, snapshot), after
 * which it is read-only and prints the same forever; a new version is a new
 * draft made from it. The command layer enforces the read-only rule, the
 * screen reads it to show the report locked.
 */
export const PUBLISH_FIELDS = ['publishedAt', 'publishedBy', 'snapshot'] as const;

/** The fields the leader writes; a new version copies them. */
export const WRITTEN_FIELDS = [
  'type', 'title', 'periodFrom', 'periodTo', 'overallStatus', 'statusReason', 'summary', 'partComments', 'goalAssessments',
  'decisionsNeeded', 'nextPeriodPlans', 'nbResults', 'nbGoalAttainment', 'nbActivities', 'nbTargetGroups', 'nbCooperation',
  'nbLessons', 'nbContinuation', 'nbGrantConditions', 'nbDeviations',
] as const;

/** Nasjonalbiblioteket's parts, in the order NB lists them for utviklingsmidler. */
export const NB_PARTS = [
  'nbResults', 'nbGoalAttainment', 'nbActivities', 'nbTargetGroups', 'nbCooperation', 'nbLessons', 'nbContinuation',
  'nbGrantConditions', 'nbDeviations',
] as const;
export type NbPart = (typeof NB_PARTS)[number];

/** The derived parts a report shows, each with room for the leader's comment (partComments). */
export const DERIVED_PARTS = ['goals', 'milestones', 'budget', 'risks', 'actions', 'conflicts'] as const;
export type DerivedPart = (typeof DERIVED_PARTS)[number];

export interface ReportDates {
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly publishedAt: string | null;
  readonly type: StatusReportType;
}

export function isPublished(report: { publishedAt: string | null }): boolean {
  return report.publishedAt !== null;
}

export function isNbReport(type: StatusReportType): boolean {
  return type === 'nb-yearly' || type === 'nb-final';
}

/**
 * Whether a report looks ahead to a next period: a final report does not
 * (the project has ended; NB's «Videreføring» says what comes after), so it
 * lists no milestones due next.
 */
export function looksAhead(type: StatusReportType): boolean {
  return type !== 'nb-final';
}

/**
 * The numbers of a report's last parts. A final report has no «Planer for
 * neste periode» (looksAhead), unless someone wrote in it (nothing typed is
 * hidden), and NB's parts and the accounts then move up one. Parts 1–8 are
 * the same in every report.
 */
export interface ReportSections {
  readonly decisions: number;
  /** Null: the report does not look ahead. */
  readonly next: number | null;
  readonly nb: number;
  readonly accounts: number;
}

export function reportSections(report: { readonly type: StatusReportType; readonly nextPeriodPlans: string }): ReportSections {
  const next = looksAhead(report.type) || report.nextPeriodPlans.trim() !== '';
  return next ? { decisions: 8, next: 9, nb: 10, accounts: 11 } : { decisions: 8, next: null, nb: 9, accounts: 10 };
}

/**
 * Whether a change to a report is refused: once published, only the publish
 * fields may change (the workbook's undo of «Publiser» takes them back).
 * Returns the fields that may not change.
 */
export function lockedFields(current: { publishedAt: string | null }, patchFields: readonly string[]): string[] {
  if (!isPublished(current)) return [];
  return patchFields.filter((f) => !(PUBLISH_FIELDS as readonly string[]).includes(f));
}

/** Only a draft may be deleted: a published report is what its readers received, and is kept. */
export function mayDelete(report: { publishedAt: string | null }): boolean {
  return !isPublished(report);
}

/** Publishing needs a period that runs forwards. */
export function periodIsValid(r: { periodFrom: string; periodTo: string }): boolean {
  return r.periodFrom <= r.periodTo;
}

/** The day after an ISO date. */
export function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The report before this one: the latest published report (any type) whose
 * period ended before this one's ends, other than itself. Its snapshot says
 * what the steering group last saw (which risks were open).
 */
export function previousReport<R extends ReportDates & { id: string }>(reports: readonly R[], current: { id?: string; periodTo: string }): R | undefined {
  return reports
    .filter((r) => r.id !== current.id && isPublished(r) && r.periodTo < current.periodTo)
    .sort((a, b) => (a.periodTo < b.periodTo ? 1 : a.periodTo > b.periodTo ? -1 : 0))[0];
}

/**
 * A new report's period: from the day after the latest report of any type
 * ended (so nothing falls between two reports), or the project's start when
 * there is none, to today.
 */
export function defaultPeriod(
  reports: readonly { periodTo: string }[], project: { startDate: string } | undefined, today: string,
): { periodFrom: string; periodTo: string } {
  const last = reports.map((r) => r.periodTo).sort().pop();
  const from = last ? dayAfter(last) : (project?.startDate ?? today);
  return { periodFrom: from <= today ? from : today, periodTo: today };
}

/** The fields of a new draft made from a report: the written parts copied, the link back kept, not published. */
export function nextVersionFields(report: { id: string } & Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of WRITTEN_FIELDS) if (report[f] !== undefined) out[f] = report[f];
  out.basedOnId = report.id;
  return out;
}
