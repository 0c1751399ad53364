import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSharedPrintBrowser } from '../../electron/print/chromium.js';
import { renderPdf } from '../../electron/print/printWorkbook.js';
import { createWorkbook, openWorkbook } from '../../electron/workbook/open.js';
import { A4, isA4Landscape, isA4Portrait, overlappingWords, pageSizes, wordBoxes } from './pdfTools.js';

/**
 * The status report (a record, as the steering group gets it), NB's yearly
 * and final reports, the plan, today's status, the accounts and a person's
 * dossier, printed with hostile input (issue 14): 40 risks,
 * titles of 500 characters, a 2 000-character unbroken word in the written
 * parts, `<script>` and `<b>` typed in titles and text, right-to-left text.
 * Read back as a reader would: every typed text on some page as the text it
 * is, no word past the page's right edge or drawn over another, no link to
 * the local host or to `javascript:`, A4 portrait. Pages go to
 * test-artifacts/report-hostile/ as PNG to look at.
 */
const LONG_WORD = `Innbyggerundersøkelsesrapport${'x'.repeat(1_971)}`;
const RTL = 'مكتبة المواطنين';
const LONG_TITLE = `Forsinkelser <b>hos</b> leverandører ${'kan forskyve innbyggerundersøkelsen '.repeat(14)}`.slice(0, 500).trim();
const SCRIPT = 'Statusrapport <script>alert(1)</script> for <b>styringsgruppa</b>';
const LINKS = 'Se [rapporten](javascript:alert(1)), [lokal](/print/plan?token=abc) og [NB](https://www.nb.no/tildeling).';
const OUT = join(process.cwd(), 'test-artifacts', 'report-hostile');

/** Letters, digits and the typed markup only: a word wrapped across lines, or split at a page, still reads as itself. */
const squeeze = (text: string) => text.normalize('NFC').replace(/[^\p{L}\p{N}<>/]/gu, '');

