import { beforeAll, describe, expect, it } from 'vitest';
import { exportWordDocument } from '../../electron/export/docx/wordExport.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';
import { hyperlinkTargets, openDocx, paragraphTexts, styledParagraphs, tables, type DocxParts } from './docxTools.js';

/**
 * Minutes as a Word file, opened the way Word opens it (a zip of XML), with
 * the hostile text issue 14 names: nothing typed may be dropped, no link may
 * lead to the local host or run script, and the structure must be Word's own
 * (Heading styles for the navigation pane, w:tbl tables).
 */
const LONG_WORD = 'Innbyggertorg'.repeat(154).slice(0, 2000);
const TITLE = `Styringsgruppemøte <script>alert("x")</script> ${'langt '.repeat(70)}`.trim().slice(0, 500);
const HEBREW = 'שלום עולם, פרוטוקול הישיבה';
const ARABIC = 'محضر الاجتماع';
const MINUTES = [
  '# Sak 1: Oppstart',
  '',
  'Frist: <ikke avklart>',
  '',
  'Vi skrev <b>fet</b> og <script>alert(1)</script> i teksten, & «sitat».',
  '',
  LONG_WORD,
  '',
  HEBREW,
  '',
  `Blandet: ${ARABIC} og norsk.`,
  '',
  '- punkt a',
  '- punkt b',
  '  - under b',
  '',
  '3. tredje',
  '4. fjerde',
  '',
  '| Tiltak | Beløp |',
  '|---|--:|',
  '| Kurs | 12 500 |',
  '| <i>Reise</i> | 3 000 |',
  '',
  '[Farlig](javascript:alert(1)) [Lokal](http://localhost:41237/?token=hemmelig) [Loopback](http://127.0.0.1:8080/x)',
  '[Relativ](rapport.pdf) [Biblioteket](https://www.nb.no/utvikling) [E-post](mailto:post@drammen.kommune.no)',
  '',
  'Kontroll\u0007tegn',
].join('\n');

