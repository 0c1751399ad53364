import { Fragment } from 'react';
import type { RecordOf } from '../../shared/model/kinds';
import type { BudgetReport, MilestoneRow, RiskRow } from '../../shared/report/derived';
import { byId, type WorkbookSnapshot } from '../../shared/report/snapshot';
import { isoWeekNumber, type PlannedDate } from '../../shared/rules/plannedDate';
import { formatAmount } from '../../shared/rules/money';
import { organisationRows, responsibleName } from '../../shared/report/planPrint';
import { Prose } from './common';
import { D, L, S } from './strings';

export function Amount({ value }: { value: number | null }) {
  return <td className="pr-num">{value === null ? '' : formatAmount(value)}</td>;
}

/** "30.08.2021–05.09.2021 (uke 35)", "01.03.2022", nothing for an unscheduled or unreadable date; a range never breaks inside. */
export function PlannedRange({ planned: p }: { planned: PlannedDate }) {
  if (p.kind !== 'range') return null;
  if (p.from === p.to) return <span className="pr-nowrap">{D.date(p.from)}</span>;
  return (
    <>
      <span className="pr-nowrap">{D.date(p.from)}–{D.date(p.to)}</span>
      {p.precision === 'week' ? <> <span className="pr-nowrap">({D.week(isoWeekNumber(p.from))})</span></> : null}
    </>
  );
}

export function GoalsTable({ goals }: { goals: readonly RecordOf<'goal'>[] }) {
  return (
    <ol className="pr-goal-list">
      {[...goals].sort((a, b) => a.number - b.number).map((g) => <li key={g.id} value={g.number}>{g.text}</li>)}
    </ol>
  );
}

