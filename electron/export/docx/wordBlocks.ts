import {
  AlignmentType, BorderStyle, ExternalHyperlink, HeadingLevel as WordHeading, PageBreak, Paragraph, ShadingType, Tab,
  Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
  type IParagraphOptions, type ParagraphChild,
} from 'docx';
import type { ColumnAlign, DocumentBlock, DocumentRun, DocumentTableRow } from '../../../shared/report/document.js';
import { BULLETS, CODE_FONT, INK, SMALL_SIZE, TEXT_WIDTH, twip } from './wordStyles.js';
import { readsRightToLeft, textLines, writableText } from './wordText.js';

/** A document block as Word paragraphs and tables (electron/export/docx/writeDocx.ts puts them on pages). */
export type WordBlock = Paragraph | Table;

interface Place {
  /** Extra left indent in twips (a quote, the paragraphs after a list item's first). */
  readonly indent: number;
  /** The width the block has, in twips: tables share it among their columns. */
  readonly width: number;
  /** Cell text's alignment. */
  readonly align?: ColumnAlign;
  /** Inside a table cell: a heading there (from a risk's measures) is bold text, not an entry of the navigation pane. */
  readonly inCell?: boolean;
}

const HEADINGS = [WordHeading.HEADING_1, WordHeading.HEADING_2, WordHeading.HEADING_3, WordHeading.HEADING_4, WordHeading.HEADING_5, WordHeading.HEADING_6] as const;
const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

export function wordBlocks(blocks: readonly DocumentBlock[], place: Place = { indent: 0, width: TEXT_WIDTH }): WordBlock[] {
  return blocks.flatMap((b, i) => {
    const out = wordBlock(b, place);
    // Two tables with nothing between are one table to Word and LibreOffice: the second's rows ran on under
    // the first's header (the income under «Utgifter» when the table broke across a page). A small empty
    // paragraph keeps them apart, as the PDF does.
    return b.type === 'table' && blocks[i + 1]?.type === 'table' ? [...out, new Paragraph({ spacing: { before: 0, after: 0 }, children: [] })] : out;
  });
}

function wordBlock(b: DocumentBlock, place: Place): WordBlock[] {
  switch (b.type) {
    case 'heading':
      if (place.inCell) return [textParagraph(b.runs.map((r) => ({ ...r, bold: true })), place, {})];
      return [textParagraph(b.runs, place, { heading: HEADINGS[b.level - 1] })];
    case 'paragraph':
      return [textParagraph(b.runs, place, {}, b.tone)];
    case 'list':
      return listParagraphs(b, place, 0);
    case 'quote':
      return wordBlocks(b.blocks, { ...place, indent: place.indent + twip(6), width: place.width - twip(6) }).map((p) => p);
    case 'code':
      return [new Paragraph({
        indent: place.indent ? { left: place.indent } : undefined,
        shading: { type: ShadingType.CLEAR, fill: INK.sumFill, color: 'auto' },
        children: textRuns([{ text: b.text, code: true }]),
      })];
    case 'rule':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: INK.rule, space: 1 } }, children: [] })];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'table':
      return [wordTable(b.columns, b.rows, place)];
  }
}

function plainText(runs: readonly DocumentRun[]): string {
  return runs.map((r) => r.text).join('');
}

function textParagraph(runs: readonly DocumentRun[], place: Place, options: IParagraphOptions, tone?: 'muted' | 'small'): Paragraph {
  return new Paragraph({
    ...options,
    bidirectional: readsRightToLeft(plainText(runs)) || undefined,
    alignment: place.align ? ALIGN[place.align] : undefined,
    indent: place.indent ? { left: place.indent } : options.indent,
    children: textRuns(runs, tone),
  });
}

/** Runs as Word runs: line breaks kept as breaks, links as hyperlinks (already checked by shared/report/document's link()). */
export function textRuns(runs: readonly DocumentRun[], tone?: 'muted' | 'small'): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const r of runs) {
    const pieces = textLines(writableText(r.text)).map((line, i) => new TextRun({
      text: line,
      break: i > 0 ? 1 : undefined,
      bold: r.bold,
      italics: r.italic,
      strike: r.strike,
      font: r.code ? CODE_FONT : undefined,
      style: r.link ? 'Hyperlink' : undefined,
      color: tone ? INK.muted : undefined,
      size: tone === 'small' ? SMALL_SIZE : undefined,
    }));
    out.push(...(r.link ? [new ExternalHyperlink({ link: r.link, children: pieces })] : pieces));
  }
  return out;
}

