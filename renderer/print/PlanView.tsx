import { useMemo, type ReactNode } from 'react';
import type { RecordOf } from '../../shared/model/kinds';
import { budgetReport, milestoneRows, riskRows } from '../../shared/report/derived';
import { isoLocalDate } from '../../shared/report/dates';
import { planChapters, type PlanBlock, type PlanChapter } from '../../shared/report/planChapters';
import { byId, type WorkbookSnapshot } from '../../shared/report/snapshot';
import { footerLine, keywordsOf, PageStyle, projectTitle, Prose, reportDate, usePrintReady } from './common';
import {
  BudgetTable, GoalsTable, MilestoneTable, OrganisationTable, ResponsibilityTable, RiskRegisterTable,
} from './PlanTables';
import { PrintFailure, PrintLoading } from './PrintStatus';
import { RiskMatrixGrid, ZoneLegend, scaleLabels } from './RiskMatrixGrid';
import { D, S, fill } from './strings';
import { riskCriteria } from '../../shared/rules/riskCriteria';
import { usePrintData } from './usePrintData';

type BlockKey = PlanBlock;
type Chapter = PlanChapter;

/** The titles of the plan's parts when they get a chapter of their own (numbering: shared/report/planChapters.ts), in the printout's language. */
const blockTitles = (): Record<PlanBlock, string> => ({
  goals: S.plan.goals, organisation: S.plan.organisation, responsibilities: S.plan.responsibilities,
  milestones: S.plan.milestones, budget: S.plan.budget, risks: S.plan.risk,
});

export function PlanView({ toc, date }: { toc?: readonly number[]; date?: string }) {
  const load = usePrintData([
    'project', 'period', 'section', 'goal', 'group', 'person', 'role', 'milestone', 'budget-line', 'budget-plan', 'budget-actual', 'risk',
  ]);
  const printedOn = useMemo(() => reportDate(date), [date]);
  const view = useMemo(() => {
    if (load.state !== 'ready') return undefined;
    const { snapshot: s, info } = load.data;
    const project = s.project[0];
    return {
      s,
      project,
      lastChange: info.lastChange,
      chapters: planChapters(s.section, blockTitles()),
      footer: footerLine(project, printedOn, info.lastChange),
      meta: { title: `${S.plan.title} – ${projectTitle(project)}`, subject: S.plan.subject, keywords: keywordsOf(project) },
    };
  }, [load, printedOn]);
  usePrintReady(view !== undefined, view?.meta);

  if (load.state === 'loading') return <PrintLoading />;
  if (load.state === 'failed') return <PrintFailure error={load.error} />;
  const { s, project, chapters, footer, lastChange } = view!;
  const today = isoLocalDate(printedOn);
  const block = (key: BlockKey, chapter: Chapter): ReactNode => {
    switch (key) {
      case 'goals': {
        // The plan's own text may already list the goals; print them once.
        const listed = s.goal.every((g) => chapter.body.includes(g.text));
        return listed || s.goal.length === 0 ? null : (
          <section key={key} className="pr-block"><h3>{S.plan.goals}</h3><GoalsTable goals={s.goal} /></section>
        );
      }
      case 'organisation':
        return <section key={key} className="pr-block"><OrganisationTable s={s} /></section>;
      case 'responsibilities':
        return <section key={key} className="pr-block"><ResponsibilityTable s={s} /></section>;
      case 'milestones':
        return <section key={key} className="pr-block"><MilestoneTable rows={milestoneRows(s, today)} /></section>;
      case 'budget':
        return (
          <section key={key} className="pr-block">
            <BudgetTable b={budgetReport(s)} />
            <p className="pr-small pr-muted">{S.budget.wholeKroner}</p>
          </section>
        );
      case 'risks':
        return <RiskBlock key={key} s={s} project={project} />;
    }
  };

  return (
    <div className="pdoc pr-pdoc-flow">
      <PageStyle orientation="portrait" margin="20mm 18mm 22mm 22mm" footer={footer} pageNumbers bareFirstPage />
      <TitlePage s={s} project={project} printedOn={printedOn} lastChange={lastChange} />
      <nav className="pr-toc" aria-labelledby="toc-title">
        <h2 id="toc-title" className="pr-toc-title">{S.plan.contents}</h2>
        <ol>
          {chapters.map((c, i) => (
            <li key={c.key}>
              <span className="pr-toc-text">{c.title}</span>
              <span className="pr-toc-dots" aria-hidden="true" />
              <span className="pr-toc-page">{toc && toc[i] ? toc[i] : ''}</span>
            </li>
          ))}
        </ol>
      </nav>
      {chapters.map((c, i) => (
        <section key={c.key} className={`pr-chapter${i === 0 ? ' pr-chapter-first' : ''}`}>
          <h2 data-toc-title={c.title}>{c.title}</h2>
          <Prose text={c.body} />
          {c.blocks.map((k) => block(k, c))}
        </section>
      ))}
    </div>
  );
}

function TitlePage({ s, project, printedOn, lastChange }: {
  s: WorkbookSnapshot; project: RecordOf<'project'> | undefined; printedOn: Date; lastChange: string | null;
}) {
  const people = byId(s.person);
  const owner = project?.ownerId ? people.get(project.ownerId)?.name : undefined;
  const leader = project?.leaderId ? people.get(project.leaderId)?.name : undefined;
  const changed = D.stamp(lastChange);
  return (
    <section className="pr-title-page">
      <p className="pr-title-kicker">{S.plan.title}</p>
      <h1>{projectTitle(project)}</h1>
      {project?.parties?.length ? <p className="pr-title-parties">{project.parties.join(' · ')}</p> : null}
      {project?.shortDescription ? <div className="pr-title-desc"><Prose text={project.shortDescription} /></div> : null}
      <dl className="pr-title-facts">
        {project?.parties?.length ? <><dt>{S.plan.parties}</dt><dd>{project.parties.join(', ')}</dd></> : null}
        {owner ? <><dt>{S.plan.owner}</dt><dd>{owner}</dd></> : null}
        {leader ? <><dt>{S.plan.leader}</dt><dd>{leader}</dd></> : null}
        {project?.startDate ? <><dt>{S.plan.period}</dt><dd>{D.date(project.startDate)}–{D.date(project.endDate)}</dd></> : null}
      </dl>
      {project?.funder ? <p className="pr-funder-credit">{fill(S.plan.funderCredit, { funder: project.funder })}</p> : null}
      <p className="pr-title-printed">
        {S.common.printed} {D.localDate(printedOn)}{changed ? ` · ${S.common.lastChange} ${changed}` : ''}
      </p>
    </section>
  );
}

function RiskBlock({ s, project }: { s: WorkbookSnapshot; project: RecordOf<'project'> | undefined }) {
  const risks = riskRows(s);
  return (
    <section className="pr-block">
      <h3>{S.plan.riskRegister}</h3>
      <RiskRegisterTable risks={risks} />
      <p className="pr-small pr-muted">S = {S.matrix.probability.toLowerCase()}, K = {S.matrix.consequence.toLowerCase()}. {S.matrix.scoreNote}.</p>
      <div className="pr-plan-matrix">
        <h3>{S.plan.riskMatrix}</h3>
        <RiskMatrixGrid risks={risks} orientation="plan" labels={scaleLabels(project)} criteria={riskCriteria(project)} />
        <ZoneLegend criteria={riskCriteria(project)} />
      </div>
    </section>
  );
}
