import { useTranslation } from 'react-i18next';
import type { Zone } from '../../../shared/rules/riskMatrix';
import { useRiskData } from './store';

export interface ScaleLabels {
  probability(level: number): string;
  consequence(level: number): string;
  zone(zone: Zone): string;
}

/**
 * The words for the five levels: the project's own (its probabilityLabels
 * and consequenceLabels), or the catalogue's while the project is loading.
 */
export function useScaleLabels(): ScaleLabels {
  const { t } = useTranslation();
  const probabilityLabels = useRiskData((s) => s.probabilityLabels);
  const consequenceLabels = useRiskData((s) => s.consequenceLabels);
  return {
    probability: (level) => probabilityLabels[level - 1] ?? t(`enums.probability.${level}`),
    consequence: (level) => consequenceLabels[level - 1] ?? t(`enums.consequence.${level}`),
    zone: (zone) => t(`enums.zone.${zone}`),
  };
}
