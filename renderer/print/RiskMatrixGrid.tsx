import { CONSEQUENCE_LABELS, PROBABILITY_LABELS } from '../../shared/model/enums';
import type { RecordOf } from '../../shared/model/kinds';
import { scaleWords, zoneWords } from '../../shared/report/labels';
import type { Orientation } from '../../shared/report/printRoutes';
import { zoneScoreRange, type RiskCriteria } from '../../shared/rules/riskCriteria';
import { LEVELS, matrixCells, type Level, type PlacedRisk, type Zone } from '../../shared/rules/riskMatrix';
import { L, S, fill } from './strings';

export interface ScaleLabels {
  readonly probability: readonly string[];
  readonly consequence: readonly string[];
}

/** The project's own scale words (project.probabilityLabels / consequenceLabels), or the plan's. */
export function scaleLabels(project: RecordOf<'project'> | undefined): ScaleLabels {
  return {
    probability: scaleWords(project?.probabilityLabels, PROBABILITY_LABELS, L.probability),
    consequence: scaleWords(project?.consequenceLabels, CONSEQUENCE_LABELS, L.consequence),
  };
}

interface Axis {
  readonly title: string;
  readonly levels: readonly Level[];
  readonly labels: readonly string[];
}

/**
 * The 5 × 5 matrix as a table. Plan orientation: consequence rows from
 * "Veldig lav" at the top, probability columns. DSB orientation: probability
 * rows with the highest at the top, consequence columns. Each cell carries
 * its zone as colour, as a pattern that survives greyscale printing (none,
 * one hatching, cross-hatching), and as a letter (A, V, U; DSB's L, M, H)
 * that the legend explains, in the names the project's criteria chose.
 */
export function RiskMatrixGrid({
  risks, orientation, labels, caption, criteria,
}: { risks: readonly PlacedRisk[]; orientation: Orientation; labels: ScaleLabels; caption?: string; criteria: RiskCriteria }) {
  const cells = matrixCells(risks, criteria.bands);
  const cellAt = (probability: Level, consequence: Level) =>
    cells.find((c) => c.probability === probability && c.consequence === consequence)!;
  const probabilityAxis: Axis = { title: S.matrix.probability, levels: LEVELS, labels: labels.probability };
  const consequenceAxis: Axis = { title: S.matrix.consequence, levels: LEVELS, labels: labels.consequence };
  const rows: Axis = orientation === 'dsb' ? { ...probabilityAxis, levels: [...LEVELS].reverse() } : consequenceAxis;
  const cols: Axis = orientation === 'dsb' ? consequenceAxis : probabilityAxis;
  const cellFor = (row: Level, col: Level) => (orientation === 'dsb' ? cellAt(row, col) : cellAt(col, row));
  const words = zoneWords(L, criteria.labels);
  return (
    <table className={`pr-matrix pr-matrix-${orientation}`}>
      {caption ? <caption>{caption}</caption> : null}
      <colgroup>
        <col className="pr-matrix-axis-col" />
        <col className="pr-matrix-label-col" />
        {cols.levels.map((l) => <col key={l} className="pr-matrix-cell-col" />)}
      </colgroup>
      <thead>
        <tr>
          <td className="pr-matrix-corner" colSpan={2} rowSpan={2} />
          <th className="pr-matrix-axis pr-matrix-axis-x" colSpan={5} scope="colgroup">{cols.title}</th>
        </tr>
        <tr>
          {cols.levels.map((l) => (
            <th key={l} className="pr-matrix-label pr-matrix-label-x" scope="col">
              <span className="pr-matrix-level">{l}</span> {cols.labels[l - 1]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.levels.map((row, i) => (
          <tr key={row}>
            {i === 0 ? (
              <th className="pr-matrix-axis pr-matrix-axis-y" rowSpan={5} scope="rowgroup">
                <span>{rows.title}</span>
              </th>
            ) : null}
            <th className="pr-matrix-label pr-matrix-label-y" scope="row">
              <span className="pr-matrix-level">{row}</span> {rows.labels[row - 1]}
            </th>
            {cols.levels.map((col) => {
              const cell = cellFor(row, col);
              return (
                <td key={col} className={`pr-matrix-cell pr-zone-${cell.zone}`}>
                  <span className="pr-zone-mark" title={words.zone[cell.zone]}>{words.short[cell.zone]}</span>
                  <span className="pr-matrix-risks">
                    {cell.risks.map((n) => <span key={n} className="pr-risk-chip">{n}</span>)}
                  </span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The written legend: swatch with the same pattern, the letter, and the zone's meaning, each zone's
 * scores; «Soner (forslag)» while the criteria are not decided.
 */
export function ZoneLegend({ criteria }: { criteria: RiskCriteria }) {
  const zones: Zone[] = ['green', 'yellow', 'red'];
  const range = (z: Zone) => zoneScoreRange(z, criteria.bands) ?? { from: '–', to: '–' };
  const words = zoneWords(L, criteria.labels);
  return (
    <div className="pr-zone-legend">
      <span className="pr-zone-legend-title">{criteria.decision ? S.matrix.legend : S.matrix.legendProposed}:</span>
      {zones.map((z) => (
        <span key={z} className="pr-zone-legend-item">
          <span className={`pr-zone-swatch pr-zone-${z}`}><span className="pr-zone-swatch-letter">{words.short[z]}</span></span> {words.zone[z]}{' '}
          <span className="pr-zone-range">({fill(S.matrix.zoneRange, range(z))})</span>
        </span>
      ))}
    </div>
  );
}
