import type { ChangeEntryType, FundingSource, LessonOutcome, ReportLight, StatusReportType } from '../model/enums.js';
import type { ZoneLabelSet } from '../rules/riskCriteria.js';

type Words<T extends string> = Readonly<Record<T, string>>;

export interface EnumWords {
  readonly lessonOutcome: Words<LessonOutcome>;
  readonly changeEntryType: Words<ChangeEntryType>;
  readonly zoneLabelSet: Words<ZoneLabelSet>;
  readonly statusReportType: Words<StatusReportType>;
  readonly reportLight: Words<ReportLight>;
  readonly fundingSource: Words<FundingSource>;
}

/**
 * The words of the closed vocabularies the screens and the command line name
 * alike, written once: the renderer's catalogues (renderer/i18n) spread them
 * into their `enums`, and shared/report/valueWords.ts reads them for the CLI.
 */
export const ENUM_WORDS: Readonly<Record<'nb' | 'en', EnumWords>> = {
  nb: {
    lessonOutcome: { positive: 'Positiv', negative: 'Negativ' },
    changeEntryType: { change: 'Endring', deviation: 'Avvik' },
    zoneLabelSet: { plan: 'Prosjektplanens navn', dsb: 'DSBs navn' },
    statusReportType: { steering: 'Statusrapport til styringsgruppa', 'nb-yearly': 'Årlig statusrapport til Nasjonalbiblioteket', 'nb-final': 'Sluttrapport til Nasjonalbiblioteket' },
    reportLight: { green: 'Grønn', yellow: 'Gul', red: 'Rød' },
    fundingSource: { unspecified: 'Ikke angitt', own_contribution: 'Egeninnsats', grant: 'Tilskudd fra Nasjonalbiblioteket', other: 'Annen finansiering' },
  },
  en: {
    lessonOutcome: { positive: 'Positive', negative: 'Negative' },
    changeEntryType: { change: 'Change', deviation: 'Deviation' },
    zoneLabelSet: { plan: 'The project plan’s names', dsb: 'DSB’s names' },
    statusReportType: { steering: 'Status report to the steering group', 'nb-yearly': 'Yearly status report to Nasjonalbiblioteket', 'nb-final': 'Final report to Nasjonalbiblioteket' },
    reportLight: { green: 'Green', yellow: 'Yellow', red: 'Red' },
    fundingSource: { unspecified: 'Not specified', own_contribution: 'Own contribution', grant: 'Grant from Nasjonalbiblioteket', other: 'Other funding' },
  },
};