/** The text above the footer (the print views' bottom margin is 22 mm), where a long word may run across pages. */
function bodyText(pdf: string, landscape = false): string {
  const [w, h] = landscape ? [A4.long, A4.short] : [A4.short, A4.long];
  const height = String(Math.floor(h - (22 / 25.4) * 72));
  const r = spawnSync('pdftotext', ['-x', '0', '-y', '0', '-W', String(Math.ceil(w)), '-H', height, pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr);
  return squeeze(r.stdout);
}

describe('the status reports and the plan printed with hostile input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prosjektboka-report-hostile-'));
  const file = join(dir, 'plan.prosjektboka');
  const pdfs = new Map<string, string>();

  beforeAll(async () => {
    createWorkbook(file).close();
    const wb = openWorkbook(file);
    let steering = '';
    let yearly = '';
    let final = '';
    let person = '';
    try {
      const people = wb.records.list('person');
      wb.transaction(() => {
        for (let n = wb.records.maxOf('risk', 'number') + 1; n <= 40; n++) {
          const id = wb.commands.create('risk', {
            number: n, title: n === 10 ? `Risiko <script>x</script> ${RTL}` : n === 11 ? LONG_TITLE : `Risiko ${n}`,
            measures: n === 12 ? LONG_WORD : `Tiltak ${n}`, probability: ((n * 7) % 5) + 1, consequence: ((n * 3) % 5) + 1,
            ownerId: people[n % people.length]!.id,
          });
          wb.commands.create('risk-assessment', { riskId: id, date: '2021-11-15', probability: ((n * 7) % 5) + 1, consequence: ((n * 3) % 5) + 1, note: '' });
        }
      });
      const goal = wb.records.list('goal')[0]!;
      wb.commands.update('goal', goal.id, { text: `Mål <b>en</b> ${RTL}` });
      const section = wb.records.list('section')[0]!;
      wb.commands.update('section', section.id, { body: `${LINKS}\n\n${LONG_WORD}\n\nFrist: <ikke avklart>` });
      const milestone = wb.records.list('milestone')[0]!;
      wb.commands.update('milestone', milestone.id, { description: LONG_TITLE });
      steering = wb.commands.create('status-report', {
        type: 'steering', title: SCRIPT, periodFrom: '2021-09-01', periodTo: '2022-01-31', overallStatus: 'yellow',
        statusReason: `Forsinket: ${LONG_WORD}`, summary: `${LINKS}\n\n${RTL}`, decisionsNeeded: 'Vedta <b>budsjett</b>: <ikke avklart>',
        nextPeriodPlans: LONG_TITLE, goalAssessments: { [goal.id]: `Vurdering ${LONG_WORD.slice(0, 600)}` },
        partComments: { risks: `Kommentar <script>y</script> ${RTL}` },
      });
      // The accounts and a person's dossier: a budget line and a person as hostile as the rest.
      const line = wb.records.list('budget-line').find((l) => l.fields.description === 'Prosjektledelse')!;
      wb.commands.update('budget-line', line.id, { description: `Prosjektledelse <b>og</b> ${RTL}`, deviationComment: `Avvik: ${LONG_WORD}` });
      wb.commands.create('budget-actual', { lineId: line.id, date: '2021-12-01', amount: 12_500, note: `Faktura <script>n</script> ${RTL}` });
      person = wb.records.list('person')[0]!.id;
      wb.commands.update('person', person, { name: `Kari <b>Nordmann</b> ${RTL}`, position: LONG_TITLE.slice(0, 200) });
      wb.commands.create('meeting', {
        title: `Møte <script>m</script> ${RTL}`, startsAt: '2021-11-10T10:00', type: 'project_group', chairId: person, minutes: LONG_WORD,
      });
      final = wb.commands.create('status-report', {
        type: 'nb-final', title: 'Sluttrapport <b>endelig</b>', periodFrom: '2021-09-01', periodTo: '2023-08-31',
        overallStatus: 'green', statusReason: 'Ferdig.', summary: LONG_WORD, nbContinuation: `<script>v</script> ${RTL}`,
      });
      yearly = wb.commands.create('status-report', {
        type: 'nb-yearly', title: 'Årsrapport <b>1</b>', periodFrom: '2021-09-01', periodTo: '2022-08-31',
        overallStatus: 'green', statusReason: 'I rute.', summary: 'I gang.', nbResults: LONG_WORD, nbLessons: `<script>z</script> ${RTL}`,
      });
    } finally {
      wb.close();
    }
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const jobs = [
      ['statusrapport', 'report', steering], ['aarsrapport', 'report', yearly], ['sluttrapport', 'report', final], ['plan', 'plan', undefined],
      ['status', 'status', undefined], ['regnskap', 'accounts', undefined], ['person', 'person', person],
    ] as const;
    for (const [name, view, id] of jobs) {
      const pdf = join(dir, `${name}.pdf`);
      await renderPdf({ workbookPath: file, view, id, out: pdf, date: '2022-02-01' });
      pdfs.set(name, pdf);
      spawnSync('pdftoppm', ['-r', '50', '-png', pdf, join(OUT, name)]);
    }
  }, 600_000);

  afterAll(async () => {
    await closeSharedPrintBrowser();
    if (!process.env.KEEP_PDF) rmSync(dir, { recursive: true, force: true });
  });

  it('every page is A4, portrait (the accounts landscape, for their columns per project year)', () => {
    for (const [name, pdf] of pdfs) {
      for (const size of pageSizes(pdf)) expect(name === 'regnskap' ? isA4Landscape(size) : isA4Portrait(size), name).toBe(true);
    }
  });

  it('no word runs past the right margin or over another word', () => {
    for (const [name, pdf] of pdfs) {
      // The right margin is 18 mm (51 pt), the landscape accounts' 16 mm (45 pt): text ends by the text block's edge, with a point's leeway.
      const [width, margin] = name === 'regnskap' ? [A4.long, 45] : [A4.short, 51];
      const beyond = wordBoxes(pdf).filter((w) => w.xMax > width - margin + 1).map((w) => `${w.page}: ${w.text.slice(0, 30)}`);
      expect(beyond, name).toEqual([]);
      expect(overlappingWords(pdf), name).toEqual([]);
    }
  });

  it('links only to the web, never to the local host or javascript:', () => {
    for (const [name, pdf] of pdfs) {
      const uris = [...readFileSync(pdf).toString('latin1').matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]!);
      for (const u of uris) expect(u, name).toMatch(/^(https?:|mailto:)/);
      for (const u of uris) expect(u, name).not.toMatch(/localhost|127\.0\.0\.1|token=/i);
    }
  });

  it('the steering group’s report keeps every typed text as the text it is', () => {
    const text = bodyText(pdfs.get('statusrapport')!);
    for (const typed of [SCRIPT, `Forsinket: ${LONG_WORD}`, RTL, 'Vedta <b>budsjett</b>: <ikke avklart>', LONG_TITLE, `Kommentar <script>y</script> ${RTL}`, `Risiko <script>x</script> ${RTL}`, 'Mål <b>en</b>']) {
      expect(text, typed.slice(0, 40)).toContain(squeeze(typed));
    }
    // Every one of the 40 risks is in its register.
    for (let n = 13; n <= 40; n++) expect(text, `risiko ${n}`).toContain(squeeze(`Risiko ${n}`));
  });

  it('NB’s yearly report keeps its written parts whole', () => {
    const text = bodyText(pdfs.get('aarsrapport')!);
    // Right-to-left text next to left-to-right text comes out of the PDF in display order: each on its own.
    for (const typed of ['Årsrapport <b>1</b>', LONG_WORD, RTL, '<script>z</script>']) expect(text, typed.slice(0, 40)).toContain(squeeze(typed));
  });

  it('NB’s final report, today’s status, the accounts and a person’s dossier keep what was typed', () => {
    const expectKept = (name: string, typed: readonly string[]) => {
      const text = bodyText(pdfs.get(name)!, name === 'regnskap');
      for (const t of typed) expect(text, `${name}: ${t.slice(0, 40)}`).toContain(squeeze(t));
    };
    expectKept('sluttrapport', ['Sluttrapport <b>endelig</b>', LONG_WORD, '<script>v</script>', RTL, 'Prosjektledelse <b>og</b>', `Avvik: ${LONG_WORD}`]);
    // Today's status lists the red and yellow risks: risk 11's long title, risk 12's long word in its measures.
    expectKept('status', [LONG_TITLE]);
    // Its measures run onto the next page, where the table's head and the row's other cells come first in
    // reading order: the word is whole when every one of its letters is there.
    const status = bodyText(pdfs.get('status')!);
    expect(status).toContain(squeeze(LONG_WORD.slice(0, 60)));
    expect(status.split('x').length - 1).toBeGreaterThanOrEqual(LONG_WORD.split('x').length - 1);
    expectKept('regnskap', ['Prosjektledelse <b>og</b>', RTL, `Avvik: ${LONG_WORD}`]);
    expectKept('person', ['Kari <b>Nordmann</b>', RTL, LONG_TITLE.slice(0, 200), `Møte <script>m</script>`]);
  });

  it('the plan keeps the typed chapter text, goal and milestone', () => {
    const text = bodyText(pdfs.get('plan')!);
    for (const typed of [LONG_WORD, 'Frist: <ikke avklart>', `Mål <b>en</b> ${RTL}`, LONG_TITLE, 'rapporten', 'lokal']) {
      expect(text, typed.slice(0, 40)).toContain(squeeze(typed));
    }
  });
});
