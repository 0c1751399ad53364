import { REPORT_DOCUMENT_WORDS, type ReportWords } from '../../../shared/report/reportDocumentWords';
import { printLanguage } from '../strings';

/**
 * The status report printout's own words in the printout's language (the shared print words are in
 * ../strings.ts). Written once in shared/report/reportDocumentWords.ts, which the Word document reads too.
 */
export function reportWords(): ReportWords {
  return REPORT_DOCUMENT_WORDS[printLanguage];
}
