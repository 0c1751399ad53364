/**
 * Closed vocabularies of the plan. Stored values are English codes; the UI and
 * the CLI show the Norwegian words from the i18n catalogue.
 */
export const ROLES = [
  'project_owner', // prosjekteier
  'steering_group', // styringsgruppe
  'project_leader', // prosjektleder
  'coordination_team', // koordineringsteam
  'coordinator', // koordinator
  'member', // medlem
] as const;
export type Role = (typeof ROLES)[number];

export const GROUP_KINDS = ['project_group', 'steering_group', 'coordination_team'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const MILESTONE_STATUSES = ['planned', 'in_progress', 'reached', 'late'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const BUDGET_LINE_TYPES = ['expense', 'income'] as const;
export type BudgetLineType = (typeof BUDGET_LINE_TYPES)[number];

/**
 * Where an income line's money comes from, for Nasjonalbiblioteket's accounts (schema 9): the
 * egeninnsats must be at least 40 % of the total, and a grant of 400 000 kr or more needs an auditor.
 * 'unspecified' (every line made before schema 9) is read from the line's words by
 * shared/rules/fundingSource.ts, so an older workbook needs no migration of its values.
 */
export const FUNDING_SOURCES = ['unspecified', 'own_contribution', 'grant', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const RISK_STATUSES = ['open', 'monitored', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const MEETING_TYPES = ['steering_group', 'project_group', 'workshop', 'conference', 'other'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** How a lesson in the erfaringslogg turned out: NB's reports ask for positive and negative experiences. */
export const LESSON_OUTCOMES = ['positive', 'negative'] as const;
export type LessonOutcome = (typeof LESSON_OUTCOMES)[number];

/** An entry of the endringslogg: a change decided on purpose, or a deviation from the plan that happened. */
export const CHANGE_ENTRY_TYPES = ['change', 'deviation'] as const;
export type ChangeEntryType = (typeof CHANGE_ENTRY_TYPES)[number];

/**
 * Status reports (issue 14): to the steering group, and Nasjonalbiblioteket's yearly status report and
 * final report («sluttrapport») for utviklingsmidler. The NB types carry NB's own parts as well.
 */
export const STATUS_REPORT_TYPES = ['steering', 'nb-yearly', 'nb-final'] as const;
export type StatusReportType = (typeof STATUS_REPORT_TYPES)[number];

/** A report's overall status, in the overview's own words (shared/rules/projectStatus.ts: green/yellow/red). */
export const REPORT_LIGHTS = ['green', 'yellow', 'red'] as const;
export type ReportLight = (typeof REPORT_LIGHTS)[number];

/** The plan's 1–5 scales. Index 0 is level 1. */
export const PROBABILITY_LABELS = ['Veldig lav', 'Lav', 'Moderat', 'Høy', 'Veldig høy'] as const;
export const CONSEQUENCE_LABELS = ['Veldig lav', 'Lav', 'Moderat', 'Alvorlig', 'Veldig alvorlig'] as const;

/** Largest amount of kroner one budget figure may hold; far above any municipal project, far below 2^53. */
export const MAX_KRONER = 1_000_000_000_000;
