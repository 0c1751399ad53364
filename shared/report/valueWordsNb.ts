import { CONSEQUENCE_LABELS, PROBABILITY_LABELS, type GroupKind } from '../model/enums.js';
import type { ValueWords, Vocabulary } from './fieldValue.js';
import {
  ACTION_STATUS_LABELS, BUDGET_TYPE_LABELS, MEETING_TYPE_LABELS, MILESTONE_STATUS_LABELS, RISK_STATUS_LABELS, ROLE_LABELS, ZONE_LABELS,
} from './labels.js';

const GROUP_KIND_LABELS: Readonly<Record<GroupKind, string>> = {
  project_group: 'Prosjektgruppe',
  steering_group: 'Styringsgruppe',
  coordination_team: 'Koordineringsteam',
};

const VOCABULARY_LABELS: Readonly<Record<Vocabulary, Readonly<Record<string, string>>>> = {
  milestoneStatus: MILESTONE_STATUS_LABELS,
  riskStatus: RISK_STATUS_LABELS,
  meetingType: MEETING_TYPE_LABELS,
  actionStatus: ACTION_STATUS_LABELS,
  role: ROLE_LABELS,
  budgetLineType: BUDGET_TYPE_LABELS,
  groupKind: GROUP_KIND_LABELS,
};

/**
 * The Norwegian words values are shown with outside the app's screens (the
 * command line), from the printouts' labels; the screens take theirs from
 * the catalogues in the user's language.
 */
export const NB_VALUE_WORDS: ValueWords = {
  empty: '(tomt)',
  yes: 'ja',
  no: 'nei',
  missingRecord: '(finnes ikke lenger)',
  enumLabel: (vocabulary, code) => VOCABULARY_LABELS[vocabulary][code] ?? code,
  level: (scale, level) => (scale === 'probability' ? PROBABILITY_LABELS : CONSEQUENCE_LABELS)[level - 1] ?? String(level),
  zone: (zone) => ZONE_LABELS[zone],
  riskScore: ({ score, probability, consequence, zone }) => `risikoverdi ${score} (${probability} × ${consequence}): ${zone}`,
};
