import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';

/**
 * How the Word reports look: A4 with the print views' margins, one standard
 * typeface every Word and LibreOffice has (Calibri, or its metric twin
 * Carlito; Inter, the app's own face, is not on the reader's machine), Word's
 * own Heading 1–6 styles (so the navigation pane and a table of contents find
 * the headings), and bullets as a real Word list.
 */

/** Twentieths of a point per millimetre. */
const MM = 1440 / 25.4;
export const twip = (mm: number) => Math.round(mm * MM);

export const PAGE = {
  width: twip(210),
  height: twip(297),
  // The print views' @page margins: 20mm 18mm 22mm 22mm.
  margin: { top: twip(20), right: twip(18), bottom: twip(22), left: twip(22), footer: twip(10), header: twip(10) },
};
/** The width text runs in, between the side margins. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

export const FONT = { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'Calibri', cs: 'Arial' };
export const CODE_FONT = { ascii: 'Consolas', hAnsi: 'Consolas', eastAsia: 'Consolas', cs: 'Courier New' };

export const INK = { text: '1A1A1A', muted: '595959', rule: 'A6A6A6', headerFill: 'E7E9EE', sumFill: 'F2F3F5', link: '0B57D0' };

/** Half-points. */
const SIZE = { body: 21, small: 17, h1: 34, h2: 27, h3: 23, h4: 21 };

export const SMALL_SIZE = SIZE.small;

export function wordStyles(language: string): IStylesOptions {
  const headingStyle = (size: number, outlineLevel: number, before: number) => ({
    run: { font: FONT, size, bold: true, color: INK.text },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
  });
  return {
    default: {
      document: {
        // The language: Word's spelling and hyphenation, and screen readers, read the text as bokmål (or English).
        run: { font: FONT, size: SIZE.body, color: INK.text, language: { value: language, eastAsia: language, bidirectional: 'ar-SA' } },
        paragraph: { spacing: { after: 120, line: 264 } },
      },
      heading1: headingStyle(SIZE.h1, 0, 0),
      heading2: headingStyle(SIZE.h2, 1, 280),
      heading3: headingStyle(SIZE.h3, 2, 220),
      heading4: headingStyle(SIZE.h4, 3, 200),
      heading5: { ...headingStyle(SIZE.h4, 4, 160), run: { font: FONT, size: SIZE.h4, bold: true, italics: true, color: INK.text } },
      heading6: { ...headingStyle(SIZE.body, 5, 160), run: { font: FONT, size: SIZE.body, italics: true, color: INK.text } },
      hyperlink: { run: { color: INK.link, underline: {} } },
      listParagraph: { paragraph: { spacing: { after: 60 } } },
    },
  };
}

export const BULLETS = 'prosjektboka-bullets';

/** Bullets for nine levels of nesting, as Word's own list gallery draws them. */
export function wordNumbering(): INumberingOptions {
  const marks = ['•', '◦', '▪'];
  return {
    config: [{
      reference: BULLETS,
      levels: Array.from({ length: 9 }, (_, level) => ({
        level,
        format: LevelFormat.BULLET,
        text: marks[level % marks.length]!,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: twip(6 + 6 * level), hanging: twip(4.5) } } },
      })),
    }],
  };
}
