import type { ActionStatus, MilestoneStatus, RiskStatus, Role } from '../model/enums.js';
import { lineTotal } from '../rules/budget.js';
import { isLate, parsePlannedDate, type PlannedDate } from '../rules/plannedDate.js';
import { riskCriteria } from '../rules/riskCriteria.js';
import { riskScore, riskZone, type Zone } from '../rules/riskMatrix.js';
import { ROLE_LABELS } from './labels.js';
import { byId, type WorkbookSnapshot } from './snapshot.js';

/**
 * What the printouts and exports say about each kind, derived from a
 * snapshot by pure functions: the risk list with scores and zones, the
 * milestones with their derived date ranges and lateness, the budget by
 * project year, the action items with what is overdue, the people with their
 * roles. `today` is an ISO date, passed in so a report is reproducible.
 */

export interface RiskRow {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly description: string;
  readonly measures: string;
  readonly probability: number;
  readonly consequence: number;
  readonly score: number;
  readonly zone: Zone;
  readonly residual: { probability: number; consequence: number; score: number; zone: Zone } | null;
  readonly owner: string;
  readonly status: RiskStatus;
}

export function riskRows(s: WorkbookSnapshot): RiskRow[] {
  const people = byId(s.person);
  const { bands } = riskCriteria(s.project[0]);
  return [...s.risk]
    .sort((a, b) => a.number - b.number)
    .map((r) => {
      const rp = r.residualProbability;
      const rc = r.residualConsequence;
      return {
        id: r.id,
        number: r.number,
        title: r.title,
        description: r.description,
        measures: r.measures,
        probability: r.probability,
        consequence: r.consequence,
        score: riskScore(r.probability, r.consequence),
        zone: riskZone(r.probability, r.consequence, bands),
        residual: rp != null && rc != null ? { probability: rp, consequence: rc, score: riskScore(rp, rc), zone: riskZone(rp, rc, bands) } : null,
        owner: r.ownerId ? (people.get(r.ownerId)?.name ?? '') : '',
        status: r.status,
      };
    });
}

export interface MilestoneRow {
  readonly id: string;
  readonly number: number;
  readonly description: string;
  readonly period: string;
  readonly plannedText: string;
  readonly planned: PlannedDate;
  readonly status: MilestoneStatus;
  readonly actualDate: string | null;
  readonly responsible: string;
  readonly comment: string;
  readonly reached: boolean;
  /** Marked late, or not reached while its whole planned range lies before today. */
  readonly late: boolean;
}

export function milestoneRows(s: WorkbookSnapshot, today: string): MilestoneRow[] {
  const periods = byId(s.period);
  const people = byId(s.person);
  return [...s.milestone]
    .sort((a, b) => a.number - b.number)
    .map((m) => {
      const planned = parsePlannedDate(m.plannedText);
      const reached = m.status === 'reached';
      return {
        id: m.id,
        number: m.number,
        description: m.description,
        period: m.periodId ? (periods.get(m.periodId)?.label ?? '') : '',
        plannedText: m.plannedText,
        planned,
        status: m.status,
        actualDate: m.actualDate,
        responsible: m.responsibleId ? (people.get(m.responsibleId)?.name ?? '') : '',
        comment: m.comment ?? '',
        reached,
        late: !reached && (m.status === 'late' || isLate(planned, today)),
      };
    });
}

export interface BudgetPeriod {
  readonly id: string;
  readonly label: string;
  readonly startDate: string;
  readonly endDate: string;
}

export interface BudgetLineRow {
  readonly id: string;
  readonly type: 'expense' | 'income';
  readonly description: string;
  /** Planned amount per period, in the order of `periods`; null where the plan has an empty cell. */
  readonly planned: (number | null)[];
  readonly plannedTotal: number;
  /** Recorded amounts per period. */
  readonly actual: number[];
  readonly actualTotal: number;
}

export interface BudgetSums {
  readonly planned: number[];
  readonly plannedTotal: number;
  readonly actual: number[];
  readonly actualTotal: number;
}

export interface BudgetReport {
  readonly periods: BudgetPeriod[];
  readonly expenses: BudgetLineRow[];
  readonly income: BudgetLineRow[];
  readonly expenseSums: BudgetSums;
  readonly incomeSums: BudgetSums;
  /**
   * Dates that fall in two project years (the plan's years share 01.09.2022).
   * A recorded amount on such a day counts in the earlier year; the report says so.
   */
  readonly overlapDates: string[];
  /** Recorded amounts dated outside every project year; in the totals, in no year. */
  readonly outsidePeriods: number;
}