/**
 * A list: bullets as Word's own list (so Word continues it as a list), an
 * ordered list with the numbers as written («3.», not Word's renumbering)
 * and a hanging indent that looks the same.
 */
function listParagraphs(list: Extract<DocumentBlock, { type: 'list' }>, place: Place, level: number): WordBlock[] {
  const out: WordBlock[] = [];
  const itemIndent = place.indent + twip(6 + 6 * level);
  list.items.forEach((item, i) => {
    item.forEach((block, j) => {
      if (block.type === 'list') {
        out.push(...listParagraphs(block, place, level + 1));
        return;
      }
      if (j === 0 && block.type === 'paragraph') {
        const number = list.ordered ? `${(list.start ?? 1) + i}.` : '';
        out.push(new Paragraph({
          bidirectional: readsRightToLeft(plainText(block.runs)) || undefined,
          ...(list.ordered
            ? { indent: { left: itemIndent, hanging: twip(6) } }
            : { numbering: { reference: BULLETS, level: Math.min(level, 8) }, indent: place.indent ? { left: itemIndent, hanging: twip(4.5) } : undefined }),
          spacing: { after: 60 },
          children: [...(number ? [new TextRun({ children: [number, new Tab()] })] : []), ...textRuns(block.runs, block.tone)],
        }));
        return;
      }
      // The item's later paragraphs (or a first block that is not one) line up with its text.
      out.push(...wordBlock(block, { ...place, indent: itemIndent, width: place.width - itemIndent }));
    });
  });
  return out;
}

/** Characters a row may hold and still be kept whole on one page: a few lines in every cell. */
const SHORT_ROW = 600;

function textLength(blocks: readonly DocumentBlock[]): number {
  let n = 0;
  for (const b of blocks) {
    if (b.type === 'heading' || b.type === 'paragraph') n += plainText(b.runs).length;
    else if (b.type === 'code') n += b.text.length;
    else if (b.type === 'quote') n += textLength(b.blocks);
    else if (b.type === 'list') for (const item of b.items) n += textLength(item);
    else if (b.type === 'table') for (const row of b.rows) for (const cell of row.cells) n += textLength(cell);
  }
  return n;
}

/**
 * A table as Word draws tables: fixed column widths over the text width (so a
 * 2 000-character word wraps inside its cell instead of widening the table
 * off the page), a header row that repeats on every page, amounts
 * right-aligned, sum and group rows bold.
 */
function wordTable(columns: readonly { header: string; align?: ColumnAlign; width?: number }[], rows: readonly DocumentTableRow[], place: Place): Table {
  const weights = columns.map((c) => c.width ?? 1);
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((w) => Math.max(400, Math.floor((place.width * w) / total)));
  const cellMargins = { top: 40, bottom: 40, left: 80, right: 80 };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      margins: cellMargins,
      shading: { type: ShadingType.CLEAR, fill: INK.headerFill, color: 'auto' },
      children: [textParagraph([{ text: c.header, bold: true }], { indent: 0, width: widths[i]!, align: c.align }, {})],
    })),
  });
  const body = rows.map((row) => new TableRow({
    // A short row is kept whole: split at a page break, it left its bottom padding as an empty row at the
    // top of the next page. A long one (a 2 000-character word) may split, since Word clips a row kept
    // whole that is taller than the page.
    cantSplit: row.emphasis !== undefined || row.cells.reduce((n, blocks) => n + textLength(blocks), 0) <= SHORT_ROW,
    children: (row.cells.length === 1 && columns.length > 1 ? [columns[0]!] : columns).map((c, i, shown) => {
      const spans = shown.length === 1 && columns.length > 1;
      const width = spans ? widths.reduce((a, b) => a + b, 0) : widths[i]!;
      const blocks = row.cells[i] ?? [];
      const emphasised = row.emphasis ? blocks.map((b) => (b.type === 'paragraph' ? { ...b, runs: b.runs.map((r) => ({ ...r, bold: true })) } : b)) : blocks;
      const content = wordBlocks(emphasised, { indent: 0, width: width - 160, align: spans ? 'left' : c.align, inCell: true });
      return new TableCell({
        width: { size: width, type: WidthType.DXA },
        columnSpan: spans ? columns.length : undefined,
        margins: cellMargins,
        shading: row.emphasis ? { type: ShadingType.CLEAR, fill: INK.sumFill, color: 'auto' } : undefined,
        // A Word cell must end in a paragraph.
        children: content.length && content[content.length - 1] instanceof Paragraph ? content : [...content, new Paragraph({ children: [] })],
      });
    }),
  }));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    indent: place.indent ? { size: place.indent, type: WidthType.DXA } : undefined,
    rows: [header, ...body],
  });
}
