import { todayIso } from '../../../shared/rules/dates';
import { assessRisk } from '../../data/mutations';
import type { MatrixView, Position } from './matrixModel';
import type { Risk } from './registerModel';

/**
 * Puts a risk in another cell as a dated assessment (today), before or after
 * measures. The other view's scores stay as they are.
 */
export function moveRisk(risk: Risk, to: Position, view: MatrixView, undoLabel: string, note?: string, editing?: string): Promise<string | null> {
  const scores = view === 'before'
    ? { probability: to.probability, consequence: to.consequence }
    : { residualProbability: to.probability, residualConsequence: to.consequence };
  return assessRisk({ riskId: risk.id, date: todayIso(), ...scores, ...(note ? { note } : {}), ...(editing ? { editing } : {}) }, undefined, undoLabel);
}

/**
 * Sets scores after measures, either of which may be "not assessed". Only
 * the scores given change; the workbook decides what the assessment carries.
 */
export function assessResidual(
  risk: Risk, residual: { probability?: number | null; consequence?: number | null }, undoLabel: string, editing?: string,
): Promise<string | null> {
  return assessRisk({
    riskId: risk.id,
    date: todayIso(),
    ...(residual.probability !== undefined ? { residualProbability: residual.probability } : {}),
    ...(residual.consequence !== undefined ? { residualConsequence: residual.consequence } : {}),
    ...(editing ? { editing } : {}),
  }, undefined, undoLabel);
}
