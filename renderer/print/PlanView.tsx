import { useMemo, type ReactNode } from 'react';
import type { RecordOf } from '../../shared/model/kinds';
import { budgetReport, milestoneRows, riskRows } from '../../shared/report/derived';
import { planChapters, type PlanBlock, type PlanChapter } from '../../shared/report/planChapters';
import { numberedBulletsAsList, titlePageDescription } from '../../shared/report/planPrint';
import { isoLocalDate } from '../../shared/report/dates';
import { byId, type WorkbookSnapshot } from '../../shared/report/snapshot';
import { footerLine, keywordsOf, PageStyle, projectTitle, Prose, reportDate, usePrintReady } from './common';
import {
  BudgetTable, GoalsTable, MilestoneTable, OrganisationTable, ResponsibilityTable, RiskRegisterTable,
} from './PlanTables';
import { PrintFailure, PrintLoading } from './PrintStatus';
import { PlanRiskMatrix } from './PlanRiskMatrix';
import { RiskMatrixGrid, scaleLabels, ZoneLegend } from './RiskMatrixGrid';
import { riskCriteria } from '../../shared/rules/riskCriteria';
import { D, S, fill } from './strings';
import { usePlanContents } from './usePlanContents';
import { usePrintData } from './usePrintData';
import './plan.css';

type BlockKey = PlanBlock;
type Chapter = PlanChapter;

/** The titles of the plan's parts when they get a chapter of their own (numbering: shared/report/planChapters.ts), in the printout's language. */
const blockTitles = (): Record<PlanBlock, string> => ({
  goals: S.plan.goals, organisation: S.plan.organisation, responsibilities: S.plan.responsibilities,
  milestones: S.plan.milestones, budget: S.plan.budget, risks: S.plan.risk,
});

export function PlanView({ toc: route, date }: { toc?: readonly number[]; date?: string }) {
  const toc = usePlanContents(route, date);
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
  // The page numbers come from a first rendering: the print engine's own (CLI, the app, «Lagre som PDF»), or one
  // asked of the API for a plan opened in a browser (usePlanContents); until then, or without one, links only.
  const numbered = toc !== undefined;
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
        return <section key={key} className="pr-block pr-keep-whole"><OrganisationTable s={s} /></section>;
      case 'responsibilities':
        return <section key={key} className="pr-block"><ResponsibilityTable s={s} /></section>;
      case 'milestones':
      {
        // A plan prints what was planned: the milestones' own status words, never lateness judged on the day of printing.
        const rows = milestoneRows(s, isoLocalDate(printedOn));
        return <section key={key} className="pr-block"><MilestoneTable rows={rows} lateness={false} showStatus={rows.some((m) => m.status !== 'planned')} /></section>;
      }
      case 'budget':
        return (
          <section key={key} className="pr-block pr-keep-whole">
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
      <nav className={`pr-toc${numbered ? '' : ' pr-toc-unnumbered'}`} aria-labelledby="toc-title">
        <h2 id="toc-title" className="pr-toc-title">{S.plan.contents}</h2>
        <ol>
          {chapters.map((c, i) => (
            <li key={c.key}>
              {/* A link to the chapter's heading: Chromium writes it into the PDF as a link to a named destination. */}
              <a href={`#${chapterAnchor(i)}`} onClick={(e) => {
                // On screen the address's hash is the print route: move to the chapter without changing it.
                e.preventDefault();
                document.getElementById(chapterAnchor(i))?.scrollIntoView();
              }}>
                <span className="pr-toc-text">{c.title}</span>
                <span className="pr-toc-dots" aria-hidden="true" />
                <span className="pr-toc-page">{toc && toc[i] ? toc[i] : ''}</span>
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {chapters.map((c, i) => (
        <section key={c.key} className="pr-chapter" aria-labelledby={chapterAnchor(i)}>
          <h2 id={chapterAnchor(i)} data-toc-title={c.title}>{c.title}</h2>
          <Prose text={numberedBulletsAsList(c.body)} />
          {c.blocks.map((k) => block(k, c))}
        </section>
      ))}
    </div>
  );
}

/** The id of a chapter's heading, which its contents entry links to. */
const chapterAnchor = (index: number) => `plan-chapter-${index + 1}`;

function TitlePage({ s, project, printedOn, lastChange }: {
  s: WorkbookSnapshot; project: RecordOf<'project'> | undefined; printedOn: Date; lastChange: string | null;
}) {
  const people = byId(s.person);
  const owner = project?.ownerId ? people.get(project.ownerId)?.name : undefined;
  const leader = project?.leaderId ? people.get(project.leaderId)?.name : undefined;
  const changed = D.stamp(lastChange);
  // The introduction once: not here when a section says it already.
  const description = titlePageDescription(project, s.section);
  return (
    <section className="pr-title-page">
      <p className="pr-title-kicker">{S.plan.title}</p>
      <h1>{projectTitle(project)}</h1>
      {project?.parties?.length ? <p className="pr-title-parties">{project.parties.join(' · ')}</p> : null}
      {description ? <div className="pr-title-desc"><Prose text={description} /></div> : null}
      <dl className="pr-title-facts">
        {/* The parties stand under the title already: not again here. */}
        {owner ? <><dt>{S.plan.owner}</dt><dd>{owner}</dd></> : null}
        {leader ? <><dt>{S.plan.leader}</dt><dd>{leader}</dd></> : null}
        {project?.startDate ? <><dt>{S.plan.period}</dt><dd>{D.date(project.startDate)}–{D.date(project.endDate)}</dd></> : null}
        {project?.planVersion ? <><dt>{S.plan.version}</dt><dd>{project.planVersion}</dd></> : null}
        {/* Which plan this is: approved on a date, or said plainly not (yet) to be. */}
        {project?.approvedDate
          ? <><dt>{S.plan.approved}</dt><dd>{D.date(project.approvedDate)}</dd></>
          : <><dt>{S.plan.planStatus}</dt><dd>{S.plan.notApproved}</dd></>}
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
  const criteria = riskCriteria(project);
  return (
    <section className="pr-block">
      <h3>{S.plan.riskRegister}</h3>
      <RiskRegisterTable risks={risks} />
      <p className="pr-small pr-muted">
        {S.plan.probabilityShort} = {S.matrix.probability.toLowerCase()}, {S.plan.consequenceShort} = {S.matrix.consequence.toLowerCase()}. {S.matrix.scoreNote}.
      </p>
      <div className="pr-plan-matrix">
        <h3>{S.plan.riskMatrix}</h3>
        {criteria.decision ? (
          // Decided acceptance criteria are the municipality's own verdicts: the plan may show them.
          <>
            <RiskMatrixGrid risks={risks} orientation="plan" labels={scaleLabels(project)} criteria={criteria} />
            <ZoneLegend criteria={criteria} />
          </>
        ) : <PlanRiskMatrix risks={risks} labels={scaleLabels(project)} />}
      </div>
    </section>
  );
}
