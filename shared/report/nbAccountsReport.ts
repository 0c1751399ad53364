import { auditorRequirement, type AuditorRequirement } from '../rules/auditorRequirement.js';
import { nbAccounts, type AccountsOptions, type NbAccounts } from '../rules/nbAccounts.js';
import { ownContribution, type OwnContribution } from '../rules/ownContribution.js';
import { byId, type WorkbookSnapshot } from './snapshot.js';

/**
 * Everything Nasjonalbiblioteket's accounts print, from a snapshot: the accounts per line, the
 * egeninnsats check, the auditor requirement and who signs. The grant is the budgeted grant (the
 * sum applied for and granted in the plan, over every project year even when the accounts report
 * fewer), or what was received when that is more.
 */
export interface NbAccountsReport {
  readonly periods: readonly { id: string; label: string; startDate: string; endDate: string }[];
  readonly accounts: NbAccounts;
  readonly own: OwnContribution;
  readonly auditor: AuditorRequirement;
  readonly funder: string;
  readonly ownerName: string;
  readonly leaderName: string;
}

/**
 * The project years an accounts printout on `date` reports: those ended by then (the years NB's
 * reports cover; a year just begun would show every line «off budget»), or, before any has ended,
 * every year begun. Amounts dated after `date` are left out either way.
 */
export function reportedPeriodIds(periods: readonly { id: string; startDate: string; endDate: string }[], date: string): string[] {
  const ended = periods.filter((p) => p.endDate <= date);
  // A year ending the day the next starts (the plan's 01.09.2022) has ended once that day is past or is the date.
  if (ended.length > 0) return ended.map((p) => p.id);
  return periods.filter((p) => p.startDate <= date).map((p) => p.id);
}

/**
 * The accounts an NB report carries (its data-slot «nb-accounts»): amounts up to the report's
 * last day; a yearly report the project years its period touches, the final report every year
 * begun by then. A period that touches no year reports as the accounts printout would that day.
 */
export function reportAccountsOptions(
  type: 'nb-yearly' | 'nb-final',
  report: { periodFrom: string; periodTo: string },
  periods: readonly { id: string; startDate: string; endDate: string }[],
): AccountsOptions {
  const begun = periods.filter((p) => p.startDate <= report.periodTo);
  const touched = begun.filter((p) => p.endDate >= report.periodFrom);
  const periodIds = type === 'nb-final' ? begun.map((p) => p.id) : touched.map((p) => p.id);
  return { upTo: report.periodTo, periodIds: periodIds.length > 0 ? periodIds : reportedPeriodIds(periods, report.periodTo) };
}

export function nbAccountsReport(s: WorkbookSnapshot, options: AccountsOptions = {}): NbAccountsReport {
  const periods = [...s.period].sort((a, b) => a.number - b.number)
    .map((p) => ({ id: p.id, label: p.label, startDate: p.startDate, endDate: p.endDate }));
  const accounts = nbAccounts(periods, s['budget-line'], s['budget-plan'], s['budget-actual'], options);
  const own = ownContribution(accounts);
  // The auditor rule is of the grant as awarded, for the whole project: a yearly report's year alone
  // (700 000 kr of the plan's 1 400 000 kr) must not read as a smaller grant.
  const whole = options.periodIds ? ownContribution(nbAccounts(periods, s['budget-line'], s['budget-plan'], s['budget-actual'], { ...options, periodIds: undefined })) : own;
  const people = byId(s.person);
  const project = s.project[0];
  return {
    periods: periods.filter((p) => accounts.periodIds.includes(p.id)),
    accounts,
    own,
    auditor: auditorRequirement(Math.max(whole.budget.grant, whole.actual.grant)),
    funder: project?.funder ?? '',
    ownerName: (project?.ownerId && people.get(project.ownerId)?.name) || '',
    leaderName: (project?.leaderId && people.get(project.leaderId)?.name) || '',
  };
}
