import { useEffect, useMemo, useState } from 'react';
import { WorkbookError } from '../../../shared/errors';
import { msg } from '../../../shared/messages/catalogue';
import { kindWord } from '../../../shared/model/kindLabels';
import { SNAPSHOT_KINDS } from '../../../shared/report/snapshot';
import { contentToPrint, type ReportContent, type ReportRecord } from '../../../shared/report/statusReport/content';
import type { ReportConflict } from '../../../shared/report/statusReport/actions';
import { isNbReport, NB_PARTS, reportSections } from '../../../shared/rules/statusReport';
import { call } from '../../api/client';
import { footerLine, PageStyle, Prose, reportDate, usePrintReady } from '../common';
import { PrintFailure, PrintLoading } from '../PrintStatus';
import { D, fill, S } from '../strings';
import { usePrintData } from '../usePrintData';
import { AuditorNote, NbAccounts } from '../nb/NbAccounts';
import { NbCredit } from '../nb/NbCredit';
import { SignatureBlock } from '../nb/SignatureBlock';
import { StatusIcon } from '../../ui';
import { ReportDerived } from './ReportDerived';
import { reportWords } from './reportWords';
import './report.css';

/**
 * One status report (#/print/report/<id>): a draft from live data, a published
 * one from the snapshot «Publiser» froze into it, so it prints the same forever.
 */
export function ReportView({ id }: { id: string | undefined }) {
  const load = usePrintData(SNAPSHOT_KINDS, (data) => {
    if (!id || !data.snapshot['status-report'].some((r) => r.id === id)) {
      throw new WorkbookError('not_found', msg('record.not_found', { kind: kindWord('status-report'), id: id ?? '' }));
    }
  });
  const [conflicts, setConflicts] = useState<ReportConflict[] | undefined>(undefined);
  useEffect(() => {
    call('listConflicts', {})
      .then((list) => setConflicts(list.map((c) => ({ kind: c.kind, recordTitle: c.recordTitle, field: c.field, otherReplicaName: c.otherReplicaName, detectedAt: c.detectedAt }))))
      .catch(() => setConflicts([]));
  }, []);
  const view = useMemo(() => {
    if (load.state !== 'ready' || conflicts === undefined) return undefined;
    const { snapshot: s, info } = load.data;
    const record = s['status-report'].find((r) => r.id === id)! as ReportRecord;
    const content: ReportContent = contentToPrint(s, record, conflicts);
    const w = reportWords();
    return {
      record, content,
      footer: footerLine(s.project[0], reportDate(undefined), info.lastChange),
      meta: { title: `${content.report.title} – ${content.project.title}`, subject: w.kicker[content.report.type], keywords: [content.project.title] },
    };
  }, [load, conflicts, id]);
  usePrintReady(view !== undefined, view?.meta);
  if (load.state === 'loading' || (load.state === 'ready' && !view)) return <PrintLoading />;
  if (load.state === 'failed') return <PrintFailure error={load.error} />;
  const { record, content: c } = view!;
  const w = reportWords();
  const r = c.report;
  const nb = isNbReport(r.type);
  const sections = reportSections(r);
  return (
    <div className="pdoc pr-pdoc-flow pr-report">
      <PageStyle orientation="portrait" margin="20mm 18mm 22mm 22mm" footer={view!.footer} pageNumbers />
      <header className="pr-doc-header">
        <p className="pr-title-kicker">{w.kicker[r.type]}</p>
        <h1>{r.title}</h1>
        <p className="pr-report-project">{c.project.title}</p>
        <dl className="pr-doc-facts">
          <dt>{w.period}</dt><dd>{D.date(r.periodFrom)}–{D.date(r.periodTo)}</dd>
          {record.publishedAt
            ? <><dt>{w.published}</dt><dd>{D.date(record.publishedAt.slice(0, 10))} {record.publishedAt.slice(11)} {record.publishedBy ? `${w.publishedBy} ${record.publishedBy}` : ''}</dd></>
            : <><dt>{w.published}</dt><dd className="pr-report-draft">{w.draft}</dd></>}
          {c.project.leader ? <><dt>{w.leader}</dt><dd>{c.project.leader}</dd></> : null}
          {c.project.owner ? <><dt>{w.owner}</dt><dd>{c.project.owner}</dd></> : null}
          {c.previous ? <><dt>{w.previous}</dt><dd>{c.previous.title} ({D.date(c.previous.periodTo)})</dd></> : null}
        </dl>
      </header>

      <section className="pr-block">
        <h2>1. {w.status}</h2>
        <p className={`pr-report-light pr-report-light-${r.overallStatus}`}><StatusIcon light={r.overallStatus} /><strong>{w.light[r.overallStatus]}</strong></p>
        <Prose text={r.statusReason} empty={w.empty} />
        <h3>{w.summary}</h3>
        <Prose text={r.summary} empty={w.empty} />
      </section>

      <ReportDerived content={c} />

      <section className="pr-block">
        <h2>{sections.decisions}. {w.decisions}</h2>
        <Prose text={r.decisionsNeeded} empty={w.none} />
        {sections.next === null ? null : <>
          <h2>{sections.next}. {w.next}</h2>
          <Prose text={r.nextPeriodPlans} empty={w.empty} />
        </>}
      </section>

      {nb ? (
        <section className="pr-block">
          <h2>{sections.nb}. {w.nb}</h2>
          {NB_PARTS.map((part) => (
            <div key={part} className="pr-report-nbpart">
              <h3>{w.nbParts[part]}</h3>
              <Prose text={r[part]} empty={w.empty} />
            </div>
          ))}
        </section>
      ) : null}
      {nb && c.accounts ? (
        <section className="pr-block pr-report-accounts" data-slot="nb-accounts">
          <h2>{sections.accounts}. {w.accounts}</h2>
          {c.accounts.periods.length ? (
            <p className="pr-small">{w.accountsPeriod}: {c.accounts.periods.map((p) => p.label).join(', ')}, {fill(w.accountsUpTo, { date: D.date(r.periodTo) })}</p>
          ) : null}
          <NbAccounts report={c.accounts} />
          <AuditorNote report={c.accounts} />
          <SignatureBlock ownerName={c.accounts.ownerName} leaderName={c.accounts.leaderName} />
        </section>
      ) : null}
      {nb ? <NbCredit funder={c.project.funder} /> : c.project.funder ? <p className="pr-funder-credit">{fill(S.plan.funderCredit, { funder: c.project.funder })}</p> : null}
    </div>
  );
}