describe('minutes as a Word document', () => {
  const temp = useTempDir();
  let wb: Workbook;
  let meetingId: string;
  let parts: DocxParts;
  let text: string;

  beforeAll(async () => {
    wb = newWorkbook(temp.dir());
    const [p1, p2] = wb.records.list('person');
    meetingId = wb.commands.create('meeting', {
      title: TITLE, startsAt: '2022-01-12T13:00', type: 'steering_group', place: 'Drammensbiblioteket',
      agenda: '1. Velkommen\n2. Status', minutes: MINUTES, decisions: 'Vedtak: <ikke fattet>',
    });
    wb.commands.create('attendance', { meetingId, personId: p1!.id, present: true });
    wb.commands.create('attendance', { meetingId, personId: p2!.id, present: false });
    wb.commands.create('action', { meetingId, text: 'Bestille <lokale> før frist', ownerId: p1!.id, dueDate: '2022-02-01' });
    const file = await exportWordDocument(wb, { document: 'meeting', id: meetingId, date: '2022-01-13' });
    expect(file.fileName).toBe('motereferat-2022-01-12.docx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    parts = await openDocx(file.bytes);
    text = paragraphTexts(parts.document).join('\n');
  }, 60_000);

  it('is well-formed XML in every part Word reads', async () => {
    // jsdom's XML parser (jsdom ships no types of its own; only DOMParser is used).
    const { JSDOM } = (await import('jsdom' as string)) as {
      JSDOM: new (html: string) => { window: { DOMParser: new () => { parseFromString(xml: string, type: string): { getElementsByTagName(name: string): ArrayLike<unknown> } } } };
    };
    const parser = new new JSDOM('').window.DOMParser();
    for (const xml of [parts.document, parts.core, parts.styles, parts.footer, parts.rels]) {
      const doc = parser.parseFromString(xml, 'application/xml');
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    }
  });

  it('uses Word\'s heading styles, with outline levels, so the navigation pane lists the minutes\' parts', () => {
    expect(styledParagraphs(parts.document, 'Heading1')).toEqual([TITLE]);
    expect(styledParagraphs(parts.document, 'Heading2')).toEqual(['Saksliste', 'Referat', 'Andre vedtak', 'Oppfølging']);
    // Each sak on the agenda is a heading one level under «Referat».
    expect(styledParagraphs(parts.document, 'Heading3')).toEqual(['Sak 1 Velkommen', 'Sak 2 Status']);
    // A heading in the minutes sits below its sak, never as large as it.
    expect(styledParagraphs(parts.document, 'Heading4')).toEqual(['Sak 1: Oppstart']);
    expect(parts.styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<w:outlineLvl w:val="0"\/>/);
    expect(parts.styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading2">[\s\S]*?<w:outlineLvl w:val="1"\/>/);
  });

  it('keeps every character typed: angle brackets, a 2 000-character word, right-to-left text', () => {
    for (const typed of ['Frist: <ikke avklart>', 'Vi skrev <b>fet</b> og <script>alert(1)</script> i teksten, & «sitat».', LONG_WORD, HEBREW,
      `Blandet: ${ARABIC} og norsk.`, 'Vedtak: <ikke fattet>', 'Drammensbiblioteket']) {
      expect(text).toContain(typed);
    }
    expect(LONG_WORD).toHaveLength(2000);
    // A control character XML cannot hold is shown as its picture, not dropped (and the file stays readable).
    expect(text).toContain('Kontroll\u2407tegn');
    // The Hebrew paragraph is laid out right to left; the Norwegian ones are not.
    const paragraphs = [...parts.document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    expect(paragraphs.find((p) => p.includes(HEBREW))).toContain('<w:bidi/>');
    expect(paragraphs.find((p) => p.includes('Frist: '))).not.toContain('<w:bidi/>');
  });

  it('writes tables as Word tables with their cells, the amounts right-aligned, the header row repeating', () => {
    const all = tables(parts.document);
    expect(all).toContainEqual([['Tiltak', 'Beløp'], ['Kurs', '12 500'], ['<i>Reise</i>', '3 000']]);
    const people = wb.records.list('person');
    expect(all).toContainEqual([['Oppgave', 'Ansvarlig', 'Frist', 'Status'], ['Bestille <lokale> før frist', people[0]!.fields.name, '01.02.2022', 'Åpen']]);
    const markdownTable = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(parts.document)![0];
    expect(markdownTable).toContain('<w:tblHeader/>');
    expect(markdownTable).toContain('<w:tblLayout w:type="fixed"/>');
    const amountCell = [...markdownTable.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]).find((c) => c.includes('12 500'))!;
    expect(amountCell).toContain('<w:jc w:val="right"/>');
  });

  it('lists, numbered as written and bulleted as a Word list', () => {
    expect(text).toContain('3.\ttredje');
    expect(text).toContain('4.\tfjerde');
    const bullets = [...parts.document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]).filter((p) => p.includes('<w:numPr>') && /punkt|under b/.test(p));
    expect(bullets.map((p) => /<w:ilvl w:val="(\d)"\/>/.exec(p)?.[1])).toEqual(['0', '0', '1']);
  });

  it('links only to the open web and e-mail, and shows any other address as text', () => {
    const targets = hyperlinkTargets(parts.rels);
    expect(targets.sort()).toEqual(['https://www.nb.no/utvikling', 'mailto:post@drammen.kommune.no']);
    for (const t of targets) expect(t).not.toMatch(/javascript:|localhost|127\.0\.0\.1|token/);
    expect(text).toContain('Farlig (javascript:alert(1))');
    expect(text).toContain('Lokal (http://localhost:41237/?token=hemmelig)');
    expect(text).toContain('Relativ (rapport.pdf)');
  });

  it('says who came and who sent apologies, and when and where', () => {
    const [p1, p2] = wb.records.list('person');
    expect(text).toContain(`Til stede:\n${p1!.fields.name}`);
    expect(text).toContain(`Forfall:\n${p2!.fields.name}`);
    expect(text).toContain('Dato: 12.01.2022');
    expect(text).toContain('Tid: 13.00');
    expect(text).toContain('Møtetype: Styringsgruppemøte');
    // What was not recorded is said, as the PDF says it.
    for (const line of ['Møteleder: Ikke oppgitt.', 'Referent: Ikke oppgitt.', 'Kopi til: Ingen.', 'Neste møte: Ikke fastsatt.',
      'Godkjenning: Referatet er ikke godkjent ennå.', 'Arkivreferanse: Ikke oppgitt.']) expect(text).toContain(line);
  });

  it('is an A4 document in bokmål, titled, with page numbers in the footer', () => {
    expect(parts.core).toContain(`<dc:title>Møtereferat: ${TITLE.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')} 12.01.2022</dc:title>`);
    expect(parts.core).toContain('<dc:language>nb-NO</dc:language>');
    expect(parts.core).toContain('<dc:creator>Prosjektboka</dc:creator>');
    expect(parts.styles).toMatch(/<w:lang w:val="nb-NO"/);
    expect(parts.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(parts.footer).toContain('PAGE');
    expect(parts.footer).toContain('NUMPAGES');
    expect(paragraphTexts(parts.footer).join('')).toMatch(/^Beste praksis for bibliotek og innbyggertorg · Skrevet ut 13\.01\.2022 · Sist endret .*Side  av $/);
  });

  it('speaks English when asked, and says so to Word', async () => {
    const en = await openDocx((await exportWordDocument(wb, { document: 'meeting', id: meetingId, lang: 'en' })).bytes);
    expect(styledParagraphs(en.document, 'Heading2')).toEqual(['Agenda', 'Minutes', 'Other decisions', 'Follow-up']);
    expect(en.core).toContain('<dc:language>en-GB</dc:language>');
    expect(en.styles).toMatch(/<w:lang w:val="en-GB"/);
    expect(paragraphTexts(en.document).join('\n')).toContain('Date: 12 January 2022');
  });

  it('refuses a meeting that is not there, in words', async () => {
    await expect(exportWordDocument(wb, { document: 'meeting', id: '0190aaaa-0000-7000-8000-000000000000' })).rejects.toThrow(/Finner ingen møte med id/);
    await expect(exportWordDocument(wb, { document: 'meeting' })).rejects.toThrow('Møtereferatet trenger møtets id.');
  });
});

/** Each text found after the one before it: the parts of the minutes in the PDF's order. */
function expectInOrder(paragraphs: readonly string[], expected: readonly string[]): void {
  let at = -1;
  for (const want of expected) {
    const found = paragraphs.indexOf(want, at + 1);
    expect({ want, after: paragraphs[at] ?? '(start)', found: found >= 0 }).toEqual({ want, after: paragraphs[at] ?? '(start)', found: true });
    at = found;
  }
}

describe('minutes with every part an archive expects, as a Word document', () => {
  const temp = useTempDir();
  let wb: Workbook;
  let meetingId: string;
  let names: string[];

  beforeAll(() => {
    wb = newWorkbook(temp.dir());
    const people = wb.records.list('person').slice(0, 3);
    ['Drammen kommune', '<Lier> & «Øvre Eiker» kommune', ''].forEach((affiliation, i) => wb.commands.update('person', people[i]!.id, { affiliation }));
    names = people.map((p) => p.fields.name as string);
    const [chair, secretary, away] = people.map((p) => p.id);
    meetingId = wb.commands.create('meeting', {
      title: 'Styringsgruppemøte 2/2022', startsAt: '2022-03-15T10:00', endTime: '12:30', type: 'steering_group', place: 'digitalt',
      chairId: chair, secretaryId: secretary,
      copyTo: ['Rådmannen i Drammen kommune', 'Nasjonalbiblioteket <utviklingsmidler>'],
      agenda: '1. Godkjenning av innkalling\n2. Økonomi <budsjett>\n3. Eventuelt',
      minutes: [
        'Møtet ble satt. <b>Ingen</b> merknader.',
        '## 1. Godkjenning av innkalling', 'Ingen merknader til innkallingen.',
        '## 2. Økonomi <budsjett>', `Regnskapet viser & «merforbruk» på 12 500 kr. ${HEBREW}`,
      ].join('\n\n'),
      decisions: ['Alle vedtak var enstemmige.', '## 1', 'Innkallingen godkjent.', '## 2', 'Vedtak: <regnskapet> tas til orientering.'].join('\n\n'),
      nextMeetingAt: '2022-05-10T13:00', nextMeetingPlace: 'Mysen bibliotek',
      approvedOn: '2022-05-10', approvedBy: 'Styringsgruppa i møte 3/2022', archiveRef: '22/00123-4 <arkiv>',
    });
    wb.commands.create('attendance', { meetingId, personId: chair!, present: true });
    wb.commands.create('attendance', { meetingId, personId: secretary!, present: true });
    wb.commands.create('attendance', { meetingId, personId: away!, present: false });
    wb.commands.create('action', { meetingId, text: 'Sende <regnskapet> til NB', ownerId: secretary!, dueDate: '2022-04-01' });
  });

  const open = async (lang: 'nb' | 'en') =>
    openDocx((await exportWordDocument(wb, { document: 'meeting', id: meetingId, date: '2022-03-16', lang })).bytes);

  it('holds the heading facts, each sak with its vedtak under it, and the closing facts, in the PDF\'s order', async () => {
    const doc = await open('nb');
    const [chair, secretary, away] = names as [string, string, string];
    const lier = '<Lier> & «Øvre Eiker» kommune';
    expectInOrder(paragraphTexts(doc.document), [
      'Møtetype: Styringsgruppemøte', 'Dato: 15.03.2022', 'Tid: 10.00–12.30', 'Sted: Digitalt',
      `Møteleder: ${chair}, Drammen kommune`, `Referent: ${secretary}, ${lier}`,
      'Til stede:', `${chair}, Drammen kommune`, `${secretary}, ${lier}`, 'Forfall:', away,
      'Kopi til:', 'Rådmannen i Drammen kommune', 'Nasjonalbiblioteket <utviklingsmidler>',
      'Saksliste', '1.\tGodkjenning av innkalling', '2.\tØkonomi <budsjett>', '3.\tEventuelt',
      'Referat', 'Møtet ble satt. <b>Ingen</b> merknader.',
      'Sak 1 Godkjenning av innkalling', 'Ingen merknader til innkallingen.', 'Vedtak', 'Innkallingen godkjent.',
      'Sak 2 Økonomi <budsjett>', `Regnskapet viser & «merforbruk» på 12 500 kr. ${HEBREW}`, 'Vedtak', 'Vedtak: <regnskapet> tas til orientering.',
      'Sak 3 Eventuelt', 'Ingen referat eller vedtak ført.',
      'Andre vedtak', 'Alle vedtak var enstemmige.',
      'Oppfølging', 'Sende <regnskapet> til NB', secretary, '01.04.2022', 'Åpen',
      'Neste møte: 10.05.2022 13.00, Mysen bibliotek',
      'Godkjenning: Godkjent 10.05.2022 av Styringsgruppa i møte 3/2022',
      'Arkivreferanse: 22/00123-4 <arkiv>',
    ]);
    // The saker are headings one level under «Referat», so Word's navigation pane lists them there.
    expect(styledParagraphs(doc.document, 'Heading2')).toEqual(['Saksliste', 'Referat', 'Andre vedtak', 'Oppfølging']);
    expect(styledParagraphs(doc.document, 'Heading3')).toEqual(['Sak 1 Godkjenning av innkalling', 'Sak 2 Økonomi <budsjett>', 'Sak 3 Eventuelt']);
    // The markers the minutes and decisions were cut at say what the sak's heading says, so they are not repeated.
    expect(paragraphTexts(doc.document).filter((t) => /^(## )?[12]\.?( |$)/.test(t))).toEqual([]);
  });

  it('says the same in English', async () => {
    const doc = await open('en');
    const [chair, secretary] = names as [string, string];
    expectInOrder(paragraphTexts(doc.document), [
      'Meeting type: Steering group meeting', 'Date: 15 March 2022', 'Time: 10:00–12:30', 'Place: Online',
      `Chair: ${chair}, Drammen kommune`, `Minutes taken by: ${secretary}, <Lier> & «Øvre Eiker» kommune`,
      'Present:', 'Apologies:', 'Copy to:', 'Agenda', 'Minutes',
      'Item 1 Godkjenning av innkalling', 'Decision', 'Innkallingen godkjent.', 'Item 2 Økonomi <budsjett>', 'Decision',
      'Item 3 Eventuelt', 'No minutes or decision written.', 'Other decisions', 'Follow-up',
      'Next meeting: 10 May 2022 13:00, Mysen bibliotek', 'Approval: Approved on 10 May 2022 by Styringsgruppa i møte 3/2022',
      'Archive reference: 22/00123-4 <arkiv>',
    ]);
  });
});
