import { ArrowRight, TriangleAlert } from 'lucide-react';
import type { ReportContent } from '../../../shared/report/statusReport/content';
import type { ReportMilestone } from '../../../shared/report/statusReport/milestones';
import type { ReportRisk } from '../../../shared/report/statusReport/risks';
import { formatKroner } from '../../../shared/rules/money';
import { looksAhead } from '../../../shared/rules/statusReport';
import { Prose } from '../common';
import { fieldWord } from '../../../shared/report/fieldWords';
import { criteriaSentence } from '../../../shared/report/statusReport/criteriaText';
import { assessmentSentence, firstReportSentence, newRisksTitle } from '../../../shared/report/statusReport/riskText';
import { NB_ACCOUNTS_WORDS } from '../../../shared/report/nbAccountsWords';
import { D, fill, L, printLanguage, S } from '../strings';
import { reportWords } from './reportWords';

/** The derived parts of a status report (2–7), each with the leader's comment on it. */
export function ReportDerived({ content: c }: { content: ReportContent }) {
  const w = reportWords();
  const comment = (part: string) => (c.report.partComments[part] ? (
    <div className="pr-report-comment"><strong>{w.comment}:</strong> <Prose text={c.report.partComments[part]!} /></div>
  ) : null);
  const m = c.milestones;
  const b = c.budget;
  const openRisks = c.risks.register.filter((r) => r.status !== 'closed');
  // New risks by number and title only: the register below holds their detail; a first report says once that all are new.
  const first = firstReportSentence(c.risks, w);
  const assessment = assessmentSentence(c.risks, w, D.date);
  return (
    <>
      <section className="pr-block">
        <h2>2. {w.goals}</h2>
        {c.goals.map((g) => (
          <div key={g.id} className="pr-report-goal">
            <h3>{g.number}. {g.text}</h3>
            <p><strong>{w.assessment}:</strong> {g.assessment ? null : <span className="pr-muted">{w.noAssessment}</span>}</p>
            {g.assessment ? <Prose text={g.assessment} /> : null}
            {g.groups.length ? <p className="pr-small">{w.groups}: {g.groups.join(', ')}</p> : null}
            {g.milestones.length ? <p className="pr-small">{w.linkedMilestones}: {g.milestones.map((x) => `${x.number} (${L.milestoneStatus[x.status]})`).join(', ')}</p> : null}
            {g.actions.length ? <p className="pr-small">{w.linkedActions}: {g.actions.map((x) => `${x.text}${x.overdue ? ` (${w.overdue})` : ''}`).join('; ')}</p> : null}
          </div>
        ))}
        {comment('goals')}
      </section>

      <section className="pr-block">
        <h2>3. {w.milestones}</h2>
        <MilestoneList title={w.reached} rows={m.reached} showActual />
        {m.reachedUndated.length ? <MilestoneList title={w.reachedUndated} rows={m.reachedUndated} /> : null}
        <MilestoneList title={w.late} rows={m.late} />
        {!looksAhead(c.report.type) ? null : (
          <MilestoneList title={fill(w.upcoming, { from: D.date(m.nextFrom), to: D.date(m.nextTo) })} rows={m.upcoming} />
        )}
        <MilestoneList title={w.undated} rows={m.undated} />
        {comment('milestones')}
      </section>

      <section className="pr-block">
        <h2>4. {w.budget}</h2>
        <p>{fill(w.budgetLede, { date: D.date(b.asOf), elapsed: b.elapsedPercent })}</p>
        {b.warnings.map((x) => (
          <p key={x.period} className="pr-report-warning"><strong><TriangleAlert className="inline-icon" aria-hidden="true" size={13} strokeWidth={2.5} />{x.status === 'lagging'
            ? fill(w.lagging, { period: x.period, actual: formatKroner(x.actual), expected: formatKroner(x.expectedByNow), shortfall: formatKroner(x.shortfall) })
            : fill(w.overBudget, { period: x.period, actual: formatKroner(x.actual) })}</strong></p>
        ))}
        {([['expenses', b.expenses, b.expenseTotal, w.spent], ['income', b.income, b.incomeTotal, w.received]] as const).map(([key, rows, total, col]) => (
          <table key={key} className="pr-ptable">
            <thead><tr><th>{key === 'expenses' ? w.expenses : w.income}</th><th className="pr-num">{w.plan}</th><th className="pr-num">{col}</th><th className="pr-num">{w.share}</th></tr></thead>
            <tbody>
              {rows.map((l) => (
                <tr key={l.description}>
                  <td>{l.description}{l.pace === 'behind' ? <strong> · {w.behind}</strong> : l.pace === 'over' ? <strong> · {w.over}</strong> : null}</td>
                  <td className="pr-num">{formatKroner(l.planned)}</td><td className="pr-num">{formatKroner(l.actual)}</td><td className="pr-num">{l.percent} %</td>
                </tr>
              ))}
              <tr className="pr-sum-row"><th scope="row">{NB_ACCOUNTS_WORDS[printLanguage].total}</th><td className="pr-num">{formatKroner(total.planned)}</td><td className="pr-num">{formatKroner(total.actual)}</td><td className="pr-num">{total.percent} %</td></tr>
            </tbody>
          </table>
        ))}
        {comment('budget')}
      </section>

      <section className="pr-block">
        <h2>5. {w.risks}</h2>
        {c.riskCriteria ? <p className="pr-small pr-muted">{criteriaSentence(c.riskCriteria, w, D.date)}</p> : null}
        {assessment ? <p className="pr-small pr-muted">{assessment}</p> : null}
        <h3>{newRisksTitle(c.risks, w)}</h3>
        {first ? <p>{first}</p> : null}
        {c.risks.added.length === 0 ? (first ? null : <p className="pr-muted">{w.none}</p>) : (
          <>
            <ul>{c.risks.added.map((r) => <li key={r.id}>{r.number}. {r.title}</li>)}</ul>
            <p className="pr-small pr-muted">{w.risksNewSee}</p>
          </>
        )}
        <h3>{w.risksMoved}</h3>
        {c.risks.moved.length === 0 ? <p className="pr-muted">{w.none}</p> : (
          <ul>{c.risks.moved.map((x) => (
            <li key={x.risk.id}>{x.risk.number}. {x.risk.title}: {x.before.score} ({L.zoneShort[x.before.zone]}{x.beforeOn ? `, ${D.date(x.beforeOn)}` : ''}) <ArrowRight className="inline-icon" aria-hidden="true" size={11} strokeWidth={2.5} /> {x.risk.score} ({L.zoneShort[x.risk.zone]}{x.risk.assessedOn ? `, ${D.date(x.risk.assessedOn)}` : ''})</li>
          ))}</ul>
        )}
        <RiskList title={w.risksClosed} rows={c.risks.closed} />
        <RiskList title={w.register} rows={openRisks} />
        {comment('risks')}
      </section>

      <section className="pr-block">
        <h2>6. {w.actions}</h2>
        {c.actions.length === 0 ? <p className="pr-muted">{w.none}</p> : (
          <table className="pr-ptable">
            <thead><tr><th>{w.linkedActions}</th><th>{w.owner2}</th><th>{w.due}</th></tr></thead>
            <tbody>{c.actions.map((a, i) => (
              <tr key={i} className={a.overdue ? 'pr-overdue' : undefined}>
                <td>{a.text}{a.meetingTitle ? <div className="pr-small pr-muted">{a.meetingTitle}</div> : null}</td>
                <td>{a.owner || '–'}</td>
                <td className="pr-nowrap">{D.date(a.dueDate) || '–'}{a.overdue ? <strong> · {w.overdue}</strong> : null}</td>
              </tr>
            ))}</tbody>
          </table>
        )}
        {comment('actions')}
      </section>

      <section className="pr-block">
        <h2>7. {w.conflicts}</h2>
        {c.conflicts.length === 0 ? <p className="pr-muted">{w.conflictsNone}</p> : (
          <ul>{c.conflicts.map((x, i) => <li key={i}>{x.recordTitle} ({fieldWord(printLanguage, x.field)}){x.otherReplicaName ? ` – ${x.otherReplicaName}` : ''}</li>)}</ul>
        )}
        {comment('conflicts')}
      </section>
    </>
  );
}

