import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSharedPrintBrowser } from '../../electron/print/chromium.js';
import { renderPdf } from '../../electron/print/printWorkbook.js';
import { createWorkbook, openWorkbook } from '../../electron/workbook/open.js';
import { normalise, pdfInfo, pdfText } from './pdfTools.js';

/**
 * A møtereferat as the archive receives it, from a meeting typed by someone
 * who did everything a printout must survive: 500-character titles, a
 * 2 000-character unbroken word, markup in titles and text, right-to-left
 * text, «Frist: <ikke avklart>», links that must not become links, and a
 * wide Markdown table. Rendered through the real print path, read back with
 * poppler: every word kept, nothing beyond the right page edge, no link to
 * the local host or to javascript:, every part of the referat in its place.
 * The pages are also drawn as PNG into test-artifacts/minutes/ to look at.
 */
const LONG_WORD = 'Innbyggertorgsamarbeidsavtale'.repeat(69).slice(0, 2000);
const LONG_TITLE = `Styringsgruppemøte <b>3</b> <script>alert(1)</script> ${'om innbyggertorg og bibliotek i to kommuner '.repeat(11)}`.slice(0, 500).trim();
const RTL = 'مكتبة المواطنين';
const LONG_CASE = `Status for innbyggerundersøkelsen ${'med spørreskjema, intervjuer og oppsummering '.repeat(10)}`.slice(0, 480).trim();

interface Box { readonly page: number; readonly text: string; readonly xMax: number; readonly width: number }

function boxes(file: string): Box[] {
  const r = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr);
  const out: Box[] = [];
  let page = 0;
  let width = 0;
  for (const m of r.stdout.matchAll(/<page width="([\d.]+)"|<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
    if (m[1]) {
      page++;
      width = Number(m[1]);
    } else out.push({ page, text: m[3]!, xMax: Number(m[2]), width });
  }
  return out;
}

