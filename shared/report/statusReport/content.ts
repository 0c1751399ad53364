import type { RecordOf } from '../../model/kinds.js';
import { riskCriteria } from '../../rules/riskCriteria.js';
import { isNbReport, previousReport, WRITTEN_FIELDS } from '../../rules/statusReport.js';
import { nbAccountsReport, reportAccountsOptions, type NbAccountsReport } from '../nbAccountsReport.js';
import type { WorkbookSnapshot } from '../snapshot.js';
import { openActions, type ReportAction, type ReportConflict } from './actions.js';
import { reportBudget, type ReportBudget } from './budget.js';
import { goalProgress, type GoalProgress } from './goals.js';
import { milestoneParts, type MilestoneParts } from './milestones.js';
import { nbSources, type NbSources } from './nbPrefill.js';
import { riskParts, type PreviousRisk, type RiskParts } from './risks.js';

/**
 * Everything a status report prints: the leader's written parts and the parts
 * derived from the workbook for its period. A draft computes it from live
 * data at each print; «Publiser» stores it in the record (snapshot), and a
 * published report prints from that, so it reads the same forever. Plain
 * JSON, no dates as objects: it travels in sync files as one field value.
 */
export const CONTENT_VERSION = 1;

export type ReportRecord = RecordOf<'status-report'>;
type Written = Omit<ReportRecord, 'id' | 'basedOnId' | 'publishedAt' | 'publishedBy' | 'snapshot'>;

export interface ReportContent {
  readonly version: number;
  readonly project: { title: string; funder: string; startDate: string; endDate: string; leader: string; owner: string };
  readonly report: Written;
  readonly previous: { title: string; periodTo: string; publishedAt: string | null } | null;
  readonly goals: GoalProgress[];
  readonly milestones: MilestoneParts;
  readonly budget: ReportBudget;
  readonly risks: RiskParts;
  readonly actions: ReportAction[];
  readonly conflicts: ReportConflict[];
  readonly nb: NbSources;
  /**
   * NB's yearly and final reports: the accounts per budget line for the report's years, the
   * egeninnsats check, auditor and signers (null for the steering group's report). Frozen with
   * the rest on «Publiser»; a report published before it was added has none and computes it.
   */
  readonly accounts?: NbAccountsReport | null;
  /**
   * Which acceptance criteria the risks' zones follow: decided (when, by whom), or a proposal,
   * perhaps changed since a decision (its date). Frozen with the rest; a report published before
   * it was added says nothing of them.
   */
  readonly riskCriteria?: ReportCriteria;
}

export interface ReportCriteria {
  readonly decidedOn: string | null;
  readonly decidedBy: string;
  /** The date of a decision the criteria no longer match. */
  readonly changedSince: string | null;
}

function previousRegister(report: ReportRecord | undefined): PreviousRisk[] | undefined {
  const content = report?.snapshot as unknown as ReportContent | null | undefined;
  return content?.risks?.register;
}

export function reportContent(s: WorkbookSnapshot, report: ReportRecord, conflicts: readonly ReportConflict[]): ReportContent {
  const written = Object.fromEntries(WRITTEN_FIELDS.map((f) => [f, report[f]])) as unknown as Written;
  const from = report.periodFrom;
  const to = report.periodTo;
  const project = s.project[0];
  const name = (id: string | null | undefined) => (id ? (s.person.find((p) => p.id === id)?.name ?? '') : '');
  const previous = previousReport(s['status-report'], report);
  return {
    version: CONTENT_VERSION,
    project: {
      title: project?.title ?? '', funder: project?.funder ?? '', startDate: project?.startDate ?? '', endDate: project?.endDate ?? '',
      leader: name(project?.leaderId), owner: name(project?.ownerId),
    },
    report: written,
    previous: previous ? { title: previous.title, periodTo: previous.periodTo, publishedAt: previous.publishedAt } : null,
    goals: goalProgress(s, report.goalAssessments, to),
    milestones: milestoneParts(s, from, to),
    budget: reportBudget(s, to),
    risks: riskParts(s, from, to, previousRegister(previous)),
    actions: openActions(s, to),
    conflicts: [...conflicts],
    nb: nbSources(s, from, to),
    accounts: reportAccounts(s, report),
    riskCriteria: criteriaInForce(s),
  };
}

/** The risk criteria as the report states them (shared/rules/riskCriteria.ts decides whether a decision holds). */
function criteriaInForce(s: WorkbookSnapshot): ReportCriteria {
  const project = s.project[0];
  const criteria = riskCriteria(project);
  const decision = criteria.decision;
  return {
    decidedOn: decision?.on ?? null,
    decidedBy: decision ? [decision.byId ? s.person.find((p) => p.id === decision.byId)?.name : undefined, decision.by].filter(Boolean).join(', ') : '',
    changedSince: criteria.changedSinceDecision ? (project?.riskCriteriaDecidedOn ?? null) : null,
  };
}

/** The accounts an NB report prints (shared/report/nbAccountsReport.ts), or null for the steering group's. */
export function reportAccounts(s: WorkbookSnapshot, report: ReportRecord): NbAccountsReport | null {
  if (!isNbReport(report.type)) return null;
  return nbAccountsReport(s, reportAccountsOptions(report.type as 'nb-yearly' | 'nb-final', report, s.period));
}

/** The content a report prints: its frozen snapshot once published, else computed now. */
export function contentToPrint(s: WorkbookSnapshot, report: ReportRecord, conflicts: readonly ReportConflict[]): ReportContent {
  if (!report.snapshot) return reportContent(s, report, conflicts);
  const frozen = report.snapshot as unknown as ReportContent;
  return frozen.accounts === undefined ? { ...frozen, accounts: reportAccounts(s, report) } : frozen;
}
