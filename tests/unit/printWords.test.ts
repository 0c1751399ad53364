import { describe, expect, it } from 'vitest';
import { actionsSummaryLine, DOCUMENT_WORDS, fillWords } from '../../shared/report/documentWords.js';

/** The words the print views and the Word documents share (shared/report/documentWords.ts), counted in the right number. */
describe('the printouts\' shared words', () => {
  it('picks the singular for one and the plural otherwise', () => {
    expect(fillWords('{n} {n|lukket risiko|lukkede risikoer}', { n: 1 })).toBe('1 lukket risiko');
    expect(fillWords('{n} {n|lukket risiko|lukkede risikoer}', { n: 2 })).toBe('2 lukkede risikoer');
    expect(fillWords(DOCUMENT_WORDS.nb.status.summary, { reached: 1, total: 1, late: 0 })).toBe('1 av 1 milepæl er nådd, 0 er forsinket.');
    expect(fillWords(DOCUMENT_WORDS.en.status.summary, { reached: 2, total: 13, late: 3 })).toBe('2 of 13 milestones reached, 3 late.');
  });

  it('says the open action items in the right number, «ingen» when none is overdue, and nothing when none is open', () => {
    const nb = DOCUMENT_WORDS.nb.status;
    const en = DOCUMENT_WORDS.en.status;
    expect(actionsSummaryLine(nb, 1, 0)).toBe('1 åpen oppgave, ingen forfalt.');
    expect(actionsSummaryLine(nb, 3, 1)).toBe('3 åpne oppgaver, hvorav 1 forfalt.');
    expect(actionsSummaryLine(en, 1, 0)).toBe('1 open action item, none overdue.');
    expect(actionsSummaryLine(en, 2, 2)).toBe('2 open action items, 2 of them overdue.');
    expect(actionsSummaryLine(nb, 0, 0)).toBeNull();
  });
});
