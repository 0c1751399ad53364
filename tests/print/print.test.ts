import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPrintBrowser, type Browser } from '../../electron/print/chromium.js';
import { readOutline, readPdf } from '../../electron/print/pdfStructure.js';
import { renderPdf } from '../../electron/print/printWorkbook.js';
import { tocPageNumbers } from '../../electron/print/toc.js';
import { createWorkbook, openWorkbook } from '../../electron/workbook/open.js';
import { CONSEQUENCE_LABELS, PROBABILITY_LABELS } from '../../shared/model/enums.js';
import { expectOneLineError, run, runProcess } from '../cli/run.js';
import {
  addLongRisks, isA4Landscape, isA4Portrait, isPdf, normalise, pageSizes, pdfFonts, pdfInfo, pdfLayoutText, pdfText, pdfWords, xmp,
} from './pdfTools.js';

/**
 * The printouts a project leader hands out, rendered from real workbooks in
 * Debian's Chromium and read back with poppler, as a reader or an archive
 * would: page count and size, the words on the page, fonts and metadata.
 * One browser is shared by the in-process renderings of this file; the
 * first CLI printout runs as its own process from the bundle, as users run
 * it, and the others run the CLI in this process.
 */
const FUNDER_CREDIT = 'Prosjektet er støttet med utviklingsmidler fra Nasjonalbiblioteket';

