import type { GroupKind } from '../model/enums.js';
import type { ValueWords, Vocabulary } from './fieldValue.js';
import { formatDateTime } from '../rules/dates.js';
import { REPORT_LABELS } from './labels.js';

type Language = keyof typeof REPORT_LABELS;

/** The words outside the printouts' labels, per language. */
const WORDS = {
  nb: {
    empty: '(tomt)', yes: 'ja', no: 'nei', missingRecord: '(finnes ikke lenger)', score: 'risikoverdi',
    groupKind: { project_group: 'Prosjektgruppe', steering_group: 'Styringsgruppe', coordination_team: 'Koordineringsteam' },
    budgetLineType: { expense: 'Utgift', income: 'Inntekt' },
    lessonOutcome: { positive: 'Positiv', negative: 'Negativ' },
    changeEntryType: { change: 'Endring', deviation: 'Avvik' },
    zoneLabelSet: { plan: 'Prosjektplanens navn', dsb: 'DSBs navn' },
    statusReportType: { steering: 'Statusrapport til styringsgruppa', 'nb-yearly': 'Årlig statusrapport til Nasjonalbiblioteket', 'nb-final': 'Sluttrapport til Nasjonalbiblioteket' },
    reportLight: { green: 'Grønn', yellow: 'Gul', red: 'Rød' },
    fundingSource: { unspecified: 'Ikke angitt', own_contribution: 'Egeninnsats', grant: 'Tilskudd fra Nasjonalbiblioteket', other: 'Annen finansiering' },
  },
  en: {
    empty: '(empty)', yes: 'yes', no: 'no', missingRecord: '(no longer exists)', score: 'risk score',
    groupKind: { project_group: 'Project group', steering_group: 'Steering group', coordination_team: 'Coordination team' },
    budgetLineType: { expense: 'Expense', income: 'Income' },
    lessonOutcome: { positive: 'Positive', negative: 'Negative' },
    changeEntryType: { change: 'Change', deviation: 'Deviation' },
    zoneLabelSet: { plan: 'The project plan’s names', dsb: 'DSB’s names' },
    statusReportType: { steering: 'Status report to the steering group', 'nb-yearly': 'Yearly status report to Nasjonalbiblioteket', 'nb-final': 'Final report to Nasjonalbiblioteket' },
    reportLight: { green: 'Green', yellow: 'Yellow', red: 'Red' },
    fundingSource: { unspecified: 'Not specified', own_contribution: 'Own contribution', grant: 'Grant from Nasjonalbiblioteket', other: 'Other funding' },
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
    lessonOutcome: words.lessonOutcome,
    changeEntryType: words.changeEntryType,
    zoneLabelSet: words.zoneLabelSet,
    statusReportType: words.statusReportType,
    reportLight: words.reportLight,
    fundingSource: words.fundingSource,
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
