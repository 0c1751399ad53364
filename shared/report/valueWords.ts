import type { GroupKind } from '../model/enums.js';
import type { ValueWords, Vocabulary } from './fieldValue.js';
import { formatDateTime } from '../rules/dates.js';
import { ENUM_WORDS } from './enumWords.js';
import { REPORT_LABELS } from './labels.js';

type Language = keyof typeof REPORT_LABELS;

/** The words outside the printouts' labels, per language. */
const WORDS = {
  nb: {
    empty: '(tomt)', yes: 'ja', no: 'nei', missingRecord: '(finnes ikke lenger)', score: 'risikoverdi',
    groupKind: { project_group: 'Prosjektgruppe', steering_group: 'Styringsgruppe', coordination_team: 'Koordineringsteam' },
    budgetLineType: { expense: 'Utgift', income: 'Inntekt' },
  },
  en: {
    empty: '(empty)', yes: 'yes', no: 'no', missingRecord: '(no longer exists)', score: 'risk score',
    groupKind: { project_group: 'Project group', steering_group: 'Steering group', coordination_team: 'Coordination team' },
    budgetLineType: { expense: 'Expense', income: 'Income' },
  },
} as const satisfies Record<Language, { groupKind: Record<GroupKind, string>; [word: string]: unknown }>;

/**
 * The words values are shown with outside the app's screens (the command
 * line's conflicts), from the printouts' labels in that language; the screens
 * take theirs from the catalogues in the user's language.
 */
export function reportValueWords(lang: Language): ValueWords {
  const labels = REPORT_LABELS[lang];
  const words = WORDS[lang];
  const vocabulary: Readonly<Record<Vocabulary, Readonly<Record<string, string>>>> = {
    milestoneStatus: labels.milestoneStatus,
    riskStatus: labels.riskStatus,
    meetingType: labels.meetingType,
    actionStatus: labels.actionStatus,
    role: labels.role,
    budgetLineType: words.budgetLineType,
    groupKind: words.groupKind,
    ...ENUM_WORDS[lang],
  };
  return {
    empty: words.empty,
    yes: words.yes,
    no: words.no,
    missingRecord: words.missingRecord,
    enumLabel: (v, code) => vocabulary[v][code] ?? code,
    level: (scale, level) => (scale === 'probability' ? labels.probability : labels.consequence)[level - 1] ?? String(level),
    zone: (zone) => labels.zone[zone],
    riskScore: ({ score, probability, consequence, zone }) => `${words.score} ${score} (${probability} × ${consequence}): ${zone}`,
    dateTime: (iso) => formatDateTime(iso, lang),
  };
}