export function budgetReport(s: WorkbookSnapshot): BudgetReport {
  const periods: BudgetPeriod[] = [...s.period]
    .sort((a, b) => a.number - b.number)
    .map((p) => ({ id: p.id, label: p.label, startDate: p.startDate, endDate: p.endDate }));
  const amounts = s['budget-plan'].map((a) => ({ lineId: a.lineId, periodId: a.periodId, amount: a.amount }));
  let outsidePeriods = 0;
  const actualByLine = new Map<string, number[]>();
  for (const a of s['budget-actual']) {
    const i = periods.findIndex((p) => p.startDate <= a.date && a.date <= p.endDate);
    if (i < 0) {
      outsidePeriods += a.amount;
      continue;
    }
    const row = actualByLine.get(a.lineId) ?? periods.map(() => 0);
    row[i]! += a.amount;
    actualByLine.set(a.lineId, row);
  }
  const lines = [...s['budget-line']].sort((a, b) => a.sortOrder - b.sortOrder);
  const rows = lines.map((l): BudgetLineRow => {
    const planned = periods.map((p) => {
      const hit = amounts.filter((a) => a.lineId === l.id && a.periodId === p.id);
      return hit.length === 0 ? null : hit.reduce((sum, a) => sum + a.amount, 0);
    });
    const actual = actualByLine.get(l.id) ?? periods.map(() => 0);
    const actualOutside = s['budget-actual']
      .filter((a) => a.lineId === l.id && !periods.some((p) => p.startDate <= a.date && a.date <= p.endDate))
      .reduce((sum, a) => sum + a.amount, 0);
    return {
      id: l.id,
      type: l.type,
      description: l.description,
      planned,
      plannedTotal: lineTotal(l.id, amounts),
      actual,
      actualTotal: actual.reduce((a, b) => a + b, 0) + actualOutside,
    };
  });
  const sums = (group: BudgetLineRow[]): BudgetSums => ({
    planned: periods.map((_, i) => group.reduce((sum, r) => sum + (r.planned[i] ?? 0), 0)),
    plannedTotal: group.reduce((sum, r) => sum + r.plannedTotal, 0),
    actual: periods.map((_, i) => group.reduce((sum, r) => sum + r.actual[i]!, 0)),
    actualTotal: group.reduce((sum, r) => sum + r.actualTotal, 0),
  });
  const expenses = rows.filter((r) => r.type === 'expense');
  const income = rows.filter((r) => r.type === 'income');
  const overlapDates: string[] = [];
  for (let i = 0; i + 1 < periods.length; i++) {
    const a = periods[i]!;
    const b = periods[i + 1]!;
    if (b.startDate <= a.endDate) overlapDates.push(b.startDate === a.endDate ? a.endDate : `${b.startDate}/${a.endDate}`);
  }
  return { periods, expenses, income, expenseSums: sums(expenses), incomeSums: sums(income), overlapDates, outsidePeriods };
}

export interface ActionRow {
  readonly id: string;
  readonly text: string;
  readonly owner: string;
  readonly dueDate: string | null;
  readonly status: ActionStatus;
  readonly meetingTitle: string;
  readonly meetingStartsAt: string | null;
  /** Still to be done: open or in progress. */
  readonly open: boolean;
  /** Still to be done and its due date has passed. */
  readonly overdue: boolean;
}

export function actionRows(s: WorkbookSnapshot, today: string, meetingId?: string): ActionRow[] {
  const people = byId(s.person);
  const meetings = byId(s.meeting);
  return s.action
    .filter((a) => meetingId === undefined || a.meetingId === meetingId)
    .map((a) => {
      const meeting = a.meetingId ? meetings.get(a.meetingId) : undefined;
      const open = a.status === 'open' || a.status === 'in_progress';
      return {
        id: a.id,
        text: a.text,
        owner: a.ownerId ? (people.get(a.ownerId)?.name ?? '') : '',
        dueDate: a.dueDate,
        status: a.status,
        meetingTitle: meeting?.title ?? '',
        meetingStartsAt: meeting?.startsAt ?? null,
        open,
        overdue: open && a.dueDate !== null && a.dueDate < today,
      };
    })
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.text.localeCompare(b.text, 'nb'));
}

export interface PersonRow {
  readonly id: string;
  readonly name: string;
  readonly position: string;
  readonly affiliation: string;
  readonly email: string;
  readonly placeholder: boolean;
  /** "Styringsgruppe", "Koordinator (Prosjektgruppe A)", … in the ansvarstabell's order. */
  readonly roles: string[];
}

export function roleLabel(role: Role, groupName: string | undefined): string {
  const label = ROLE_LABELS[role];
  // The steering group and coordination team roles already name their group.
  if (!groupName || role === 'steering_group' || role === 'coordination_team') return label;
  return `${label} (${groupName})`;
}

export function peopleRows(s: WorkbookSnapshot): PersonRow[] {
  const groups = byId(s.group);
  const roles = [...s.role].sort((a, b) => a.sortOrder - b.sortOrder);
  return [...s.person]
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
    .map((p) => ({
      id: p.id,
      name: p.name,
      position: p.position,
      affiliation: p.affiliation,
      email: p.email,
      placeholder: p.placeholder,
      roles: roles
        .filter((r) => r.personId === p.id)
        .map((r) => roleLabel(r.role, r.groupId ? groups.get(r.groupId)?.name : undefined)),
    }));
}