describe('printouts as PDF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prosjektboka-print-'));
  const plan = join(dir, 'plan.prosjektboka');
  const big = join(dir, 'tretti-risikoer.prosjektboka');
  let meetingId = '';
  let inaId = '';
  let browser: Browser;
  const out = (name: string) => join(dir, name);

  beforeAll(async () => {
    createWorkbook(plan).close();
    const wb = openWorkbook(plan);
    try {
      const people = wb.records.list('person');
      const person = (start: string) => people.find((p) => (p.fields.name as string).startsWith(start))!.id;
      inaId = person('Ina');
      meetingId = wb.commands.create('meeting', {
        title: 'Styringsgruppemøte 2/2022',
        startsAt: '2022-03-15T10:00',
        type: 'steering_group',
        place: 'Drammen bibliotek, møterom 3',
        agenda: '1. Godkjenning av referat\n2. Status for innbyggerundersøkelsen\n3. Budsjett',
        minutes: 'Prosjektleder orienterte om status for innbyggerundersøkelsen.',
        decisions: 'Styringsgruppen godkjenner referatet fra forrige møte.\n\nIntern konferanse legges til Mysen i mai.',
      });
      wb.commands.create('attendance', { meetingId, personId: person('Ina'), present: true });
      wb.commands.create('attendance', { meetingId, personId: person('Jørgen'), present: true });
      wb.commands.create('attendance', { meetingId, personId: person('Elin'), present: false });
      wb.commands.create('action', { meetingId, text: 'Sende invitasjon til konferansen', ownerId: person('Ina'), dueDate: '2022-04-01' });
      wb.commands.create('action', { meetingId, text: 'Avklare budsjett for design og trykk', ownerId: person('Jørgen'), dueDate: '2022-06-30', status: 'in_progress' });
    } finally {
      wb.close();
    }
    copyFileSync(plan, big);
    addLongRisks(big);
    browser = await launchPrintBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function expectEmbeddedFonts(file: string) {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded), 'fonts not embedded').toEqual([]);
  }

  /**
   * Risk numbers that stand as words in the matrices: above the legend on the first page, and left of
   * the risk list when the list stands beside the matrices (on one sheet) rather than below them.
   */
  function matrixNumbers(file: string): Map<number, number> {
    const words = pdfWords(file);
    const list = words.find((w) => w.text === 'Risikoer')!;
    // «Soner:», or «Soner (forslag):» while the acceptance criteria are not decided.
    const legend = words.find((w) => w.text === 'Soner:' || w.text === 'Soner')!.y;
    const beside = list.y < legend;
    // Below the page's head, which names the assessment («Risikovurdering nr. 3 per …»).
    const top = words.find((w) => w.text === 'Risikovurdering')?.y ?? -Infinity;
    const counts = new Map<number, number>();
    for (const w of words) {
      if ((!beside || w.x < list.x - 2) && w.y > top && w.y < legend && /^\d+$/.test(w.text)) counts.set(Number(w.text), (counts.get(Number(w.text)) ?? 0) + 1);
    }
    return counts;
  }

  it('prints the risk matrix from the CLI on one A4 landscape page, with the scales, zones and every risk', async () => {
    const pdf = out('risikomatrise.pdf');
    const r = await runProcess(['print', plan, 'risk-matrix', '--out', pdf]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 side');
    const info = pdfInfo(pdf);
    expect(info.pages).toBe(1);
    expect(isA4Landscape(info), `${info.width} x ${info.height}`).toBe(true);
    const text = pdfText(pdf);
    for (const word of ['Risikomatrise', 'Konsekvens', 'Sannsynlighet', ...PROBABILITY_LABELS, ...CONSEQUENCE_LABELS]) expect(text).toContain(word);
    for (const zone of ['Akseptabel', 'Tiltak må vurderes', 'Uakseptabel, tiltak nødvendig']) expect(text).toContain(zone);
    // The risk list: every risk's title, measures and owner line, and the footer.
    expect(text).toContain('Mangel på forståelse og eierskap hos ansatte');
    expect(text).toContain('Snakke i klarspråk. Ha tydelige mål og rammer.');
    expect(text).toMatch(/Beste praksis for bibliotek og innbyggertorg · Skrevet ut \d\d\.\d\d\.\d{4} · Sist endret \d\d\.\d\d\.\d{4} kl\. \d\d\.\d\d/);
    // In the matrix: levels 1–5 stand twice as scale numbers (row and column), plus once per risk in a cell.
    const counts = matrixNumbers(pdf);
    for (let n = 1; n <= 9; n++) expect(counts.get(n) ?? 0, `risk ${n} in the matrix`).toBe(n <= 5 ? 3 : 1);
    expectEmbeddedFonts(pdf);
    const fields = pdfInfo(pdf).fields;
    expect(fields.Title).toBe('Risikomatrise – Beste praksis for bibliotek og innbyggertorg');
    expect(fields.Author).toBe('Prosjektboka');
  });

  it('draws the DSB orientation with probability in rows, the highest at the top', async () => {
    const pdf = out('risikomatrise-dsb.pdf');
    await renderPdf({ workbookPath: plan, view: 'risk-matrix', orientation: 'dsb', out: pdf, browser });
    const info = pdfInfo(pdf);
    expect(info.pages).toBe(1);
    expect(isA4Landscape(info)).toBe(true);
    const text = pdfText(pdf);
    for (const word of ['Konsekvens', 'Sannsynlighet', ...PROBABILITY_LABELS, ...CONSEQUENCE_LABELS]) expect(text).toContain(word);
    const words = pdfWords(pdf);
    const y = (text: string) => words.find((w) => w.text === text)!.y;
    // "Veldig høy" is a row label here: below the consequence scale, above "Moderat"'s row… and "Alvorlig" is a column label.
    expect(y('høy')).toBeGreaterThan(y('Alvorlig'));
    const counts = matrixNumbers(pdf);
    for (let n = 1; n <= 9; n++) expect(counts.get(n) ?? 0, `risk ${n} in the matrix`).toBe(n <= 5 ? 3 : 1);
  });

  it('keeps 30 risks with long titles and measures readable, before and after measures, without cutting any', async () => {
    // Two matrices with 14 pt risk numbers and 30 risks' words do not fit one page in readable type:
    // the matrices stay on the first page and the list flows on (RiskMatrixView), never shrunk to fit.
    const pdf = out('tretti.pdf');
    const rendered = await renderPdf({ workbookPath: big, view: 'risk-matrix', out: pdf, browser });
    const info = pdfInfo(pdf);
    expect(rendered.pages).toBe(info.pages);
    expect(info.pages).toBeLessThanOrEqual(3);
    for (const size of pageSizes(pdf)) expect(isA4Landscape(size)).toBe(true);
    const text = pdfText(pdf);
    expect(text).toContain('Før tiltak');
    expect(text).toContain('Etter tiltak');
    expect(text).toContain('Risikoer (30)');
    const words = new Set(text.split(' ')); // every page's words
    for (let n = 10; n <= 30; n++) {
      // Long titles wrap beside score badges, so pdftotext's reading order is no test; the words are.
      expect(text, `risk ${n}`).toContain(`Risiko ${n}:`);
      expect(text, `measures of risk ${n}`).toContain(`(tiltak ${n}).`);
    }
    for (const word of 'forsinkelser hos eksterne leverandører og konsulenter kan forskyve innbyggerundersøkelsen Følge opp avtalen hver måned avklare ansvar tidlig reserveplan'.split(' ')) {
      expect([...words].some((w) => w.startsWith(word)), word).toBe(true);
    }
    // Before measures every risk is in the matrix once; after, only those assessed after measures.
    const counts = matrixNumbers(pdf);
    for (let n = 1; n <= 30; n++) {
      const scale = n <= 5 ? 4 : 0; // two matrices, each with the level numbers as row and column labels
      const after = n >= 10 && n % 3 === 0 ? 1 : 0;
      expect(counts.get(n) ?? 0, `risk ${n} in the matrices`).toBe(scale + 1 + after);
    }
    expectEmbeddedFonts(pdf);
  });

  it('prints the plan on A4 portrait with a title page, the contents with right page numbers, the tables and the totals', async () => {
    const pdf = out('plan.pdf');
    await renderPdf({ workbookPath: plan, view: 'plan', out: pdf, browser });
    expect(isPdf(pdf)).toBe(true);
    const info = pdfInfo(pdf);
    expect(info.pages).toBeGreaterThanOrEqual(8);
    expect(pageSizes(pdf).every(isA4Portrait)).toBe(true);
    const titlePage = pdfText(pdf, 1);
    expect(titlePage).toContain('Beste praksis for bibliotek og innbyggertorg');
    expect(titlePage).toContain('Drammen kommune');
    expect(titlePage).toContain('Indre Østfold kommune');
    expect(titlePage).toContain(FUNDER_CREDIT);
    // A plan with no approval date says it is a draft, not «Vedtatt: ikke vedtatt».
    expect(normalise(titlePage)).toContain('Status Utkast, ikke vedtatt');
    expect(titlePage).not.toContain('Vedtatt');

    // The contents page: every chapter with a page number, and the chapter is on that page.
    const toc = pdfLayoutText(pdf, 2)
      .split('\n')
      .map((l) => /^\s*(\S.*?)\s{2,}(\d+)\s*$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ title: m[1]!, page: Number(m[2]) }));
    expect(toc.map((t) => t.title)).toEqual([
      'Innledning', '1. Bakgrunn', '2. Mål og resultat', '3. Prosjektorganisering', '4. Ansvarstabell',
      '5. Arbeidsmetoder', '6. Milepælsplan', '7. Budsjett', '8. Risikovurdering',
    ]);
    // Chapters flow on from each other (no page forced between them): the heading stands as a line of its own on that page.
    for (const entry of toc) expect(pdfLayoutText(pdf, entry.page).split('\n').map((l) => l.trim()), entry.title).toContain(entry.title);
    // …and agree with the outline Chromium wrote.
    const outline = readOutline(readPdf(readFileSync(pdf)));
    expect(tocPageNumbers(toc.map((t) => t.title), outline)).toEqual(toc.map((t) => t.page));

    const text = pdfText(pdf);
    for (const needle of [
      'Ansvarstabell', 'Jørgen Hovde', 'Prosjektgruppe A', 'Samorganisering og samlokalisering',
      'September uke 36 2021', '06.09.2021–12.09.2021 (uke 36)', 'Sum utgifter', 'Sum inntekter',
      '318 500', '1 170 000', '2 340 000', '1 400 000', 'Risikoregister', 'Risikomatrise', 'Konsekvens', 'Sannsynlighet',
      ...PROBABILITY_LABELS, ...CONSEQUENCE_LABELS,
    ]) expect(text, needle).toContain(needle);
    expect(text).toMatch(/Side 3 av \d+/);
    expectEmbeddedFonts(pdf);
  });

  it('prints a dated status report with milestones, budget per year, red and yellow risks and open action items', async () => {
    const pdf = out('status.pdf');
    await renderPdf({ workbookPath: plan, view: 'status', date: '2022-06-01', out: pdf, browser });
    const info = pdfInfo(pdf);
    expect(isA4Portrait(info)).toBe(true);
    const text = pdfText(pdf);
    for (const needle of [
      'Statusrapport', 'Dato 01.06.2022', 'Styringsgruppen, Nasjonalbiblioteket',
      '0 av 13 milepæler er nådd, 7 er forsinket', 'Intern konferanse gjennomføres',
      'Prosjektår 1', 'Prosjektår 2', '1 170 000', '2 340 000',
      'Røde og gule risikoer', 'Mangel på forståelse og eierskap hos ansatte', 'Uakseptabel, tiltak nødvendig',
      'Sende invitasjon til konferansen', 'Forfalt', '2 åpne oppgaver, hvorav 1 forfalt', FUNDER_CREDIT,
    ]) expect(text, needle).toContain(needle);
    // Green risks are not in a status report: risks 3 and 4 score 4.
    expect(text).not.toContain('Utfordringer i samarbeidet mellom to kommuner');
    expectEmbeddedFonts(pdf);
  });

  it('prints one meeting as archive-ready minutes: attendance, agenda, decisions, action items, fonts and metadata', async () => {
    const pdf = out('referat.pdf');
    const r = await run('print', plan, 'meeting', meetingId, '--out', pdf);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const info = pdfInfo(pdf);
    expect(info.pages).toBe(1);
    expect(isA4Portrait(info)).toBe(true);
    const text = pdfText(pdf);
    for (const needle of [
      'Møtereferat', 'Styringsgruppemøte 2/2022', 'Møtetype Styringsgruppemøte', 'Dato 15.03.2022', 'Tid 10.00',
      'Sted Drammen bibliotek, møterom 3', 'Til stede Ina Synøve Borsheim, Drammensbibliotekene / Svelvik bibliotek Jørgen Hovde, Drammen kommune',
      'Forfall Elin Brandsrud, Indre Østfold kommune',
      'Saksliste', 'Status for innbyggerundersøkelsen', 'Referat', 'Vedtak', 'Intern konferanse legges til Mysen i mai.',
      'Sende invitasjon til konferansen Ina Synøve Borsheim 01.04.2022 Åpen',
      'Avklare budsjett for design og trykk Jørgen Hovde 30.06.2022 Pågår',
    ]) expect(text, needle).toContain(needle);
    expectEmbeddedFonts(pdf);
    expect(info.fields.Title).toBe('Møtereferat: Styringsgruppemøte 2/2022 15.03.2022');
    expect(info.fields.Author).toBe('Prosjektboka');
    expect(info.fields.Subject).toContain('Møtereferat – Styringsgruppemøte 15.03.2022');
    expect(info.fields.Keywords).toContain('Drammen kommune');
    expect(info.fields['Metadata Stream']).toBe('yes');
    expect(info.fields.Tagged).toBe('yes');
    const meta = xmp(pdf);
    expect(meta).toContain('<rdf:li>nb-NO</rdf:li>');
    expect(meta).toContain('<rdf:li>Prosjektboka</rdf:li>');
    expect(meta).toContain('Møtereferat: Styringsgruppemøte 2/2022 15.03.2022');
  });

  it('prints everything about one person for them to keep: roles, groups, meetings attended, action items', async () => {
    const pdf = out('person.pdf');
    const r = await run('print', plan, 'person', inaId, '--out', pdf);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const info = pdfInfo(pdf);
    expect(isA4Portrait(info)).toBe(true);
    const text = pdfText(pdf);
    for (const needle of [
      'Personopplysninger', 'Ina Synøve Borsheim', 'Stilling Bibliotekkonsulent', 'Prosjektleder', 'Koordinator, Prosjektgruppe B',
      'Styringsgruppemøte 2/2022 15.03.2022 Til stede', 'Sende invitasjon til konferansen Styringsgruppemøte 2/2022 01.04.2022 Åpen',
    ]) expect(text, needle).toContain(needle);
    expect(info.fields.Title).toBe('Personopplysninger: Ina Synøve Borsheim');
    expectOneLineError(await run('print', plan, 'person', '--out', out('y.pdf')), 2, 'Personutskriften trenger personens id');
    expectOneLineError(await run('print', plan, 'report', '--out', out('z.pdf')), 2, 'Rapportutskriften trenger rapportens id');
  });

  it('says clearly when there is no Chromium, a view or meeting is unknown, or the output would replace the workbook', async () => {
    const [noChromium, unknownView, noId, overwrite] = await Promise.all([
      run('print', plan, 'risk-matrix', '--out', out('x.pdf'), '--chromium', join(dir, 'ingen-chromium')),
      run('print', plan, 'gantt', '--out', out('x.pdf')),
      run('print', plan, 'meeting', '--out', out('x.pdf')),
      run('print', plan, 'plan', '--out', plan),
    ]);
    expectOneLineError(noChromium, 1, /Fant ikke Chromium på .*ingen-chromium; oppgi riktig sti med --chromium\.$/);
    expectOneLineError(unknownView, 2, 'Ukjent utskrift «gantt»; bruk en av: risk-matrix, plan, status, meeting, person, report, accounts.');
    expectOneLineError(noId, 2, 'Møtereferat trenger møtets id');
    expectOneLineError(overwrite, 2, 'Vil ikke skrive over', 'arbeidsboka selv');
  });

  it('reports an unknown meeting id as bad input', async () => {
    const missing = '0190f0e0-0000-7000-8000-00000000dead';
    await expect(renderPdf({ workbookPath: plan, view: 'meeting', id: missing, browser })).rejects.toMatchObject({
      code: 'not_found', category: 'input', message: `Finner ingen møte med id ${missing}.`,
    });
  });

});
