import { PROPOSED_CRITERIA } from '../../shared/rules/riskCriteria';
import { LEVELS, matrixCells, type PlacedRisk } from '../../shared/rules/riskMatrix';
import type { ScaleLabels } from './RiskMatrixGrid';
import { S } from './strings';

/**
 * The plan's own matrix: consequence rows from «Veldig lav», probability
 * columns, each risk's number in its cell, as the project plan draws it.
 * Unlike the risk-matrix printout (RiskMatrixGrid) it has no zones, colours
 * or letters: the plan made no verdicts, and what is acceptable is the
 * municipality's to decide.
 * Once acceptance criteria are decided, PlanView draws RiskMatrixGrid with them instead.
 */
export function PlanRiskMatrix({ risks, labels }: { risks: readonly PlacedRisk[]; labels: ScaleLabels }) {
  // Cells only: their zones are not drawn here.
  const cells = matrixCells(risks, PROPOSED_CRITERIA.bands);
  const cellAt = (probability: number, consequence: number) =>
    cells.find((c) => c.probability === probability && c.consequence === consequence)!;
  return (
    <table className="pr-matrix pr-matrix-plan pr-matrix-plain">
      <colgroup>
        <col className="pr-matrix-axis-col" />
        <col className="pr-matrix-label-col" />
        {LEVELS.map((l) => <col key={l} className="pr-matrix-cell-col" />)}
      </colgroup>
      <thead>
        <tr>
          <td className="pr-matrix-corner" colSpan={2} rowSpan={2} />
          <th className="pr-matrix-axis pr-matrix-axis-x" colSpan={5} scope="colgroup">{S.matrix.probability}</th>
        </tr>
        <tr>
          {LEVELS.map((l) => (
            <th key={l} className="pr-matrix-label pr-matrix-label-x" scope="col">
              <span className="pr-matrix-level">{l}</span> {labels.probability[l - 1]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {LEVELS.map((consequence, i) => (
          <tr key={consequence}>
            {i === 0 ? (
              <th className="pr-matrix-axis pr-matrix-axis-y" rowSpan={5} scope="rowgroup"><span>{S.matrix.consequence}</span></th>
            ) : null}
            <th className="pr-matrix-label pr-matrix-label-y" scope="row">
              <span className="pr-matrix-level">{consequence}</span> {labels.consequence[consequence - 1]}
            </th>
            {LEVELS.map((probability) => (
              <td key={probability} className="pr-matrix-cell">
                <span className="pr-matrix-risks">
                  {cellAt(probability, consequence).risks.map((n) => <span key={n} className="pr-risk-chip">{n}</span>)}
                </span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