describe('minutes for the archive, with hostile input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prosjektboka-minutes-'));
  const file = join(dir, 'plan.prosjektboka');
  const pdf = join(dir, 'referat.pdf');
  let bytes: Buffer;
  let text = '';
  let english = '';

  beforeAll(async () => {
    createWorkbook(file).close();
    const wb = openWorkbook(file);
    let meetingId = '';
    try {
      const people = wb.records.list('person');
      const person = (start: string) => people.find((p) => (p.fields.name as string).startsWith(start))!.id;
      meetingId = wb.commands.create('meeting', {
        title: LONG_TITLE,
        startsAt: '2022-03-15T10:00',
        endTime: '12:30',
        type: 'steering_group',
        place: `Drammensbiblioteket, møterom ${RTL}`,
        chairId: person('Jørgen'),
        secretaryId: person('Ina'),
        copyTo: ['Rådmannen i Drammen kommune', 'Nasjonalbiblioteket <utviklingsmidler>'],
        agenda: `1. Godkjenning av innkalling og referat\n2. ${LONG_CASE}\n3. Økonomi`,
        minutes: [
          'Møtet ble satt av møteleder. <b>Ingen</b> merknader til innkallingen.',
          '## 2. Status for innbyggerundersøkelsen',
          `Frist: <ikke avklart>. Langt ord: ${LONG_WORD}`,
          '<script>alert(2)</script>',
          `Høyre mot venstre: ${RTL}.`,
          [
            '| Kommune | Bibliotek | Merknad | Antall svar | Svarprosent | Oppfølging |',
            '|---|---|---|---|---|---|',
            `| Drammen | Hovedbiblioteket | ${'Spørreskjemaet ble sendt ut i uke 10 '.repeat(3)}| 412 | 38 % | Purring |`,
            `| Indre Østfold | Mysen | ${LONG_WORD.slice(0, 300)} | 198 | 41 % | Ingen |`,
          ].join('\n'),
          '## Sak 3: Økonomi',
          'Se [tildelingsbrevet](https://www.nb.no/tildeling), [vedlegget](vedlegg.pdf), [skript](javascript:alert(1)) og [lokal](http://127.0.0.1:4123/print?token=hemmelig).',
        ].join('\n\n'),
        decisions: [
          '## 1. Godkjenning av innkalling og referat',
          'Innkalling og referat godkjent.',
          '## 2. Status',
          'Sak 2: Undersøkelsen forlenges til 1. mai.',
          '## 3',
          'Regnskapet tas til orientering.',
        ].join('\n\n'),
        nextMeetingAt: '2022-05-10T13:00',
        nextMeetingPlace: 'Mysen bibliotek',
        approvedOn: '2022-05-10',
        approvedBy: 'Styringsgruppa i møte 4/2022',
        archiveRef: '22/00123-4',
      });
      wb.commands.create('attendance', { meetingId, personId: person('Jørgen'), present: true });
      wb.commands.create('attendance', { meetingId, personId: person('Ina'), present: true });
      wb.commands.create('attendance', { meetingId, personId: person('Elin'), present: false });
      wb.commands.create('action', { meetingId, text: `Purre på svar <b>fra</b> ${LONG_WORD.slice(0, 400)}`, ownerId: person('Ina'), dueDate: '2022-04-01' });
      wb.commands.create('action', { meetingId, text: 'Frist: <ikke avklart>', ownerId: person('Elin') });
    } finally {
      wb.close();
    }
    bytes = (await renderPdf({ workbookPath: file, view: 'meeting', id: meetingId, out: pdf, date: '2022-03-16' })).bytes;
    text = pdfText(pdf);
    await renderPdf({ workbookPath: file, view: 'meeting', id: meetingId, out: join(dir, 'minutes.pdf'), date: '2022-03-16', lang: 'en' });
    english = pdfText(join(dir, 'minutes.pdf'));
  });
  afterAll(async () => {
    await closeSharedPrintBrowser();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every character typed: markup, angle brackets, right-to-left text, the long title and word', () => {
    // pdftotext breaks a wrapped word where the line breaks: compare without spaces.
    const dense = text.replace(/\s+/g, '');
    for (const typed of [
      LONG_TITLE, LONG_WORD, LONG_CASE, 'Frist: <ikke avklart>.', '<script>alert(2)</script>', '<b>Ingen</b> merknader',
      'Nasjonalbiblioteket <utviklingsmidler>', 'vedlegget (vedlegg.pdf)', 'skript (javascript:alert(1))',
      'lokal (http://127.0.0.1:4123/print?token=hemmelig)', 'Undersøkelsen forlenges til 1. mai.', 'Purring', '41 %',
    ]) expect(dense, typed.slice(0, 60)).toContain(typed.replace(/\s+/g, ''));
    // Poppler may give right-to-left words in either order; each word is there.
    for (const word of RTL.split(' ')) expect(text).toContain(word);
  });

  it('holds every møtereferat part, in order, with each vedtak under its case', () => {
    const parts = [
      'Møtetype Styringsgruppemøte', 'Dato 15.03.2022', 'Tid 10.00–12.30', 'Sted Drammensbiblioteket',
      'Møteleder Jørgen Hovde, Drammen kommune', 'Referent Ina Synøve Borsheim, Drammensbibliotekene / Svelvik bibliotek',
      'Til stede Ina Synøve Borsheim, Drammensbibliotekene / Svelvik bibliotek Jørgen Hovde, Drammen kommune',
      'Forfall Elin Brandsrud, Indre Østfold kommune', 'Kopi til Rådmannen i Drammen kommune',
      'Saksliste', 'Referat', 'Møtet ble satt av møteleder.',
      'Sak 1 Godkjenning av innkalling og referat Vedtak Innkalling og referat godkjent.',
      'Sak 2 Status for innbyggerundersøkelsen', 'Vedtak 2. Status Sak 2: Undersøkelsen forlenges',
      'Sak 3 Økonomi Se tildelingsbrevet', 'Vedtak Regnskapet tas til orientering.',
      'Oppfølging', 'Neste møte 10.05.2022 13.00, Mysen bibliotek',
      'Godkjenning Godkjent 10.05.2022 av Styringsgruppa i møte 4/2022', 'Arkivreferanse 22/00123-4',
    ];
    let from = 0;
    for (const part of parts) {
      const at = text.indexOf(normalise(part), from);
      expect(at, `${part} (after position ${from})`).toBeGreaterThanOrEqual(0);
      from = at;
    }
    expect(text).toContain('Arkivref. 22/00123-4');
  });

  it('names the same parts in English', () => {
    let from = 0;
    for (const part of [
      'Meeting type', 'Time 10:00–12:30', 'Chair Jørgen Hovde, Drammen kommune', 'Minutes taken by Ina Synøve Borsheim',
      'Present', 'Apologies Elin Brandsrud', 'Copy to', 'Agenda', 'Minutes', 'Item 1 Godkjenning av innkalling og referat Decision',
      'Follow-up', 'Next meeting 10 May 2022 13:00, Mysen bibliotek',
      'Approval Approved on 10 May 2022 by Styringsgruppa i møte 4/2022', 'Archive reference 22/00123-4',
    ]) {
      const at = english.indexOf(part, from);
      expect(at, part).toBeGreaterThanOrEqual(0);
      from = at;
    }
  });

  it('prints nothing beyond the right page edge and keeps A4', () => {
    const info = pdfInfo(pdf);
    expect(Math.abs(info.width - 595.28)).toBeLessThan(1.5);
    const words = boxes(pdf);
    expect(words.length).toBeGreaterThan(500);
    // The right margin is 18 mm (51 pt): text ends by the text block's edge, with a point's leeway.
    const beyond = words.filter((w) => w.xMax > w.width - 51 + 1);
    expect(beyond.map((w) => `${w.page}: ${w.text.slice(0, 30)} ${w.xMax}`)).toEqual([]);
  });

  it('links only to the web, never to the local host or javascript:', () => {
    const uris = [...bytes.toString('latin1').matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]!);
    expect(uris).toEqual(['https://www.nb.no/tildeling']);
    for (const u of uris) expect(u).not.toMatch(/localhost|127\.0\.0\.1|javascript:/i);
  });

  it('draws its pages as PNG for a person to read', () => {
    const out = join(process.cwd(), 'test-artifacts', 'minutes');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const r = spawnSync('pdftoppm', ['-r', '60', '-png', pdf, join(out, 'referat')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).filter((n) => n.endsWith('.png')).length).toBe(pdfInfo(pdf).pages);
  });
});