/** The plan's «Fase, Gruppe, Undersøker, Mål» (rows: shared/report/planPrint.ts organisationRows); fixed column widths, so no column runs into the next. */
export function OrganisationTable({ s }: { s: WorkbookSnapshot }) {
  const rows = organisationRows(s.group);
  return (
    <table className="pr-ptable pr-org-table">
      <colgroup><col className="pr-org-phase" /><col className="pr-org-group" /><col className="pr-org-examines" /><col /></colgroup>
      <thead>
        <tr><th className="pr-narrow">{S.plan.phase}</th><th>{S.plan.group}</th><th>{S.plan.examines}</th><th>{S.plan.objectives}</th></tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <Fragment key={r.key}>
            <tr className={r.first ? 'pr-run-start' : 'pr-run-cont'}>
              <td className="pr-narrow">{r.first ? (r.phase ?? '') : ''}</td>
              <td>{r.name ? <strong>{r.name}</strong> : null}</td>
              <td>{r.examines.split('\n').map((line, i) => <p key={i}>{line}</p>)}</td>
              <td><Prose text={r.objectives} /></td>
            </tr>
            {r.description ? (
              <tr className="pr-run-cont pr-org-description"><td className="pr-narrow" /><td colSpan={3}>{r.description}</td></tr>
            ) : null}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

/** The ansvarstabell as the plan draws it: the role written once for each run of rows. */
export function ResponsibilityTable({ s }: { s: WorkbookSnapshot }) {
  const people = byId(s.person);
  const groups = byId(s.group);
  const roles = [...s.role].sort((a, b) => a.sortOrder - b.sortOrder);
  const label = (r: RecordOf<'role'>) => {
    const group = r.groupId ? groups.get(r.groupId) : undefined;
    return (r.role === 'coordinator' || r.role === 'member') && group ? group.name : L.role[r.role];
  };
  return (
    <table className="pr-ptable pr-responsibility-table">
      <colgroup><col className="pr-resp-role" /><col className="pr-resp-name" /><col /><col className="pr-resp-affiliation" /></colgroup>
      <thead>
        <tr><th>{S.plan.role}</th><th>{S.plan.name}</th><th>{S.plan.position}</th><th>{S.plan.affiliation}</th></tr>
      </thead>
      <tbody>
        {roles.map((r, i) => {
          const p = people.get(r.personId);
          const first = i === 0 || label(roles[i - 1]!) !== label(r);
          return (
            <tr key={r.id} className={first ? 'pr-run-start' : 'pr-run-cont'}>
              <td>{first ? <strong>{label(r)}</strong> : null}</td>
              <td>{p ? responsibleName(p.name, p.placeholder, S.plan.vacant) : ''}</td>
              <td>{r.positionAsWritten || p?.position || ''}</td>
              <td>{r.affiliationAsWritten || p?.affiliation || ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * Milestones by project year. `lateness` adds «(forsinket)» judged against the report's date, for status
 * reports; the plan leaves it out and prints each milestone's own status word, or no status column at all.
 */
export function MilestoneTable({ rows, showStatus = true, lateness = true }: { rows: readonly MilestoneRow[]; showStatus?: boolean; lateness?: boolean }) {
  const periods = [...new Set(rows.map((m) => m.period))];
  return (
    <table className="pr-ptable">
      <thead>
        <tr>
          <th className="pr-narrow">{S.milestones.number}</th><th>{S.milestones.description}</th>
          <th>{S.milestones.planned}</th><th>{S.milestones.derived}</th>{showStatus ? <th>{S.milestones.status}</th> : null}
        </tr>
      </thead>
      <tbody>
        {periods.map((period) => (
          <Fragment key={period}>
            {period ? <tr className="pr-group-row"><th colSpan={showStatus ? 5 : 4}>{period}</th></tr> : null}
            {rows.filter((m) => m.period === period).map((m) => (
              <tr key={m.id}>
                <td className="pr-narrow">{m.number}</td>
                <td>{m.description}</td>
                <td>{m.plannedText || '–'}</td>
                <td><PlannedRange planned={m.planned} /></td>
                {showStatus ? <td>{L.milestoneStatus[m.status]}{lateness && m.late && m.status !== 'late' ? ` (${L.milestoneStatus.late.toLowerCase()})` : ''}</td> : null}
              </tr>
            ))}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

/** The plan's budget: lines by project year with totals per line and per year. */
export function BudgetTable({ b }: { b: BudgetReport }) {
  const cols = b.periods.length + 2;
  const line = (r: BudgetReport['expenses'][number]) => (
    <tr key={r.id}>
      <td>{r.description}</td>
      {r.planned.map((a, i) => <Amount key={i} value={a} />)}
      <Amount value={r.plannedTotal} />
    </tr>
  );
  const sum = (label: string, planned: number[], total: number) => (
    <tr className="pr-sum-row">
      <th scope="row">{label}</th>
      {planned.map((a, i) => <Amount key={i} value={a} />)}
      <Amount value={total} />
    </tr>
  );
  return (
    <table className="pr-ptable pr-budget-table">
      <thead>
        <tr>
          <th>{S.budget.description}</th>
          {b.periods.map((p) => (
            <th key={p.id} className="pr-num">{p.label}<br /><span className="pr-small">{D.date(p.startDate)}–{D.date(p.endDate)}</span></th>
          ))}
          <th className="pr-num">{S.budget.total}</th>
        </tr>
      </thead>
      <tbody>
        <tr className="pr-group-row"><th colSpan={cols}>{S.budget.expenses}</th></tr>
        {b.expenses.map(line)}
        {sum(S.budget.sumExpenses, b.expenseSums.planned, b.expenseSums.plannedTotal)}
        <tr className="pr-group-row"><th colSpan={cols}>{S.budget.income}</th></tr>
        {b.income.map(line)}
        {sum(S.budget.sumIncome, b.incomeSums.planned, b.incomeSums.plannedTotal)}
      </tbody>
    </table>
  );
}

/**
 * The plan's risk register: probability, consequence and their product as numbers. No zone or verdict:
 * what is acceptable is the municipality's to decide, not the app's.
 * TODO(h-risk): once the workbook holds decided acceptance criteria, the zone's name may follow the score here.
 */
export function RiskRegisterTable({ risks }: { risks: readonly RiskRow[] }) {
  // The plan names no owners; a column of «–» says nothing.
  const owners = risks.some((r) => r.owner);
  return (
    <table className="pr-ptable pr-risk-register">
      <colgroup>
        <col className="pr-risk-no" /><col className="pr-risk-text" /><col className="pr-risk-measures" />
        <col className="pr-risk-level" /><col className="pr-risk-level" /><col className="pr-risk-level" />
        {owners ? <col className="pr-risk-owner" /> : null}
      </colgroup>
      <thead>
        <tr>
          <th className="pr-narrow">{S.matrix.number}</th><th>{S.matrix.risk}</th><th>{S.matrix.measures}</th>
          <th className="pr-narrow" title={S.matrix.probability}>{S.plan.probabilityShort}</th><th className="pr-narrow" title={S.matrix.consequence}>{S.plan.consequenceShort}</th>
          <th className="pr-narrow">{S.matrix.score}</th>{owners ? <th>{S.matrix.owner}</th> : null}
        </tr>
      </thead>
      <tbody>
        {risks.map((r) => (
          <tr key={r.id}>
            <td className="pr-narrow"><strong>{r.number}</strong></td>
            <td><strong>{r.title}</strong>{r.description && r.description !== r.title ? <div className="pr-small">{r.description}</div> : null}</td>
            <td><Prose text={r.measures} /></td>
            <td className="pr-narrow">{r.probability}</td>
            <td className="pr-narrow">{r.consequence}</td>
            <td className="pr-narrow"><strong>{r.score}</strong></td>
            {owners ? <td>{r.owner || '–'}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
