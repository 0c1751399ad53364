import { useMemo, type ReactNode } from 'react';
import type { RecordOf } from '../../shared/model/kinds';
import { budgetReport, milestoneRows, riskRows } from '../../shared/report/derived';
import { isoLocalDate } from '../../shared/report/dates';
import { byId, type WorkbookSnapshot } from '../../shared/report/snapshot';
import { footerLine, keywordsOf, PageStyle, projectTitle, Prose, reportDate, usePrintReady } from './common';
import {
  BudgetTable, GoalsTable, MilestoneTable, OrganisationTable, ResponsibilityTable, RiskRegisterTable,
} from './PlanTables';
import { PrintFailure, PrintLoading } from './PrintStatus';
import { RiskMatrixGrid, ZoneLegend, scaleLabels } from './RiskMatrixGrid';
import { D, S, fill } from './strings';
import { usePrintData } from './usePrintData';

type BlockKey = 'goals' | 'organisation' | 'responsibilities' | 'milestones' | 'budget' | 'risks';

/**
 * The plan's structured parts and the section each belongs to. A part goes
 * under the section whose title matches (so "3. Prosjektorganisering" gets
 * the organisation table); a part with no such section becomes a chapter of
 * its own, numbered as in the project plan when the sections are numbered.
 */
const BLOCKS: readonly { key: BlockKey; match: RegExp; number: number; title: 'goals' | 'organisation' | 'responsibilities' | 'milestones' | 'budget' | 'risk' }[] = [
  { key: 'goals', match: /\bmål\b/i, number: 2, title: 'goals' },
  { key: 'organisation', match: /organis/i, number: 3, title: 'organisation' },
  { key: 'responsibilities', match: /ansvar/i, number: 4, title: 'responsibilities' },
  { key: 'milestones', match: /milep|fremdrift/i, number: 6, title: 'milestones' },
  { key: 'budget', match: /budsj|økonomi/i, number: 7, title: 'budget' },
  { key: 'risks', match: /risiko/i, number: 8, title: 'risk' },
];

interface Chapter {
  readonly key: string;
  readonly title: string;
  readonly body: string;
  readonly blocks: BlockKey[];
}

const leadingNumber = (title: string) => {
  const m = /^\s*(\d+)[.)]/.exec(title);
  return m ? Number(m[1]) : undefined;
};

export function planChapters(sections: readonly RecordOf<'section'>[]): Chapter[] {
  const chapters: Chapter[] = [...sections]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((s) => ({ key: s.id, title: s.title, body: s.body, blocks: [] }));
  const numbered = chapters.some((c) => leadingNumber(c.title) !== undefined);
  for (const block of BLOCKS) {
    const home = chapters.find((c) => block.match.test(c.title));
    if (home) {
      home.blocks.push(block.key);
      continue;
    }
    const title = S.plan[block.title];
    const own: Chapter = { key: block.key, title: numbered ? `${block.number}. ${title}` : title, body: '', blocks: [block.key] };
    const before = numbered ? chapters.findIndex((c) => (leadingNumber(c.title) ?? -1) > block.number) : -1;
    if (before < 0) chapters.push(own);
    else chapters.splice(before, 0, own);
  }
  return chapters;
}

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
      chapters: planChapters(s.section),
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
        <RiskMatrixGrid risks={risks} orientation="plan" labels={scaleLabels(project)} />
        <ZoneLegend />
      </div>
    </section>
  );
}
