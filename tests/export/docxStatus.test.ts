import { beforeAll, describe, expect, it } from 'vitest';
import { exportWordDocument } from '../../electron/export/docx/wordExport.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';
import { openDocx, paragraphTexts, styledParagraphs, tables, type DocxParts } from './docxTools.js';

/** The status report as a Word file: the PDF's parts as Word headings, its tables as Word tables. */
describe('the status report as a Word document', () => {
  const temp = useTempDir();
  let wb: Workbook;
  let parts: DocxParts;

  beforeAll(async () => {
    wb = newWorkbook(temp.dir());
    const owner = wb.records.list('person')[0]!;
    const line = wb.records.list('budget-line').find((l) => l.fields.description === 'Prosjektledelse')!.id;
    wb.commands.create('budget-actual', { lineId: line, date: '2021-10-15', amount: 12500, note: 'Oktober' });
    wb.commands.create('risk', {
      number: 10, title: 'Nettsiden <script>alert(1)</script>', description: '', measures: 'Sjekk **innhold** og <b>merking</b>\n\n- tiltak a',
      probability: 5, consequence: 5, ownerId: owner.id,
    });
    wb.commands.create('action', { text: 'Sende <rapport> til NB', ownerId: owner.id, dueDate: '2022-01-01' });
    const file = await exportWordDocument(wb, { document: 'status', date: '2022-03-01' });
    expect(file.fileName).toBe('statusrapport-2022-03-01.docx');
    parts = await openDocx(file.bytes);
  }, 60_000);

  it('has the PDF\'s parts as Word headings', () => {
    expect(styledParagraphs(parts.document, 'Heading1')).toEqual(['Beste praksis for bibliotek og innbyggertorg']);
    expect(styledParagraphs(parts.document, 'Heading2')).toEqual([
      '1. Milepæler', '2. Økonomi: budsjett og regnskap per prosjektår', '3. Røde og gule risikoer', '4. Åpne og forfalte oppgaver',
    ]);
    expect(styledParagraphs(parts.document, 'Heading3')).toEqual(['Nådd', 'Forsinket']);
    expect(parts.core).toContain('<dc:title>Statusrapport 01.03.2022 – Beste praksis for bibliotek og innbyggertorg</dc:title>');
    expect(parts.core).toContain('<dc:language>nb-NO</dc:language>');
  });

  it('writes the budget as a table with amounts right-aligned, a group row across it and a bold sum row', () => {
    const budget = tables(parts.document).find((t) => t[0]![0] === 'Prosjektår')!;
    expect(budget[0]).toEqual(['Prosjektår', 'Budsjett', 'Regnskap', 'Gjenstår', 'Andel']);
    expect(budget[1]).toEqual(['Utgifter']);
    expect(budget[2]).toEqual(['Prosjektår 1 (01.09.2021–01.09.2022)', '1\u00a0170\u00a0000', '12\u00a0500', '1\u00a0157\u00a0500', '1 %']);
    expect(budget[4]).toEqual(['Totalt', '2\u00a0340\u00a0000', '12\u00a0500', '2\u00a0327\u00a0500', '1 %']);
    const xml = [...parts.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('Gjenstår'))!;
    expect(xml).toContain('<w:gridSpan w:val="5"/>');
    const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    const amount = [...rows[2]!.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0])[1]!;
    expect(amount).toContain('<w:jc w:val="right"/>');
    expect(rows[4]).toMatch(/Totalt[\s\S]*<w:b\/>|<w:b\/>[\s\S]*Totalt/);
  });

  it('lists the red and yellow risks with their measures as written, and the open action items', () => {
    const text = paragraphTexts(parts.document).join('\n');
    expect(text).toContain('Nettsiden <script>alert(1)</script>');
    expect(text).toContain('Sjekk innhold og <b>merking</b>');
    expect(text).toContain('Sende <rapport> til NB');
    expect(text).toContain('Forfalt');
    expect(text).toContain('Prosjektet er støttet med utviklingsmidler fra Nasjonalbiblioteket.');
  });
});
