import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSharedPrintBrowser } from '../../electron/print/chromium.js';
import { objectBody, pageObjects, readPdf } from '../../electron/print/pdfStructure.js';
import { createWorkbook, openWorkbook } from '../../electron/workbook/open.js';
import { run } from '../cli/run.js';
import { overlappingWords, pdfInfo, pdfLayoutText, pdfText, wordBoxes } from './pdfTools.js';
import { chapterPage as pageOfIn, contentsEntries } from './planPages.js';

/**
 * The plan as Nasjonalbiblioteket gets it, printed by the CLI (the same
 * print engine as «Lagre som PDF» and the desktop app) from the seed plan,
 * and read back with poppler: what the funder must not see (the app's
 * notes, lateness judged on the day of printing, zone verdicts the plan
 * never made), the version and approval date on the title page, contents
 * whose page numbers and links lead to where each chapter starts, and no
 * near-empty page. The pages are also drawn as PNGs into
 * test-artifacts/plan-print/ for a person to read.
 */
describe('the printed plan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prosjektboka-plan-'));
  const file = join(dir, 'plan.prosjektboka');
  const pdf = join(dir, 'prosjektplan.pdf');
  const chapters = [
    'Innledning', '1. Bakgrunn', '2. Mål og resultat', '3. Prosjektorganisering', '4. Ansvarstabell',
    '5. Arbeidsmetoder', '6. Milepælsplan', '7. Budsjett', '8. Risikovurdering',
  ];

  beforeAll(async () => {
    createWorkbook(file).close();
    const wb = openWorkbook(file);
    try {
      const project = wb.records.list('project')[0]!;
      wb.commands.update('project', project.id, { planVersion: '2.1', approvedDate: '2021-06-15' });
    } finally {
      wb.close();
    }
    // A date long after every milestone: a plan must still not call any of them late.
    const r = await run('print', file, 'plan', '--out', pdf, '--date', '2026-12-03');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  afterAll(async () => {
    await closeSharedPrintBrowser();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints nothing the funder should not read: no notes of the app, no lateness, no zone verdicts', () => {
    const text = pdfText(pdf);
    // The group's note is the app's («Merknad», shown on the Plan screen only).
    expect(text).not.toContain('fire navn ved siden av fem tilhørigheter');
    expect(text).not.toMatch(/forsinket/i);
    for (const verdict of ['Uakseptabel', 'Akseptabel', 'Tiltak må vurderes', 'Soner:']) expect(text).not.toContain(verdict);
    // The risk register keeps probability, consequence and score as numbers: risk 1 is 4 × 4 = 16, with no zone letter.
    expect(text).toMatch(/ 4 4 16 /);
    expect(text).not.toMatch(/\b16 U\b/);
    // The introduction once (not also on the title page), the goals numbered without a bullet.
    expect(text.split('Vi vil med dette prosjektet se på effekter').length - 1).toBe(1);
    expect(pdfLayoutText(pdf, pageOf('2. Mål og resultat'))).toMatch(/^\s*1\. Lære om effekter/m);
    expect(text).not.toContain('• 1.');
  });

  it('prints the plan\'s description of group X beside its name, and marks a post not yet filled once', () => {
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    // The group's description is the plan's own text («Prosjektgruppe X (Bestående av noen fra prosjektgruppe A, B og C)»).
    expect(text).toContain('Bestående av noen fra prosjektgruppe A, B og C');
    // The plan names the post «Person 4 drmk (venter på ansettelse)»: no «(ikke besatt)» after it.
    expect(text).toContain('Person 4 drmk (venter på ansettelse) Avdelingsleder Hovedbiblioteket');
    expect(text).not.toContain('(ikke besatt)');
  });

  it('keeps its columns apart and its words whole: no word over another, no role broken mid-word, a name on one line', () => {
    expect(overlappingWords(pdf)).toEqual([]);
    const text = pdfText(pdf);
    // The ansvarstabell's role column is wide enough for «Koordineringsteam» (it printed «Koordineringstea m»).
    expect(text).toContain('Koordineringsteam Ina Synøve Borsheim');
    const words = wordBoxes(pdf);
    const heyerdal = words.find((w) => w.text === 'Heyerdal')!;
    const johnston = words.find((w) => w.text === 'Johnston' && w.page === heyerdal.page)!;
    expect(Math.abs(johnston.yMin - heyerdal.yMin), 'Eva Christin Heyerdal Johnston on one line').toBeLessThan(1);
  });

  it('has the version and the approval date on the title page', () => {
    const title = pdfText(pdf, 1);
    expect(title).toContain('Versjon 2.1');
    expect(title).toContain('Vedtatt 15.06.2021');
    // The parties once: under the title, not again among the facts.
    expect(title.split('Indre Østfold kommune').length - 1).toBe(1);
  });

  it('has contents whose page numbers and links lead to where each chapter starts', () => {
    const toc = contentsEntries(pdf);
    expect(toc.map((t) => t.title)).toEqual(chapters);
    for (const entry of toc) expect(pageOf(entry.title), entry.title).toBe(entry.page);

    // Each entry is a link annotation to a named destination on the chapter's page.
    const doc = readPdf(readFileSync(pdf));
    const pages = pageObjects(doc);
    const annots = /\/Annots\s*\[([^\]]*)\]/.exec(objectBody(doc, pages[1]!))?.[1] ?? '';
    const links = [...annots.matchAll(/(\d+) \d+ R/g)].map((m) => objectBody(doc, Number(m[1])))
      .filter((b) => /\/Subtype\s*\/Link/.test(b))
      .map((b) => /\/Dest\s*\/([\w-]+)/.exec(b)?.[1]);
    expect(links.length).toBe(chapters.length);
    const dests = objectBody(doc, Number(/\/Dests (\d+) 0 R/.exec(objectBody(doc, doc.root))![1]));
    links.forEach((name, i) => {
      const target = new RegExp(`/${name} \\[(\\d+) 0 R`).exec(dests);
      expect(target, `destination ${name}`).not.toBeNull();
      expect(pages.indexOf(Number(target![1])) + 1, chapters[i]).toBe(toc[i]!.page);
    });
  });

  it('leaves no page nearly empty but the last, and draws every page for a reader', () => {
    const { pages, height } = { pages: pdfInfo(pdf).pages, height: pdfInfo(pdf).height };
    expect(pages).toBeLessThanOrEqual(9);
    const bbox = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' }).stdout;
    const pageBlocks = bbox.split(/<page /).slice(1);
    expect(pageBlocks.length).toBe(pages);
    // The text block: 20 mm top and 22 mm bottom margin; the running footer sits below it and does not count.
    const top = (20 / 25.4) * 72;
    const bottom = height - (22 / 25.4) * 72;
    pageBlocks.forEach((block, i) => {
      const ys = [...block.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)]
        .map((m) => [Number(m[1]), Number(m[2])] as const)
        .filter(([, yMax]) => yMax <= bottom);
      const used = ys.length === 0 ? 0 : (Math.max(...ys.map(([, y]) => y)) - top) / (bottom - top);
      if (i < pages - 1) expect(used, `page ${i + 1} used`).toBeGreaterThan(0.15);
    });
    const out = join(process.cwd(), 'test-artifacts', 'plan-print');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    expect(spawnSync('pdftoppm', ['-r', '50', '-png', pdf, join(out, 'side')]).status).toBe(0);
  });

  it('in English, heads the risk register in English words (no «S» and «K» from sannsynlighet and konsekvens)', async () => {
    const english = join(dir, 'plan-en.pdf');
    const r = await run('print', file, 'plan', '--out', english, '--date', '2026-12-03', '--lang', 'en');
    expect(r.code, r.stderr).toBe(0);
    const text = pdfText(english);
    expect(text).toContain('P = probability, C = consequence.');
    expect(text).toMatch(/Measures P C Score/);
    expect(text).not.toMatch(/S = probability|K = consequence/);
  });

  const pageOf = (title: string) => pageOfIn(pdf, title);
});
