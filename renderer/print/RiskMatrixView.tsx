import { useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { riskRows } from '../../shared/report/derived';
import { riskCriteria } from '../../shared/rules/riskCriteria';
import type { Orientation } from '../../shared/report/printRoutes';
import { assessmentVersion, riskAssessedDates } from '../../shared/report/riskAssessed';
import { footerLine, keywordsOf, PageStyle, projectTitle, reportDate, usePrintReady } from './common';
import { RiskList } from './RiskList';
import { RiskMatrixGrid, ZoneLegend, scaleLabels } from './RiskMatrixGrid';
import { D, S, fill } from './strings';
import { usePrintData } from './usePrintData';
import { PrintFailure, PrintLoading } from './PrintStatus';

/**
 * Steps from roomy to dense for the risk list. The view renders at step 0,
 * measures whether the sheet's content fits its fixed A4-landscape box, and
 * moves one step denser until it does: smaller type, the list in more
 * columns. The matrix keeps its size at every step (risk numbers 14 pt, to be
 * read across a meeting table). The screen layout of the sheet is the printed
 * layout (the sheet is sized in mm, the page has no margins of its own), so
 * what fits when measured fits on paper. When even the last step does not
 * fit (many risks, long titles), the sheet gives up its one page: the
 * matrices stay on the first page and the list flows on over as many pages
 * as it needs, in readable type. Nothing is cut and nothing is shrunk to fit.
 */
const DENSITIES = [
  { font: 9, cols: 1 },
  { font: 8.5, cols: 1 },
  { font: 8, cols: 1 },
  { font: 8, cols: 2 },
  { font: 7.5, cols: 2 },
  { font: 7, cols: 2 },
  { font: 7, cols: 3 },
] as const;

/** The list's type and columns once it flows over several pages. */
const FLOWING = { font: 8, cols: 3 } as const;

/** The matrix, in mm: axis-title column, level-label column, one cell (width; height alone and as a pair). */
const MATRIX = { axis: 5, label: 20, cellW: 22, cellH: 17, cellHPair: 10.5 } as const;

/** The page's margins when the list flows over pages (the one-page sheet has its own padding). */
const FLOW_MARGIN = '9mm 11mm 13mm 11mm';

export function RiskMatrixView({ orientation, date }: { orientation: Orientation; date?: string }) {
  const load = usePrintData(['project', 'risk', 'person', 'risk-assessment']);
  const [step, setStep] = useState(0);
  const [fitted, setFitted] = useState(false);
  const [flowing, setFlowing] = useState(false);
  const bodyRef = useRef<HTMLDivElement>(null);
  const printedOn = useMemo(() => reportDate(date), [date]);

  const view = useMemo(() => {
    if (load.state !== 'ready') return undefined;
    const { snapshot, info } = load.data;
    const project = snapshot.project[0];
    const all = riskRows(snapshot);
    const criteria = riskCriteria(project);
    const risks = all.filter((r) => r.status !== 'closed');
    const residual = risks.filter((r) => r.residual !== null);
    const assessed = riskAssessedDates(snapshot, risks.map((r) => r.id));
    return {
      assessed,
      // Which assessment the sheet shows: «nr. 3» = the third day any risk was assessed (derived, not stored).
      version: assessmentVersion(snapshot, assessed.latest),
      project,
      criteria,
      decidedBy: [
        criteria.decision?.byId ? snapshot.person.find((p) => p.id === criteria.decision!.byId)?.name : undefined,
        criteria.decision?.by,
      ].filter(Boolean).join(', '),
      risks,
      closed: all.length - risks.length,
      before: risks.map((r) => ({ number: r.number, probability: r.probability, consequence: r.consequence })),
      after: residual.length > 0
        ? residual.map((r) => ({ number: r.number, probability: r.residual!.probability, consequence: r.residual!.consequence }))
        : undefined,
      withoutResidual: risks.length - residual.length,
      labels: scaleLabels(project),
      footer: footerLine(project, printedOn, info.lastChange),
      meta: { title: `${S.matrix.title} – ${projectTitle(project)}`, subject: S.matrix.subject, keywords: keywordsOf(project) },
    };
  }, [load, printedOn]);

  useLayoutEffect(() => {
    if (!view || fitted) return;
    const body = bodyRef.current;
    if (!body) return;
    if (flowing) {
      setFitted(true);
      return;
    }
    // Does everything fit? Not when the sheet is too tall somewhere, or the risk list
    // spills into an extra column to the right, or a word runs past its column.
    const cols = [...body.querySelectorAll('.pr-sheet-col')];
    const list = body.querySelector('.pr-risk-list');
    const fits = [body, ...cols].every((el) => el.scrollHeight <= el.clientHeight)
      && (!list || list.scrollWidth <= list.clientWidth);
    if (fits) setFitted(true);
    else if (step < DENSITIES.length - 1) setStep(step + 1);
    else setFlowing(true);
  }, [view, step, fitted, flowing]);

  usePrintReady(fitted, view?.meta);

  if (load.state === 'loading') return <PrintLoading />;
  if (load.state === 'failed') return <PrintFailure error={load.error} />;
  const v = view!;
  const d = flowing ? FLOWING : DENSITIES[step]!;
  const pair = v.after !== undefined;
  const matrixWidth = MATRIX.axis + MATRIX.label + 5 * MATRIX.cellW;
  const style = {
    '--list-font': `${d.font}pt`,
    '--list-cols': d.cols,
    '--cell-h': `${pair ? MATRIX.cellHPair : MATRIX.cellH}mm`,
    '--cell-w': `${MATRIX.cellW}mm`,
    '--label-w': `${MATRIX.label}mm`,
    '--axis-w': `${MATRIX.axis}mm`,
    '--matrix-w': `${matrixWidth + 2}mm`,
  } as CSSProperties;
  const assessedLine = v.version ? fill(S.matrix.assessedOn, { number: String(v.version.number), date: D.date(v.version.on) }) : S.matrix.notAssessed;

  return (
    <div className={`pdoc pr-sheet pr-sheet-landscape${flowing ? ' pr-sheet-flowing' : ''}`} style={style} data-density={flowing ? 'flowing' : step}>
      {flowing
        ? <PageStyle orientation="landscape" margin={FLOW_MARGIN} footer={v.footer} pageNumbers />
        : <PageStyle orientation="landscape" margin="0" />}
      <header className="pr-sheet-header">
        <div>
          <h1>{S.matrix.title}</h1>
          <p className="pr-sheet-project">{projectTitle(v.project)}</p>
        </div>
        <div className="pr-sheet-header-right">
          <p>{orientation === 'dsb' ? S.matrix.orientationDsb : S.matrix.orientationPlan}</p>
          <p className="pr-assessed-on">{assessedLine}</p>
          <p>{S.common.printed} {D.localDate(printedOn)}</p>
          <p className="pr-criteria-status">
            {v.criteria.decision
              ? fill(S.matrix.criteriaDecided, { date: D.date(v.criteria.decision.on), by: v.decidedBy || '–' })
              : v.criteria.changedSinceDecision && v.project?.riskCriteriaDecidedOn
                ? fill(S.matrix.criteriaChanged, { date: D.date(v.project.riskCriteriaDecidedOn) })
                : S.matrix.criteriaProposed}
          </p>
        </div>
      </header>
      <div className="pr-sheet-body" ref={bodyRef}>
        <div className="pr-sheet-col">
          <div className={`pr-sheet-fit pr-sheet-matrices${pair ? ' pr-sheet-matrices-pair' : ''}`}>
            <RiskMatrixGrid risks={v.before} orientation={orientation} labels={v.labels} criteria={v.criteria} caption={pair ? S.matrix.before : undefined} />
            {v.after ? <RiskMatrixGrid risks={v.after} orientation={orientation} labels={v.labels} criteria={v.criteria} caption={S.matrix.after} /> : null}
            <ZoneLegend criteria={v.criteria} />
            <p className="pr-sheet-note">
              {S.matrix.scoreNote}.
              {pair && v.withoutResidual > 0 ? ` ${fill(S.matrix.withoutResidual, { n: v.withoutResidual })}` : ''}
              {v.closed > 0 ? ` ${fill(S.matrix.closedOmitted, { n: v.closed })}` : ''}
            </p>
          </div>
        </div>
        <div className="pr-sheet-col pr-sheet-list">
          <div className="pr-sheet-fit">
            <h2 className="pr-sheet-list-title">{S.matrix.risks} ({v.risks.length})</h2>
            <RiskList risks={v.risks} labels={v.criteria.labels} assessed={v.assessed.byRisk} />
          </div>
        </div>
      </div>
      {flowing ? null : <footer className="pr-sheet-footer">{v.footer}</footer>}
    </div>
  );
}
