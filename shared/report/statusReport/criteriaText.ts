import { fillWords } from '../documentWords.js';
import type { ReportCriteria } from './content.js';

interface CriteriaWords {
  readonly criteriaDecided: string;
  readonly criteriaProposed: string;
  readonly criteriaChanged: string;
}

/**
 * The sentence a status report prints under «Risiko» (PDF and Word): which acceptance criteria
 * the risks' zones follow, since it is the municipality that decides what is acceptable.
 */
export function criteriaSentence(c: ReportCriteria, words: CriteriaWords, date: (iso: string) => string): string {
  if (c.decidedOn) return fillWords(words.criteriaDecided, { date: date(c.decidedOn), by: c.decidedBy || '–' });
  if (c.changedSince) return fillWords(words.criteriaChanged, { date: date(c.changedSince) });
  return words.criteriaProposed;
}
