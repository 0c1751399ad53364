import { useTranslation } from 'react-i18next';
import type { Zone } from '../../../shared/rules/riskMatrix';
import { CONSEQUENCE_LABELS, PROBABILITY_LABELS } from '../../../shared/model/enums';
import { useRiskData } from './store';
import { useRiskCriteria, zoneWordKey } from './criteria';

function own(labels: readonly string[], plan: readonly string[], level: number): string | undefined {
  if (labels.length !== 5 || labels.every((w, i) => w === plan[i])) return undefined;
  return labels[level - 1];
}

export interface ScaleLabels {
  probability(level: number): string;
  consequence(level: number): string;
  zone(zone: Zone): string;
}

/**
 * The words for the five levels: the project's own (its probabilityLabels
 * and consequenceLabels) when the user has changed them, else the catalogue's
 * in the UI's language (the seed stores the plan's bokmål words; those are
 * the catalogue's bokmål, so they count as unchanged).
 */
export function useScaleLabels(): ScaleLabels {
  const { t } = useTranslation();
  const probabilityLabels = useRiskData((s) => s.probabilityLabels);
  const consequenceLabels = useRiskData((s) => s.consequenceLabels);
  const criteria = useRiskCriteria();
  return {
    probability: (level) => own(probabilityLabels, PROBABILITY_LABELS, level) ?? t(`enums.probability.${level}`),
    consequence: (level) => own(consequenceLabels, CONSEQUENCE_LABELS, level) ?? t(`enums.consequence.${level}`),
    zone: (zone) => t(zoneWordKey(zone, criteria.labels)),
  };
}
