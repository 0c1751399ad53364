import { useMemo } from 'react';
import { actionRows, budgetReport, milestoneRows, riskRows, type BudgetSums } from '../../shared/report/derived';
import { isoLocalDate } from '../../shared/report/dates';
import { actionsSummaryLine } from '../../shared/report/documentWords';
import { REPORT_DOCUMENT_WORDS } from '../../shared/report/reportDocumentWords';
import { assessmentAsOf } from '../../shared/report/riskAssessed';
import { versionSentence } from '../../shared/report/statusReport/riskText';
import { formatKroner } from '../../shared/rules/money';
import { footerLine, keywordsOf, PageStyle, projectTitle, Prose, reportDate, usePrintReady } from './common';
import { Amount, MilestoneTable } from './PlanTables';
import { PrintFailure, PrintLoading } from './PrintStatus';
import { D, L, S, fill, printLanguage } from './strings';
import { usePrintData } from './usePrintData';

/** The status report for the steering group and the funder, as of one date. */
export function StatusView({ date }: { date?: string }) {
  const load = usePrintData(['project', 'period', 'person', 'milestone', 'budget-line', 'budget-plan', 'budget-actual', 'risk', 'risk-assessment', 'meeting', 'action']);
  const printedOn = useMemo(() => reportDate(date), [date]);
  const view = useMemo(() => {
    if (load.state !== 'ready') return undefined;
    const { snapshot: s, info } = load.data;
    const project = s.project[0];
    const today = isoLocalDate(printedOn);
    const milestones = milestoneRows(s, today);
    const actions = actionRows(s, today).filter((a) => a.open);
    return {
      project,
      milestones,
      reached: milestones.filter((m) => m.reached),
      late: milestones.filter((m) => m.late),
      budget: budgetReport(s),
      risks: riskRows(s).filter((r) => r.status !== 'closed' && r.zone !== 'green').sort((a, b) => b.score - a.score || a.number - b.number),
      // The plan names no risk owners: a column of «–» says nothing.
      riskOwners: riskRows(s).some((r) => r.owner),
      // Which assessment the risks are as of the print date («nr. 3 per 12.05.2022»).
      assessment: versionSentence(assessmentAsOf(s, today), REPORT_DOCUMENT_WORDS[printLanguage], D.date),
      actions,
      overdue: actions.filter((a) => a.overdue).length,
      footer: footerLine(project, printedOn, info.lastChange),
      meta: { title: `${S.status.title} ${D.localDate(printedOn)} – ${projectTitle(project)}`, subject: S.status.subject, keywords: keywordsOf(project) },
    };
  }, [load, printedOn]);
  usePrintReady(view !== undefined, view?.meta);

  if (load.state === 'loading') return <PrintLoading />;
  if (load.state === 'failed') return <PrintFailure error={load.error} />;
  const v = view!;
  const b = v.budget;
  const recipients = [S.status.toSteering, v.project?.funder].filter(Boolean).join(', ');
  const budgetRows = (label: string, t: BudgetSums) => (
    <>
      <tr className="pr-group-row"><th colSpan={5}>{label}</th></tr>
      {b.periods.map((p, i) => (
        <tr key={p.id}>
          <td>{p.label} <span className="pr-small pr-muted">({D.date(p.startDate)}–{D.date(p.endDate)})</span></td>
          <Amount value={t.planned[i]!} />
          <Amount value={t.actual[i]!} />
          <Amount value={t.planned[i]! - t.actual[i]!} />
          <td className="pr-num">{t.planned[i] ? `${Math.round((100 * t.actual[i]!) / t.planned[i]!)} %` : '–'}</td>
        </tr>
      ))}
      <tr className="pr-sum-row">
        <th scope="row">{S.common.total}</th>
        <Amount value={t.plannedTotal} />
        <Amount value={t.actualTotal} />
        <Amount value={t.plannedTotal - t.actualTotal} />
        <td className="pr-num">{t.plannedTotal ? `${Math.round((100 * t.actualTotal) / t.plannedTotal)} %` : '–'}</td>
      </tr>
    </>
  );

  return (
    <div className="pdoc pr-pdoc-flow">
      <PageStyle orientation="portrait" margin="20mm 18mm 22mm 22mm" footer={v.footer} pageNumbers />
      <header className="pr-doc-header">
        <p className="pr-title-kicker">{S.status.title}</p>
        <h1>{projectTitle(v.project)}</h1>
        <dl className="pr-doc-facts">
          <dt>{S.status.date}</dt><dd>{D.localDate(printedOn)}</dd>
          <dt>{S.status.to}</dt><dd>{recipients}</dd>
          {v.project?.startDate ? <><dt>{S.status.period}</dt><dd>{D.date(v.project.startDate)}–{D.date(v.project.endDate)}</dd></> : null}
        </dl>
      </header>

      <section className="pr-block">
        <h2>1. {S.status.milestones}</h2>
        <p>{fill(S.status.summary, { reached: v.reached.length, total: v.milestones.length, late: v.late.length })}</p>
        <h3>{S.status.reached}</h3>
        {v.reached.length ? <MilestoneTable rows={v.reached} /> : <p className="pr-muted">{S.status.reachedNone}</p>}
        <h3>{S.status.late}</h3>
        {v.late.length ? <MilestoneTable rows={v.late} /> : <p className="pr-muted">{S.status.lateNone}</p>}
      </section>

      <section className="pr-block">
        <h2>2. {S.status.budget}</h2>
        <table className="pr-ptable pr-budget-table pr-keep">
          <thead>
            <tr>
              <th>{S.milestones.year}</th><th className="pr-num">{S.budget.planned}</th><th className="pr-num">{S.budget.actual}</th>
              <th className="pr-num">{S.budget.remaining}</th><th className="pr-num">{S.budget.share}</th>
            </tr>
          </thead>
          <tbody>
            {budgetRows(S.budget.expenses, b.expenseSums)}
            {budgetRows(S.budget.income, b.incomeSums)}
          </tbody>
        </table>
        <p className="pr-small pr-muted">
          {S.budget.wholeKroner}
          {b.overlapDates.length ? ` ${fill(S.budget.overlap, { dates: b.overlapDates.map((d) => D.date(d)).join(', ') })}` : ''}
          {b.outsidePeriods ? ` ${fill(S.budget.outside, { amount: formatKroner(b.outsidePeriods) })}` : ''}
        </p>
      </section>

      <section className="pr-block">
        <h2>3. {S.status.risks}</h2>
        <p className="pr-small pr-muted">{v.assessment}</p>
        {v.risks.length === 0 ? <p className="pr-muted">{S.status.risksNone}</p> : (
          <table className="pr-ptable pr-risk-register pr-status-risks">
            {/* Fixed widths: with the table sizing itself, a long word in the measures took the width and squeezed the titles. */}
            <colgroup>
              <col className="pr-risk-no" /><col className="pr-risk-text" /><col className="pr-risk-score" /><col className="pr-risk-measures" />
              {v.riskOwners ? <col className="pr-risk-owner" /> : null}
            </colgroup>
            <thead>
              <tr>
                <th className="pr-narrow">{S.matrix.number}</th><th>{S.matrix.risk}</th><th className="pr-narrow">{S.matrix.score}</th>
                <th>{S.matrix.measures}</th>{v.riskOwners ? <th>{S.matrix.owner}</th> : null}
              </tr>
            </thead>
            <tbody>
              {v.risks.map((r) => (
                <tr key={r.id}>
                  <td className="pr-narrow"><strong>{r.number}</strong></td>
                  <td><strong>{r.title}</strong><div className="pr-small">{L.zone[r.zone]}</div></td>
                  <td className="pr-narrow"><span className={`pr-score-badge pr-zone-${r.zone}`}>{r.score} {L.zoneShort[r.zone]}</span></td>
                  <td><Prose text={r.measures} /></td>
                  {v.riskOwners ? <td>{r.owner || '–'}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="pr-block">
        <h2>4. {S.status.actions}</h2>
        {v.actions.length === 0 ? <p className="pr-muted">{S.status.actionsNone}</p> : (<>
          <p>{actionsSummaryLine(S.status, v.actions.length, v.overdue)}</p>
          <table className="pr-ptable">
            <thead>
              <tr><th>{S.meeting.action}</th><th>{S.meeting.owner}</th><th>{S.meeting.due}</th><th>{S.meeting.status}</th></tr>
            </thead>
            <tbody>
              {v.actions.map((a) => (
                <tr key={a.id} className={a.overdue ? 'pr-overdue' : undefined}>
                  <td>{a.text}{a.meetingTitle ? <div className="pr-small pr-muted">{a.meetingTitle}</div> : null}</td>
                  <td>{a.owner || '–'}</td>
                  <td className="pr-nowrap">{D.date(a.dueDate) || '–'}</td>
                  <td>{L.actionStatus[a.status]}{a.overdue ? <strong className="pr-overdue-mark"> · {S.status.overdue}</strong> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>)}
      </section>
      {v.project?.funder ? <p className="pr-funder-credit">{fill(S.plan.funderCredit, { funder: v.project.funder })}</p> : null}
    </div>
  );
}
