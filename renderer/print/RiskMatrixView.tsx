import { useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { riskRows } from '../../shared/report/derived';
import { riskCriteria } from '../../shared/rules/riskCriteria';
import type { Orientation } from '../../shared/report/printRoutes';
import { footerLine, keywordsOf, PageStyle, projectTitle, reportDate, usePrintReady } from './common';
import { RiskList } from './RiskList';
import { RiskMatrixGrid, ZoneLegend, scaleLabels } from './RiskMatrixGrid';
import { D, S, fill } from './strings';
import { usePrintData } from './usePrintData';
import { PrintFailure, PrintLoading } from './PrintStatus';

/**
 * Steps from roomy to dense. The view renders at step 0, measures whether
 * the sheet's content fits its fixed A4-landscape box, and moves one step
 * denser until it does: smaller type, the risk list in more columns, smaller
 * matrix cells. The screen layout of the sheet is the printed layout (the
 * sheet is sized in mm, the page has no margins of its own), so what fits
 * when measured fits on paper. Nothing is cut: the last step is only a floor.
 */
const DENSITIES = [
  { font: 9, cols: 1, cellW: 24, cellH: 24, label: 22 },
  { font: 8.5, cols: 1, cellW: 22, cellH: 21, label: 21 },
  { font: 8, cols: 1, cellW: 20, cellH: 18, label: 20 },
  { font: 8, cols: 2, cellW: 18, cellH: 17, label: 19 },
  { font: 7.5, cols: 2, cellW: 17, cellH: 16, label: 18 },
  { font: 7, cols: 2, cellW: 16, cellH: 15, label: 18 },
  { font: 6.5, cols: 2, cellW: 15, cellH: 14, label: 17 },
  { font: 6.5, cols: 3, cellW: 14, cellH: 13, label: 16 },
  { font: 6, cols: 3, cellW: 13, cellH: 12, label: 16 },
  { font: 5.5, cols: 3, cellW: 12, cellH: 11, label: 15 },
  { font: 5, cols: 3, cellW: 11, cellH: 10, label: 14 },
] as const;

/** Width of the axis-title column of the matrix, in mm. */
const AXIS_W = 5;

export function RiskMatrixView({ orientation, date }: { orientation: Orientation; date?: string }) {
  const load = usePrintData(['project', 'risk', 'person']);
  const [step, setStep] = useState(0);
  const [fitted, setFitted] = useState(false);
  const [zoom, setZoom] = useState(1);
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
    return {
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
    if (zoom !== 1) {
      setFitted(true);
      return;
    }
    // How much of what is needed fits: below 1 the sheet is too tall somewhere, or
    // the risk list spills into an extra column to the right.
    const cols = [...body.querySelectorAll('.pr-sheet-col')];
    const list = body.querySelector('.pr-risk-list');
    const ratio = Math.min(
      ...[body, ...cols].map((el) => el.clientHeight / el.scrollHeight),
      list ? list.clientWidth / list.scrollWidth : 1,
    );
    if (ratio >= 1) setFitted(true);
    // Nearly there, or out of steps: shrink the columns' content evenly rather than cut anything off.
    else if (ratio >= 0.93 || step === DENSITIES.length - 1) setZoom(Math.max(0.3, ratio * 0.985));
    else setStep(step + 1);
  }, [view, step, fitted, zoom]);

  usePrintReady(fitted, view?.meta);

  if (load.state === 'loading') return <PrintLoading />;
  if (load.state === 'failed') return <PrintFailure error={load.error} />;
  const v = view!;
  const d = DENSITIES[step]!;
  const pair = v.after !== undefined;
  const matrixWidth = AXIS_W + d.label + 5 * d.cellW;
  const style = {
    '--list-font': `${d.font}pt`,
    '--list-cols': d.cols,
    '--cell-h': `${pair ? Math.max(7, Math.round(d.cellH * 0.6)) : d.cellH}mm`,
    '--cell-w': `${d.cellW}mm`,
    '--label-w': `${d.label}mm`,
    '--axis-w': `${AXIS_W}mm`,
    '--matrix-w': `${matrixWidth + 2}mm`,
    '--matrix-font': `${Math.min(8.5, d.font)}pt`,
    '--fit-zoom': zoom,
  } as CSSProperties;

  return (
    <div className="pdoc pr-sheet pr-sheet-landscape" style={style} data-density={step} data-zoom={zoom}>
      <PageStyle orientation="landscape" margin="0" />
      <header className="pr-sheet-header">
        <div>
          <h1>{S.matrix.title}</h1>
          <p className="pr-sheet-project">{projectTitle(v.project)}</p>
        </div>
        <div className="pr-sheet-header-right">
          <p>{orientation === 'dsb' ? S.matrix.orientationDsb : S.matrix.orientationPlan}</p>
          <p>{S.common.printed} {D.localDate(printedOn)}</p>
          <p className="pr-criteria-status">
            {v.criteria.decision
              ? fill(S.matrix.criteriaDecided, { date: D.date(v.criteria.decision.on), by: v.decidedBy || '–' })
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
            <RiskList risks={v.risks} />
          </div>
        </div>
      </div>
      <footer className="pr-sheet-footer">{v.footer}</footer>
    </div>
  );
}
