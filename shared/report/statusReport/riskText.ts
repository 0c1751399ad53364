import { fillWords } from '../documentWords.js';
import type { AssessmentVersion } from '../riskAssessed.js';
import type { ReportWords } from '../reportDocumentWords.js';
import type { RiskParts } from './risks.js';

type Words = Pick<ReportWords, 'risksNew' | 'risksNewFirst' | 'risksFirst' | 'risksFirstAll' | 'risksFirstAdded' | 'assessmentVersion' | 'assessmentNone'>;

/**
 * The sentences a status report prints under «Risiko» on the screen, in the PDF and in Word alike:
 * which assessment the register is as of («nr. 3 per 12.05.2022»), and, in a first report, once,
 * that every open risk is new (instead of listing the register twice), or that the register is the
 * start's and which were added after it (listed by number and title below the sentence).
 */
export function assessmentSentence(parts: RiskParts, words: Words, date: (iso: string) => string): string | null {
  if (parts.assessment === undefined) return null; // published before reports carried it
  return versionSentence(parts.assessment, words, date);
}

/** «Risikovurdering nr. 3 per 12.05.2022.», or that nothing was assessed yet (today's status printout too). */
export function versionSentence(version: AssessmentVersion | null, words: Pick<Words, 'assessmentVersion' | 'assessmentNone'>, date: (iso: string) => string): string {
  if (version === null) return words.assessmentNone;
  return fillWords(words.assessmentVersion, { number: String(version.number), date: date(version.on) });
}

/** A first report's one sentence for its new risks; null for a later report, which only lists them. */
export function firstReportSentence(parts: RiskParts, words: Words): string | null {
  if (!parts.first) return null;
  if (parts.added.length > 0) return words.risksFirst + words.risksFirstAdded;
  const open = parts.register.filter((r) => r.status !== 'closed').length;
  const all = open === 0 ? words.risksFirstAll.zero : open === 1 ? words.risksFirstAll.one : fillWords(words.risksFirstAll.other, { count: String(open) });
  return words.risksFirst + all;
}

/** The heading over the new risks: «Nye siden forrige rapport», or in a first report, which has none before it, «Nye risikoer». */
export function newRisksTitle(parts: RiskParts, words: Words): string {
  return parts.first ? words.risksNewFirst : words.risksNew;
}
