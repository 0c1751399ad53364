import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSharedPrintBrowser } from '../../electron/print/chromium.js';
import { renderPdf } from '../../electron/print/printWorkbook.js';
import { createWorkbook, openWorkbook } from '../../electron/workbook/open.js';
import { decisionFields, riskCriteria, type CriteriaFields } from '../../shared/rules/riskCriteria.js';
import { isA4Landscape, pageSizes, pdfInfo, pdfText } from './pdfTools.js';

/**
 * The risk-matrix printout with hostile input (issue 14): 40 risks, titles
 * of 500 characters (the most a title may hold), one of them a single
 * unbroken word, a 2 000-character word in a risk's measures, `<script>` and
 * `<b>` typed in titles, right-to-left text, measures over several lines, one
 * closed risk. Read back as a reader would: every risk's words on some page,
 * nothing past the right page edge (words' boxes, and the drawn page's right
 * margin blank), no links at all, risk numbers at 14 pt in the matrix, and
 * «1 lukket risiko». A copy with DSB's names, decided, prints DSB's words.
 * The pages are drawn as PNG (colour and greyscale) into
 * test-artifacts/risk-matrix/ to look at.
 */
const LONG_WORD = 'Risikoreduserendetiltaksplanlegging'.repeat(60).slice(0, 2000);
const RTL = 'مكتبة المواطنين';
const title = (n: number) => {
  const start = n === 10 ? 'Leverandør <script>alert(1)</script> og <b>fet</b> skrift: ' : n === 12 ? `Høyre mot venstre ${RTL}: ` : `Risiko ${n}: `;
  return `${start}${'forsinkelser hos eksterne leverandører kan forskyve innbyggerundersøkelsen '.repeat(8)}`.slice(0, 494).trim() + ` r${n}.`;
};
const MEASURES = 'Første tiltak: følge opp avtalen.\nAndre tiltak: avklare ansvar.\nTredje tiltak: reserveplan.';

interface Box { readonly page: number; readonly text: string; readonly xMax: number; readonly yMin: number; readonly yMax: number; readonly width: number }

function boxes(file: string): Box[] {
  const r = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr);
  const out: Box[] = [];
  let page = 0;
  let width = 0;
  for (const m of r.stdout.matchAll(/<page width="([\d.]+)"|<word xMin="[\d.]+" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[1]) {
      page++;
      width = Number(m[1]);
    } else out.push({ page, text: m[5]!, yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), width });
  }
  return out;
}

/** One greyscale page as drawn by pdftoppm (PGM: a header, then one byte per pixel). */
function greyPage(file: string, page: number, dpi: number): { width: number; height: number; at(x: number, y: number): number } {
  const r = spawnSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), file], { maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(String(r.stderr));
  const bytes = r.stdout as Buffer;
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'))!;
  const [width, height, offset] = [Number(header[1]), Number(header[2]), header[0].length];
  return { width, height, at: (x, y) => bytes[offset + y * width + x]! };
}

