import { beforeAll, describe, expect, it } from 'vitest';
import { exportWordDocument } from '../../electron/export/docx/wordExport.js';
import { publishStatusReport } from '../../electron/workbook/statusReportPublish.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { decisionFields, riskCriteria } from '../../shared/rules/riskCriteria.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';
import { openDocx, paragraphTexts, styledParagraphs, tables, type DocxParts } from './docxTools.js';

/**
 * A status report record as a Word file, opened as Word opens it: Nasjonalbiblioteket's final
 * report with its parts as headings, the derived parts and the accounts as Word tables (per
 * project year and for the whole project, a comment under each deviation), the 40 % check, the
 * auditor note, the signature block and NB's credit; the steering group's report without NB's
 * parts; a published report as it was published.
 */
describe('a status report record as a Word document', () => {
  const temp = useTempDir();
  let wb: Workbook;
  let finalId = '';
  let steeringId = '';
  let parts: DocxParts;
  let fileName = '';

  beforeAll(async () => {
    wb = newWorkbook(temp.dir());
    const lines = wb.records.list('budget-line');
    const line = (name: string) => lines.find((l) => (l.fields.description as string).startsWith(name))!.id;
    wb.commands.create('budget-actual', { lineId: line('Prosjektledelse'), date: '2022-06-30', amount: 318_500, note: '' });
    wb.commands.create('budget-actual', { lineId: line('Prosjektledelse'), date: '2023-06-30', amount: 318_500, note: '' });
    wb.commands.create('budget-actual', { lineId: line('Innbyggerundersøkelser'), date: '2022-03-01', amount: 262_000, note: '' });
    wb.commands.create('budget-actual', { lineId: line('Egeninnsats'), date: '2022-08-31', amount: 470_000, note: '' });
    wb.commands.create('budget-actual', { lineId: line('Egeninnsats'), date: '2023-08-30', amount: 470_000, note: '' });
    wb.commands.create('budget-actual', { lineId: line('Søknadssum'), date: '2021-09-15', amount: 1_400_000, note: '' });
    const project = wb.records.list('project')[0]!;
    wb.commands.update('project', project.id, decisionFields(riskCriteria(project.fields as Parameters<typeof riskCriteria>[0]), '2021-10-01', null, 'Styringsgruppa'));
    wb.commands.update('budget-line', line('Innbyggerundersøkelser'), { deviationComment: 'Byrået krevde to runder; <b>godkjent</b> 14.02.2022.' });
    finalId = wb.commands.create('status-report', {
      type: 'nb-final', title: 'Sluttrapport <script>x</script>', periodFrom: '2021-09-01', periodTo: '2023-08-31',
      overallStatus: 'green', statusReason: 'Prosjektet er **gjennomført**.', summary: 'Veilederen er ferdig.',
      partComments: { budget: 'Merforbruket på undersøkelser er dekket.' },
      nbResults: 'En veileder for bibliotek og innbyggertorg.', nbTargetGroups: 'Innbyggere i Drammen og Indre Østfold.',
    });
    steeringId = wb.commands.create('status-report', {
      type: 'steering', title: 'Status mars', periodFrom: '2022-01-01', periodTo: '2022-03-31', overallStatus: 'yellow',
    });
    const file = await exportWordDocument(wb, { document: 'report', id: finalId });
    fileName = file.fileName;
    parts = await openDocx(file.bytes);
  }, 60_000);

  it('is named for the report and says what it is in its properties', () => {
    expect(fileName).toBe('sluttrapport-nb-2023-08-31.docx');
    expect(parts.core).toContain('<dc:title>Sluttrapport &lt;script&gt;x&lt;/script&gt; – Beste praksis for bibliotek og innbyggertorg</dc:title>');
    expect(parts.core).toContain('<dc:subject>Sluttrapport til Nasjonalbiblioteket</dc:subject>');
  });

  it('has the printout\'s parts as Word headings, numbered as in the PDF; a final report has no next period', () => {
    expect(styledParagraphs(parts.document, 'Heading1')).toEqual(['Sluttrapport <script>x</script>']);
    expect(styledParagraphs(parts.document, 'Heading2')).toEqual([
      '1. Samlet status', '2. Fremdrift per mål', '3. Milepæler', '4. Budsjett per linje', '5. Risiko', '6. Åpne og forfalte oppgaver',
      '7. Åpne synkkonflikter', '8. Beslutninger som trengs', '9. Nasjonalbibliotekets rapportdeler', '10. Regnskap',
    ]);
    expect(styledParagraphs(parts.document, 'Heading3').some((h) => h.startsWith('Neste periode'))).toBe(false);
    const h3 = styledParagraphs(parts.document, 'Heading3');
    for (const h of ['Sammendrag', 'Nådd i perioden', 'Resultater', 'Måloppnåelse', 'Målgrupper', 'Oppfølging av føringer i tildelingsbrevet',
      'Utgifter', 'Inntekter og finansiering', 'Egeninnsats', 'Underskrift']) expect(h3, h).toContain(h);
  });

  it('writes the leader\'s text, Markdown read as the app shows it', () => {
    const text = paragraphTexts(parts.document).join('\n');
    for (const words of ['Grønn', 'Prosjektet er gjennomført.', 'Veilederen er ferdig.', 'En veileder for bibliotek og innbyggertorg.',
      'Innbyggere i Drammen og Indre Østfold.', 'Kommentar:', 'Merforbruket på undersøkelser er dekket.', 'Ikke skrevet.',
      'Sonene følger akseptkriteriene vedtatt 01.10.2021 av Styringsgruppa.']) {
      expect(text, words).toContain(words);
    }
  });

  it('lists each risk once in a first report: the register, with one sentence that all are new, and which assessment it is', () => {
    const text = paragraphTexts(parts.document).join('\n');
    expect(styledParagraphs(parts.document, 'Heading3')).toContain('Nye risikoer');
    expect(text).toContain('Første rapport, ingen tidligere rapport å sammenligne med: alle de 9 åpne risikoene er nye.');
    expect(text).toContain('Risikovurdering nr. 1 per 01.09.2021.');
    const cells = tables(parts.document).flat(2);
    expect(cells.filter((c) => c === 'Mangel på forståelse og eierskap hos ansatte')).toHaveLength(1);
    expect(paragraphTexts(parts.document).filter((p) => p.includes('Mangel på forståelse og eierskap hos ansatte'))).toHaveLength(1);
  });

  it('writes the accounts per budget line as tables: each year, the whole project, and a comment under each deviation', () => {
    const expenses = tables(parts.document).find((t) => t[0]![0] === 'Budsjettpost' && t.some((r) => r[0] === 'Prosjektledelse'))!;
    expect(expenses[0]).toEqual(['Budsjettpost', 'Budsjett', 'Regnskap', 'Avvik', 'Andel']);
    expect(expenses[1]).toEqual(['Prosjektår 1 (01.09.2021–01.09.2022)']);
    const kr = (s: string) => s.replace(/ /g, '\u00a0');
    expect(expenses).toContainEqual(['Innbyggerundersøkelser', kr('200 000 kr'), kr('262 000 kr'), kr('+62 000 kr'), '']);
    const whole = expenses.findIndex((r) => r[0] === 'Hele prosjektet');
    expect(whole).toBeGreaterThan(1);
    const after = expenses.slice(whole);
    expect(after).toContainEqual(['Prosjektledelse', kr('637 000 kr'), kr('637 000 kr'), kr('0 kr'), '27,2 %']);
    expect(after).toContainEqual(['Kommentar til avvik: Byrået krevde to runder; <b>godkjent</b> 14.02.2022.']);
    expect(after).toContainEqual(['Kommentar til avvik: Avviket mangler kommentar.']);
    expect(after.at(-1)).toEqual(['Sum', kr('2 340 000 kr'), kr('899 000 kr'), kr('−1 441 000 kr'), '100 %']);
    const income = tables(parts.document).find((t) => t.some((r) => r[0] === 'Søknadssum til Nasjonalbiblioteket'))!;
    expect(income.at(-1)![0]).toBe('Sum');
  });

  it('ends with the 40 % check, the auditor note, the signature block and NB\'s credit', () => {
    const text = paragraphTexts(parts.document).join('\n').replace(/\u00a0/g, ' ');
    for (const words of [
      'Egeninnsats i budsjettet: 940 000 kr av 2 340 000 kr (40,2 %). Kravet om minst 40 % egeninnsats er oppfylt.',
      'Tilskuddet er 1 400 000 kr, som er 400 000 kr eller mer: regnskapet skal være revisorattestert.', 'Revisors attestasjon',
      'Avvik over 10 % og minst 20 000 kr skal kommenteres',
      'Jørgen Hovde', 'Ina Synøve Borsheim', 'Signatur', 'Prosjektet er støttet av Nasjonalbiblioteket.',
    ]) expect(text, words).toContain(words);
    const signature = tables(parts.document).find((t) => t[0]![0] === 'Prosjekteier')!;
    expect(signature[0]).toEqual(['Prosjekteier', 'Prosjektleder']);
    expect(signature[1]![0]).toMatch(/^Sted: _+$/);
    expect(signature[1]![1]).toMatch(/^Dato: _+$/);
    expect(text).not.toMatch(/undefined|NaN/);
  });

  it('the steering group\'s report has no NB parts and no accounts', async () => {
    const steering = await openDocx((await exportWordDocument(wb, { document: 'report', id: steeringId })).bytes);
    const h2 = styledParagraphs(steering.document, 'Heading2');
    expect(h2.at(-1)).toBe('9. Planer for neste periode');
    expect(paragraphTexts(steering.document)).toContain('Prosjektet er støttet med utviklingsmidler fra Nasjonalbiblioteket.');
    expect(paragraphTexts(steering.document).join('\n')).not.toContain('Regnskap');
  });

  it('a published report is written as it was published, in English when asked', async () => {
    publishStatusReport(wb, finalId);
    const line = wb.records.list('budget-line').find((l) => (l.fields.description as string).startsWith('Konferanse'))!.id;
    wb.commands.update('budget-line', line, { deviationComment: 'Skrevet etter publisering.' });
    const en = await openDocx((await exportWordDocument(wb, { document: 'report', id: finalId, lang: 'en' })).bytes);
    const text = paragraphTexts(en.document).join('\n');
    expect(text).not.toContain('Skrevet etter publisering.');
    expect(styledParagraphs(en.document, 'Heading2').at(-1)).toBe('10. Accounts');
    expect(text).toContain('The project is supported by Nasjonalbiblioteket.');
    expect(en.core).toContain('<dc:language>en-GB</dc:language>');
  });

  it('says which report it cannot find', async () => {
    await expect(exportWordDocument(wb, { document: 'report', id: '0190aaaa-0000-7000-8000-000000000000' })).rejects.toThrow(/0190aaaa-0000-7000-8000-000000000000/);
    await expect(exportWordDocument(wb, { document: 'report' })).rejects.toThrow('Rapporten trenger rapportens id.');
  });
});