function MilestoneList({ title, rows, showActual }: { title: string; rows: readonly ReportMilestone[]; showActual?: boolean }) {
  const w = reportWords();
  return (
    <>
      <h3>{title}</h3>
      {rows.length === 0 ? <p className="pr-muted">{w.none}</p> : (
        <table className="pr-ptable">
          <thead><tr><th className="pr-narrow">{S.milestones.number}</th><th>{w.milestones}</th><th>{showActual ? w.actual : w.planned}</th><th>{w.responsible}</th></tr></thead>
          <tbody>{rows.map((r) => (
            <tr key={r.number}>
              <td className="pr-narrow">{r.number}</td>
              <td>{r.description}{r.status === 'in_progress' ? <strong> · {w.inProgress}</strong> : null}{r.comment ? <div className="pr-small pr-muted">{r.comment}</div> : null}</td>
              <td>{showActual ? D.date(r.actualDate) : r.plannedText || '–'}</td>
              <td>{r.responsible || '–'}</td>
            </tr>
          ))}</tbody>
        </table>
      )}
    </>
  );
}

function RiskList({ title, rows }: { title: string; rows: readonly ReportRisk[] }) {
  const w = reportWords();
  return (
    <>
      <h3>{title}</h3>
      {rows.length === 0 ? <p className="pr-muted">{w.none}</p> : (
        <table className="pr-ptable">
          <thead><tr><th className="pr-narrow">{S.milestones.number}</th><th>{w.risks}</th><th className="pr-narrow">{w.score}</th><th>{w.owner2}</th><th>{w.assessed}</th></tr></thead>
          <tbody>{rows.map((r) => (
            <tr key={r.id}>
              <td className="pr-narrow">{r.number}</td><td>{r.title}</td>
              <td className="pr-narrow">{r.score} {L.zoneShort[r.zone]}</td>
              <td>{r.owner || '–'}</td><td className="pr-nowrap">{r.assessedOn ? D.date(r.assessedOn) : w.never}</td>
            </tr>
          ))}</tbody>
        </table>
      )}
    </>
  );
}
