import type { AccountsCell, AccountsLine, AccountsSide } from '../../../shared/rules/nbAccounts';
import type { NbAccountsReport } from '../../../shared/report/nbAccountsReport';
import { formatKroner } from '../../../shared/rules/money';
import { sharePercentForDisplay } from '../../../shared/rules/ownContribution';
import { fill, D } from '../strings';
import { nbWords, percentText } from './strings';
import './nb.css';

/** An amount cell: «1 170 000 kr» in tabular figures; a deviation signed («+12 000 kr», «−60 000 kr»). */
function Kr({ value, signed, strong }: { value: number; signed?: boolean; strong?: boolean }) {
  const text = (signed && value > 0 ? '+' : '') + formatKroner(value);
  return <td className="pr-num nb-num">{strong ? <strong>{text}</strong> : text}</td>;
}

function CellGroup({ cell, strong }: { cell: AccountsCell; strong?: boolean }) {
  return (
    <>
      <Kr value={cell.budget} strong={strong} />
      <Kr value={cell.actual} strong={strong} />
      <Kr value={cell.difference} signed strong={strong} />
    </>
  );
}

/**
 * One side of the accounts (expenses or income) as a table: each line with its years and total,
 * its share of the side, and the comment under a line whose deviation needs one (in words when
 * it is missing, so the reader sees it without colour).
 */
function SideTable({ side, report, heading }: { side: AccountsSide; report: NbAccountsReport; heading: string }) {
  const W = nbWords();
  const many = report.periods.length > 1;
  const cols = 3 * (report.periods.length + (many ? 1 : 0)) + 2;
  const lineRows = (l: AccountsLine) => (
    <tbody key={l.lineId} className="nb-line">
      <tr className={l.deviates ? 'nb-deviates' : undefined}>
        <th scope="row" className="nb-line-name">{l.description}</th>
        {l.periods.map((c) => <CellGroup key={c.periodId} cell={c} />)}
        {many ? <CellGroup cell={l} strong /> : null}
        <td className="pr-num nb-num">{percentText(Math.round(l.budgetShare * 1000) / 10)} %</td>
      </tr>
      {l.deviates ? (
        <tr className="nb-comment-row">
          <td colSpan={cols}>
            <span className="nb-comment-label">{W.comment}:</span>{' '}
            {l.comment.trim() ? <span className="nb-comment" lang="nb">{l.comment}</span> : <strong className="nb-missing">{W.commentMissing}</strong>}
          </td>
        </tr>
      ) : null}
    </tbody>
  );
  return (
    <table className="pr-ptable nb-accounts-table">
      <caption className="nb-caption">{heading}</caption>
      <thead>
        <tr>
          <th rowSpan={2} scope="col">{W.line}</th>
          {report.periods.map((p) => (
            <th key={p.id} colSpan={3} scope="colgroup" className="nb-period-head">
              {p.label}<span className="nb-period-dates">{D.date(p.startDate)}–{D.date(p.endDate)}</span>
            </th>
          ))}
          {many ? <th colSpan={3} scope="colgroup" className="nb-period-head">{W.allYears}</th> : null}
          <th rowSpan={2} scope="col" className="pr-num">{W.share}</th>
        </tr>
        <tr>
          {[...report.periods.map((p) => p.id), ...(many ? ['all'] : [])].map((id) => [
            <th key={`${id}b`} scope="col" className="pr-num nb-subhead">{W.budget}</th>,
            <th key={`${id}a`} scope="col" className="pr-num nb-subhead">{W.actual}</th>,
            <th key={`${id}d`} scope="col" className="pr-num nb-subhead">{W.difference}</th>,
          ])}
        </tr>
      </thead>
      {side.lines.map(lineRows)}
      <tbody>
        <tr className="pr-sum-row">
          <th scope="row">{W.total} {heading.toLowerCase()}</th>
          {side.periods.map((c) => <CellGroup key={c.periodId} cell={c} />)}
          {many ? <CellGroup cell={side} strong /> : null}
          <td className="pr-num nb-num">100 %</td>
        </tr>
      </tbody>
    </table>
  );
}

/** Egeninnsats against the 40 % minimum, in words (met or not met), for the budget and the accounts. */
export function OwnContributionCheck({ report }: { report: NbAccountsReport }) {
  const W = nbWords();
  const line = (template: string, c: NbAccountsReport['own']['budget']) => {
    if (c.met === undefined) return <p>{W.ownNoTotal}</p>;
    const share = percentText(sharePercentForDisplay(c.share, c.minimumPercent));
    return (
      <p>
        {fill(template, { own: formatKroner(c.own), total: formatKroner(c.total), share })}{' '}
        <strong className={c.met ? 'nb-met' : 'nb-not-met'}>{fill(c.met ? W.ownMet : W.ownNotMet, { min: c.minimumPercent })}</strong>
      </p>
    );
  };
  return (
    <div className="nb-own">
      {line(W.ownShareBudget, report.own.budget)}
      {report.own.actual.total > 0 ? line(W.ownShareActual, report.own.actual) : null}
    </div>
  );
}

/** The auditor note: required from 400 000 kr of grant, with a line for the auditor's attestation. */
export function AuditorNote({ report }: { report: NbAccountsReport }) {
  const W = nbWords();
  const a = report.auditor;
  return (
    <div className={`nb-auditor ${a.required ? 'nb-auditor-required' : ''}`}>
      <p>{fill(a.required ? W.auditorRequired : W.auditorNotRequired, { grant: formatKroner(a.grant), threshold: formatKroner(a.threshold) })}</p>
      {a.required ? (
        <div className="nb-sign-line"><span className="nb-sign-rule" /><span className="nb-sign-caption">{W.auditorLine}</span></div>
      ) : null}
    </div>
  );
}

/**
 * Nasjonalbiblioteket's accounts: the expense and income tables per budget line and project
 * year, the deviation rule, and the egeninnsats check. Embed it in any NB report:
 * `<NbAccounts report={nbAccountsReport(snapshot, options)} />`.
 */
export function NbAccounts({ report }: { report: NbAccountsReport }) {
  const W = nbWords();
  const t = report.accounts.threshold;
  const outside = report.accounts.outside.reduce((s, a) => s + a.amount, 0);
  return (
    <section className="nb-accounts">
      <p className="pr-small">{W.intro}</p>
      <SideTable side={report.accounts.expenses} report={report} heading={W.expenses} />
      <SideTable side={report.accounts.income} report={report} heading={W.income} />
      <p className="pr-small pr-muted">
        {fill(W.thresholdNote, { share: percentText(t.share * 100), kroner: formatKroner(t.kroner) })}
        {outside ? ` ${fill(W.outside, { amount: formatKroner(outside) })}` : ''}
      </p>
      <OwnContributionCheck report={report} />
    </section>
  );
}