describe('minutes of an ordinary meeting, page by page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prosjektboka-minutes-pages-'));
  const file = join(dir, 'plan.prosjektboka');
  const pdf = join(dir, 'referat.pdf');

  beforeAll(async () => {
    createWorkbook(file).close();
    const wb = openWorkbook(file);
    let meetingId = '';
    try {
      const people = wb.records.list('person');
      const person = (start: string) => people.find((p) => (p.fields.name as string).startsWith(start))!.id;
      // Just long enough that the closing block (neste møte, godkjenning, arkivreferanse) no longer fits on page 1.
      meetingId = wb.commands.create('meeting', {
        title: 'Styringsgruppemøte 2/2022', startsAt: '2022-03-15T10:00', endTime: '12:00', type: 'steering_group',
        place: 'Drammen bibliotek, møterom 3', chairId: person('Jørgen'), secretaryId: person('Ina'), copyTo: ['Rådmannen i Drammen kommune'],
        agenda: '1. Godkjenning av innkalling og referat\n2. Status for innbyggerundersøkelsen\n3. Budsjett',
        minutes: [
          '## 1. Godkjenning av innkalling og referat', 'Ingen merknader.',
          '## 2. Status for innbyggerundersøkelsen', 'Prosjektleder orienterte om status. Frist: <ikke avklart>.',
          '## 3. Budsjett', 'Forbruket er lavere enn planlagt.',
        ].join('\n\n'),
        decisions: '## 1. Godkjenning av innkalling og referat\n\nGodkjent.\n\n## 3. Budsjett\n\nStyringsgruppen ber om en plan for forbruket.',
        nextMeetingAt: '2022-05-10T13:00', nextMeetingPlace: 'Mysen bibliotek', approvedOn: '2022-05-10', approvedBy: 'Styringsgruppa',
        archiveRef: '22/00123-4',
      });
      for (const [who, present] of [['Jørgen', true], ['Ina', true], ['Elin', false], ['John', true]] as const) {
        wb.commands.create('attendance', { meetingId, personId: person(who), present });
      }
      wb.commands.create('action', { meetingId, text: 'Sende invitasjon til konferansen', ownerId: person('Ina'), dueDate: '2022-04-01' });
      wb.commands.create('action', { meetingId, text: 'Lage plan for forbruket', ownerId: person('Jørgen'), dueDate: '2022-04-15', status: 'in_progress' });
    } finally {
      wb.close();
    }
    await renderPdf({ workbookPath: file, view: 'meeting', id: meetingId, out: pdf, date: '2022-03-16' });
  });
  afterAll(async () => {
    await closeSharedPrintBrowser();
    rmSync(dir, { recursive: true, force: true });
  });

  it('never leaves the closing block alone on a page: what comes before it goes along', () => {
    const words = boxes(pdf);
    const pages = pdfInfo(pdf).pages;
    const closing = words.find((w) => w.text === 'Arkivreferanse')!;
    expect(closing).toBeDefined();
    if (pages > 1) {
      const onItsPage = normalise(pdfText(pdf, closing.page));
      // The page holds more than «Neste møte … Godkjenning … Arkivreferanse» and the running footer.
      expect(onItsPage.replace(/Neste møte.*$/, '').trim(), `page ${closing.page} of ${pages}`).not.toBe('');
    }
  });
});
