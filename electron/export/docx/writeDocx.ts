import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, Tab, TabStopType, TextRun } from 'docx';
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

function footer(model: DocumentModel): Footer {
  const small = { size: SMALL_SIZE, color: INK.muted };
  return new Footer({
    children: [new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      children: [
        new TextRun({ text: writableText(model.footer.text), ...small }),
        new TextRun({ children: [new Tab(), `${model.footer.page} `, PageNumber.CURRENT, ` ${model.footer.of} `, PageNumber.TOTAL_PAGES], ...small }),
      ],
      alignment: AlignmentType.LEFT,
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
