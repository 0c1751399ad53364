import {
  AlignmentType, BorderStyle, Document, Footer, Packer, PageNumber, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
} from 'docx';
import type { DocumentModel } from '../../../shared/report/document.js';
import { wordBlocks } from './wordBlocks.js';
import { INK, PAGE, SMALL_SIZE, TEXT_WIDTH, wordNumbering, wordStyles } from './wordStyles.js';
import { writableText } from './wordText.js';

/**
 * A document model (shared/report/document.ts) as a .docx file: A4 portrait,
 * the footer with the project, the date and «Side n av m», the document's
 * language, and its title, subject, author and keywords in the file's
 * properties (docProps/core.xml, with dc:language, which the docx package does
 * not write itself).
 */
export async function writeDocx(model: DocumentModel, now: Date = new Date()): Promise<Buffer> {
  const { meta } = model;
  const doc = new Document({
    title: writableText(meta.title),
    subject: writableText(meta.subject),
    creator: meta.author,
    keywords: writableText(meta.keywords.join(', ')),
    styles: wordStyles(meta.language),
    numbering: wordNumbering(),
    sections: [{
      properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
      footers: { default: footer(model) },
      children: wordBlocks(model.blocks),
    }],
  });
  return Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(model, now) }]);
}

/** Room for «Side 12 av 12» (or «Page 12 of 12») at the footer's right. */
const PAGE_NUMBER_WIDTH = 1_500;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

/**
 * The footer as two cells of a borderless table: the project and dates wrap
 * in their own cell, and the page number keeps its place at the right. As one
 * line with a tab, a long project name pushed «Side 3 av 6» apart over two
 * lines (seen when LibreOffice laid the report out, tests/export/docxRendered.test.ts).
 */
function footer(model: DocumentModel): Footer {
  const small = { size: SMALL_SIZE, color: INK.muted };
  const cell = (width: number, paragraph: Paragraph) => new TableCell({ width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS, children: [paragraph] });
  return new Footer({
    children: [new Table({
      layout: TableLayoutType.FIXED,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [TEXT_WIDTH - PAGE_NUMBER_WIDTH, PAGE_NUMBER_WIDTH],
      borders: NO_BORDERS,
      rows: [new TableRow({
        children: [
          cell(TEXT_WIDTH - PAGE_NUMBER_WIDTH, new Paragraph({ children: [new TextRun({ text: writableText(model.footer.text), ...small })] })),
          cell(PAGE_NUMBER_WIDTH, new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [new TextRun({ children: [`${model.footer.page} `, PageNumber.CURRENT, ` ${model.footer.of} `, PageNumber.TOTAL_PAGES], ...small })],
          })),
        ],
      })],
    })],
  });
}

const escapeXml = (text: string) => writableText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The Dublin Core properties Word shows under File › Info, and the language a catalogue or an archive reads. */
export function coreXml(model: DocumentModel, now: Date): string {
  const { meta } = model;
  const stamp = new Date(Math.floor(now.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(meta.title)}</dc:title>`,
    `<dc:subject>${escapeXml(meta.subject)}</dc:subject>`,
    `<dc:creator>${escapeXml(meta.author)}</dc:creator>`,
    `<cp:keywords>${escapeXml(meta.keywords.join(', '))}</cp:keywords>`,
    `<dc:language>${escapeXml(meta.language)}</dc:language>`,
    `<cp:lastModifiedBy>${escapeXml(meta.author)}</cp:lastModifiedBy>`,
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}
