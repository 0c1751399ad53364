import { todayIso } from '../../../shared/rules/dates';
import { assessRisk } from '../../data/mutations';
import type { MatrixView, Position } from './matrixModel';
import type { Risk } from './registerModel';

/**
 * Puts a risk in another cell as a dated assessment (today), before or after
 * measures. The other view's scores stay as they are.
 */
export function moveRisk(risk: Risk, to: Position, view: MatrixView, undoLabel: string, note?: string): Promise<string> {
  const before = {
    probability: risk.probability,
    consequence: risk.consequence,
    residualProbability: risk.residualProbability,
    residualConsequence: risk.residualConsequence,
  };
  const scores = view === 'before'
    ? { probability: to.probability, consequence: to.consequence }
    : { probability: risk.probability, consequence: risk.consequence, residualProbability: to.probability, residualConsequence: to.consequence };
  return assessRisk({ riskId: risk.id, date: todayIso(), ...scores, ...(note ? { note } : {}) }, before, undoLabel);
}

/** Sets the scores after measures, either of which may be "not assessed". */
export function assessResidual(risk: Risk, residual: { probability: number | null; consequence: number | null }, undoLabel: string): Promise<string> {
  const before = {
    probability: risk.probability,
    consequence: risk.consequence,
    residualProbability: risk.residualProbability,
    residualConsequence: risk.residualConsequence,
  };
  return assessRisk({
    riskId: risk.id,
    date: todayIso(),
    probability: risk.probability,
    consequence: risk.consequence,
    residualProbability: residual.probability,
    residualConsequence: residual.consequence,
  }, before, undoLabel);
}
