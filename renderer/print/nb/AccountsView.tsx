import { useMemo } from 'react';
import { nbAccountsReport, reportedPeriodIds } from '../../../shared/report/nbAccountsReport';
import { isoLocalDate } from '../../../shared/report/dates';
import { footerLine, keywordsOf, PageStyle, projectTitle, reportDate, usePrintReady } from '../common';
import { PrintFailure, PrintLoading } from '../PrintStatus';
import { D, fill } from '../strings';
import { usePrintData } from '../usePrintData';
import { AuditorNote, NbAccounts } from './NbAccounts';
import { NbCredit } from './NbCredit';
import { SignatureBlock } from './SignatureBlock';
import { nbWords } from './strings';

/** #/print/accounts: the project's accounts for Nasjonalbiblioteket, signed, with the auditor note. */
export function AccountsView({ date }: { date?: string }) {
  const load = usePrintData(['project', 'period', 'person', 'budget-line', 'budget-plan', 'budget-actual']);
  const printedOn = useMemo(() => reportDate(date), [date]);
  const view = useMemo(() => {
    if (load.state !== 'ready') return undefined;
    const { snapshot: s, info } = load.data;
    const project = s.project[0];
    const W = nbWords();
    const today = isoLocalDate(printedOn);
    return {
      project,
      report: nbAccountsReport(s, { periodIds: reportedPeriodIds(s.period, today), upTo: today }),
      footer: footerLine(project, printedOn, info.lastChange),
      meta: { title: `${W.title} – ${projectTitle(project)}`, subject: W.subject, keywords: keywordsOf(project) },
    };
  }, [load, printedOn]);
  usePrintReady(view !== undefined, view?.meta);

  if (load.state === 'loading') return <PrintLoading />;
  if (load.state === 'failed') return <PrintFailure error={load.error} />;
  const v = view!;
  const W = nbWords();
  const funder = v.report.funder || W.defaultFunder;
  return (
    <div className="pdoc pr-pdoc-flow">
      <PageStyle orientation="landscape" margin="16mm 16mm 20mm 16mm" footer={v.footer} pageNumbers />
      <header className="pr-doc-header">
        <p className="pr-title-kicker">{fill(W.kicker, { funder })}</p>
        <h1>{projectTitle(v.project)}</h1>
        <dl className="pr-doc-facts">
          {v.report.periods.length ? (
            <><dt>{W.period}</dt><dd>{v.report.periods.map((p) => p.label).join(', ')}: {D.date(v.report.periods[0]!.startDate)}–{D.date(v.report.periods[v.report.periods.length - 1]!.endDate)}</dd></>
          ) : null}
          <dt>{W.date}</dt><dd>{D.localDate(printedOn)}</dd>
        </dl>
      </header>
      <NbAccounts report={v.report} />
      <AuditorNote report={v.report} />
      <SignatureBlock ownerName={v.report.ownerName} leaderName={v.report.leaderName} />
      <NbCredit funder={funder} />
    </div>
  );
}
