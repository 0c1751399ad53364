import { useMemo } from 'react';
import { riskCriteria, type RiskCriteria, type Zone, type ZoneLabelSet } from '../../../shared/rules/riskCriteria';
import { useRiskData } from './store';

/** The project's acceptance criteria, as the register, the matrix and the editor place risks by them. */
export function useRiskCriteria(): RiskCriteria {
  const project = useRiskData((s) => s.project);
  return useMemo(() => riskCriteria(project), [project]);
}

/** The catalogue key of a zone's name in the chosen words: the plan's (enums.zone) or DSB's (enums.zoneDsb). */
export function zoneWordKey(zone: Zone, labels: ZoneLabelSet): string {
  return labels === 'dsb' ? `enums.zoneDsb.${zone}` : `enums.zone.${zone}`;
}
