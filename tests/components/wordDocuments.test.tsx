import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarkdownText } from '../../renderer/components/Markdown';
import { printStrings } from '../../renderer/print/strings';
import { documentText, type DocumentBlock } from '../../shared/report/document';
import { DOCUMENT_WORDS } from '../../shared/report/documentWords';
import { markdownBlocks } from '../../shared/report/markdownDocument';

/**
 * The Word documents say what the PDFs say: the same words (the print views'
 * catalogue is the renderer's, so the Node side keeps its twin in
 * shared/report/documentWords.ts), and Markdown read into the same text the
 * app's Markdown view shows.
 */
/** The words of the møtereferat's parts (shared/report/minutesDocument and renderer/print/MinutesParts). */
const MINUTES_PARTS: readonly string[] = [
  'type', 'date', 'time', 'timeRange', 'place', 'digital', 'group', 'chair', 'secretary', 'present', 'absent', 'nobody',
  'copyTo', 'agenda', 'minutes', 'empty', 'caseNumber', 'decision', 'noCaseText', 'decisions', 'otherDecisions',
  'followUp', 'action', 'owner', 'due', 'status', 'nextMeeting', 'notSet', 'approval', 'approvedLine', 'approvedOnLine',
  'approvedByLine', 'notApproved', 'notGiven', 'archiveRef',
];

describe('Word documents and their PDFs', () => {
  it('use the print views\' words in both languages', () => {
    let compared = 0;
    for (const lang of ['nb', 'en'] as const) {
      const print = printStrings[lang] as unknown as Record<string, Record<string, string>>;
      for (const [section, entries] of Object.entries(DOCUMENT_WORDS[lang])) {
        const printed = section === 'risk' ? print.matrix : print[section];
        for (const [key, value] of Object.entries(entries)) {
          const twin = key === 'funderCredit' ? print.plan!.funderCredit : printed?.[key];
          if (twin === undefined) continue;
          expect({ lang, section, key, value }).toEqual({ lang, section, key, value: twin });
          compared++;
        }
      }
    }
    // Nearly every word has its printed twin (the rest are the Word documents' own).
    expect(compared).toBeGreaterThan(155);
  });

  it('says every part of the minutes as the printed møtereferat does (no minutes word is the Word file\'s own)', () => {
    for (const lang of ['nb', 'en'] as const) {
      const printed = (printStrings[lang] as unknown as Record<string, Record<string, string>>).meeting!;
      const words = DOCUMENT_WORDS[lang].meeting as Record<string, string>;
      for (const key of MINUTES_PARTS) expect({ lang, key, word: words[key] }).toEqual({ lang, key, word: printed[key] });
      // Every word the Word minutes use is checked, so a new one cannot slip past without its printed twin.
      expect(Object.keys(words).filter((k) => !['title', 'subject'].includes(k) && !MINUTES_PARTS.includes(k))).toEqual([]);
    }
  });

  const letters = (text: string) => text.replace(/\s+/g, '');
  const texts: readonly string[] = [
    'Frist: <ikke avklart>.\n\n<div>\nblokk\n</div>\n\n- Ansvar: <b>Ina</b>',
    '<script>window.hacked = 1</script>\n\nTekst <img src=x onerror="window.hacked=2">',
    '# Sak 1\n\n**Vedtak:** _enstemmig_ ~~utsatt~~ `kode`\n\n> sitat\n\n1. en\n2. to\n   - under',
    '| Tiltak | Beløp |\n|---|--:|\n| Kurs | 12 500 |\n| <i>Reise</i> | 3 000 |',
    '[NB](https://www.nb.no) [skript](javascript:alert(1)) [vedlegg](rapport.pdf) ![kart](https://example.org/kart.png)',
    '- [x] ferdig\n- [ ] ikke\n\nשלום עולם &amp; &lt;tegn&gt; \\*stjerne\\*',
    'Fotnote[^1].\n\n[^1]: Kilden.',
  ];

  it.each(texts)('reads Markdown to the letters the app shows: %s', (text) => {
    const shown = render(<MarkdownText text={text} />).container.textContent ?? '';
    const blocks: DocumentBlock[] = markdownBlocks(text);
    const written = documentText(blocks);
    if (text.includes('[^1]')) {
      // The PDF gathers footnotes at the end with a back-link arrow; the Word file keeps each note where it was written.
      for (const part of ['Fotnote', 'Kilden.']) expect(written).toContain(part);
      return;
    }
    // Task boxes are drawn as checkboxes on screen and as ☑/☐ in Word; ordered lists' numbers are CSS on screen.
    const wordLetters = letters(written).replace(/[☑☐]/g, '');
    expect(wordLetters).toBe(letters(shown));
  });
});