describe('the risk-matrix printout with hostile input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prosjektboka-riskmatrix-'));
  const file = join(dir, 'plan.prosjektboka');
  const dsbFile = join(dir, 'dsb.prosjektboka');
  const pdf = join(dir, 'risikomatrise.pdf');
  const dsbPdf = join(dir, 'risikomatrise-dsb.pdf');
  const enPdf = join(dir, 'risk-matrix.pdf');
  const changedFile = join(dir, 'endret.prosjektboka');
  const changedPdf = join(dir, 'endret.pdf');
  let bytes: Buffer;
  let closedNumber = 0;
  const open: { number: number; title: string }[] = [];

  beforeAll(async () => {
    createWorkbook(file).close();
    const wb = openWorkbook(file);
    try {
      const people = wb.records.list('person');
      wb.transaction(() => {
        for (let n = wb.records.maxOf('risk', 'number') + 1; n <= 40; n++) {
          const id = wb.commands.create('risk', {
            number: n,
            title: n === 11 ? LONG_WORD.slice(0, 500) : title(n),
            measures: n === 13 ? LONG_WORD : n % 2 === 0 ? MEASURES : `${LONG_WORD.slice(0, 300)} tiltak ${n}`,
            probability: ((n * 7) % 5) + 1,
            consequence: ((n * 3) % 5) + 1,
            residualProbability: n % 3 === 0 ? 1 : null,
            residualConsequence: n % 3 === 0 ? 2 : null,
            ownerId: people[n % people.length]!.id,
            status: n === 40 ? 'closed' : 'open',
          });
          wb.commands.create('risk-assessment', {
            riskId: id, date: n === 20 ? '2022-09-05' : '2022-03-14', probability: ((n * 7) % 5) + 1, consequence: ((n * 3) % 5) + 1, note: '',
          });
        }
      });
      for (const r of wb.records.list('risk')) {
        if (r.fields.status === 'closed') closedNumber = r.fields.number as number;
        else open.push({ number: r.fields.number as number, title: r.fields.title as string });
      }
    } finally {
      wb.close();
    }
    copyFileSync(file, dsbFile);
    const dsb = openWorkbook(dsbFile);
    try {
      const project = dsb.records.list('project')[0]!;
      dsb.commands.update('project', project.id, { riskZoneLabels: 'dsb' });
      const criteria = riskCriteria(dsb.records.get('project', project.id)!.fields as CriteriaFields);
      dsb.commands.update('project', project.id, decisionFields(criteria, '2022-03-15', null, 'Styringsgruppa'));
    } finally {
      dsb.close();
    }
    copyFileSync(dsbFile, changedFile);
    const changed = openWorkbook(changedFile);
    try {
      const id = changed.records.list('project')[0]!.id;
      changed.commands.update('project', id, { riskZones: [{ from: 1, to: 3 }, { from: 4, to: 12 }, { from: 15, to: 25 }] });
    } finally {
      changed.close();
    }
    bytes = (await renderPdf({ workbookPath: file, view: 'risk-matrix', out: pdf, date: '2022-09-06' })).bytes;
    await renderPdf({ workbookPath: dsbFile, view: 'risk-matrix', out: dsbPdf, date: '2022-09-06' });
    await renderPdf({ workbookPath: file, view: 'risk-matrix', out: enPdf, date: '2022-09-06', lang: 'en' });
    await renderPdf({ workbookPath: changedFile, view: 'risk-matrix', out: changedPdf, date: '2022-09-06' });
  });
  afterAll(async () => {
    await closeSharedPrintBrowser();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every open risk whole: titles of 500 characters, the 2 000-character word, markup as typed, right-to-left text', () => {
    expect(open).toHaveLength(39);
    const text = pdfText(pdf);
    // pdftotext breaks a wrapped word where the line breaks: compare without spaces, in the order the
    // page draws its text (-raw), since a title's lines sit beside its score badges.
    const dense = spawnSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout
      // Poppler marks right-to-left runs with embedding controls; the text typed has none.
      .replace(/[\s\u202a-\u202e\u2066-\u2069\u200e\u200f]+/g, '');
    // Poppler may give right-to-left words in either order: a title with them may match either way.
    const reversed = RTL.split(' ').reverse().join(' ');
    const whole = (t: string) => [t, t.replace(RTL, reversed)].some((v) => dense.includes(v.replace(/\s+/g, '')));
    const missing = open.filter((r) => !whole(r.title)).map((r) => r.number);
    expect(missing, 'risks whose title is not whole').toEqual([]);
    expect(dense).toContain(LONG_WORD);
    expect(dense).toContain(`${LONG_WORD.slice(0, 500)}`);
    expect(dense).toContain('<script>alert(1)</script>og<b>fet</b>skrift');
    for (const word of RTL.split(' ')) expect(text).toContain(word);
    expect(text).toContain('Risikoer (39)');
    expect(text).toContain('1 lukket risiko er ikke tatt med.');
    expect(dense).not.toContain(`r${closedNumber}.`);
  });

  it('keeps the measures\' line breaks and says which assessment (number and date) and which criteria it uses', () => {
    const layout = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    const lines = layout.split('\n').map((l) => l.trim());
    // Each measure starts a line of its own (after «Tiltak:» for the first).
    for (const part of ['Andre tiltak: avklare ansvar.', 'Tredje tiltak: reserveplan.']) {
      expect(lines.filter((l) => l.startsWith(part) || l.includes(`  ${part}`)).length, part).toBeGreaterThanOrEqual(10);
    }
    const text = pdfText(pdf);
    // Its version: 05.09.2022 is the third day any risk was assessed (the plan's 01.09.2021, then 14.03.2022).
    expect(text).toContain('Risikovurdering nr. 3 per 05.09.2022');
    expect(text).toContain('vurdert 14.03.2022');
    expect(text).toContain('Akseptkriterier: forslag – ikke vedtatt');
    expect(text).toContain('Soner (forslag):');
    for (const zone of ['Akseptabel', 'Tiltak må vurderes', 'Uakseptabel, tiltak nødvendig']) expect(text).toContain(zone);
  });

  it('prints nothing beyond the right page edge, on A4 landscape pages', () => {
    const pages = pdfInfo(pdf).pages;
    expect(pages).toBeGreaterThan(1);
    for (const size of pageSizes(pdf)) expect(isA4Landscape(size)).toBe(true);
    const words = boxes(pdf);
    // The right margin is 11 mm (31 pt): text ends by the text block's edge, with a point's leeway.
    const beyond = words.filter((w) => w.xMax > w.width - 31 + 1);
    expect(beyond.map((w) => `${w.page}: ${w.text.slice(0, 30)} ${w.xMax}`)).toEqual([]);
    for (let p = 1; p <= pages; p++) expect(words.some((w) => w.page === p), `text on page ${p}`).toBe(true);
    // Drawn, every page's right margin (its last 9 mm) is blank paper.
    for (let p = 1; p <= pages; p++) {
      const page = greyPage(pdf, p, 50);
      const strip = Math.round((9 / 25.4) * 50);
      let dark = 0;
      for (let y = 0; y < page.height; y++) for (let x = page.width - strip; x < page.width; x++) if (page.at(x, y) < 235) dark++;
      expect(dark, `dark pixels in the right margin of page ${p}`).toBe(0);
    }
  });

  it('draws the risk numbers in the matrix at 14 pt or more', () => {
    const words = boxes(pdf).filter((w) => w.page === 1);
    const legend = words.find((w) => w.text === 'Soner')!.yMin;
    const numbers = words.filter((w) => w.yMax < legend && /^\d+$/.test(w.text) && w.yMax - w.yMin >= 14);
    const small = open.filter((r) => !numbers.some((w) => w.text === String(r.number))).map((r) => r.number);
    expect(small, 'risks not drawn at 14 pt in the matrix before measures').toEqual([]);
  });

  it('has no links, local or otherwise', () => {
    expect([...bytes.toString('latin1').matchAll(/\/URI\s*\(([^)]*)\)/g)].map((m) => m[1])).toEqual([]);
    expect(bytes.toString('latin1')).not.toMatch(/127\.0\.0\.1|localhost|token=/);
  });

  it('prints DSB\'s words for the zones when the decided criteria use them', () => {
    const text = pdfText(dsbPdf);
    for (const zone of ['Lav risiko', 'Middels risiko', 'Høy risiko']) expect(text).toContain(zone);
    for (const zone of ['Akseptabel', 'Tiltak må vurderes', 'Uakseptabel']) expect(text).not.toContain(zone);
    expect(text).toContain('Akseptkriterier vedtatt 15.03.2022 av Styringsgruppa');
    expect(text).toContain('Soner:');
    // Changed after the decision: a proposal again, and the printout says so.
    const changed = pdfText(changedPdf);
    expect(changed).toContain('Akseptkriterier: forslag – endret etter vedtaket 15.03.2022');
    expect(changed).toContain('Soner (forslag):');
    expect(changed).toContain('Lav risiko (verdi 1–3)');
    const english = pdfText(enPdf);
    expect(english).toContain('Risk assessment no. 3 as of 5 September 2022');
    expect(english).toContain('1 closed risk is left out.');
    expect(english).toContain('Zones (proposal):');
  });

  it('draws its pages as PNG, in colour and in greyscale, for a person to read', () => {
    const out = join(process.cwd(), 'test-artifacts', 'risk-matrix');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    for (const [name, source, gray] of [['farge', pdf, false], ['gra', pdf, true], ['dsb-gra', dsbPdf, true]] as const) {
      const r = spawnSync('pdftoppm', ['-r', '70', '-png', ...(gray ? ['-gray'] : []), source, join(out, name)], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
    }
    expect(readdirSync(out).filter((n) => n.startsWith('farge')).length).toBe(pdfInfo(pdf).pages);
    expect(readFileSync(pdf).length).toBeGreaterThan(0);
  });
});
