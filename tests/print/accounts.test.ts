import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPrintBrowser, type Browser } from '../../electron/print/chromium.js';
import { renderPdf } from '../../electron/print/printWorkbook.js';
import { createWorkbook, openWorkbook } from '../../electron/workbook/open.js';
import { isA4Landscape, pdfInfo, pdfText } from './pdfTools.js';

/**
 * Nasjonalbiblioteket's accounts («Regnskap») through the real print path, read back with poppler
 * as NB's case officer would: every budget line with budget, actual and deviation, a comment under
 * each deviation (or the words saying it is missing), the egeninnsats check in words, the auditor
 * note, the signature block and the credit line. PNGs go to test-artifacts/accounts/ to look at.
 */
describe('the accounts printout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prosjektboka-accounts-'));
  const plan = join(dir, 'plan.prosjektboka');
  const pdf = join(dir, 'regnskap.pdf');
  let browser: Browser;

  beforeAll(async () => {
    createWorkbook(plan).close();
    const wb = openWorkbook(plan);
    try {
      const lines = wb.records.list('budget-line');
      const line = (name: string) => lines.find((l) => (l.fields.description as string).startsWith(name))!.id;
      // Year 1 as it went: the survey cost more, the conference less, and project management on plan.
      wb.commands.create('budget-actual', { lineId: line('Prosjektledelse'), date: '2022-06-30', amount: 318_500, note: '' });
      wb.commands.create('budget-actual', { lineId: line('Innbyggerundersøkelser'), date: '2022-03-01', amount: 262_000, note: 'Byrå' });
      wb.commands.create('budget-actual', { lineId: line('Konferanse'), date: '2022-05-10', amount: 31_000, note: '' });
      wb.commands.create('budget-actual', { lineId: line('Egeninnsats'), date: '2022-08-31', amount: 470_000, note: '' });
      wb.commands.create('budget-actual', { lineId: line('Søknadssum'), date: '2021-09-15', amount: 700_000, note: '' });
      wb.commands.update('budget-line', line('Innbyggerundersøkelser'), {
        deviationComment: 'Byrået krevde to runder med spørreskjema; styringsgruppa godkjente merforbruket 14.02.2022.',
      });
    } finally {
      wb.close();
    }
    browser = await launchPrintBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("after year 1 it reports year 1 alone, against that year's budget", async () => {
    const year1 = join(dir, 'regnskap-1.pdf');
    await renderPdf({ workbookPath: plan, view: 'accounts', out: year1, browser, date: '2022-09-15' });
    const text = pdfText(year1);
    for (const words of ['Regnskapsperiode Prosjektår 1: 01.09.2021–01.09.2022', '1 170 000 kr', '+62 000 kr', '−49 000 kr',
      'Egeninnsats i budsjettet: 470 000 kr av 1 170 000 kr (40,2 %).', 'Kravet om minst 40 % egeninnsats er oppfylt.']) {
      expect(text, words).toContain(words);
    }
    expect(text).not.toContain('Prosjektår 2');
    // Project management spent as budgeted: no comment asked for; the survey's comment printed.
    expect(text).toContain('Byrået krevde to runder med spørreskjema');
  });

  it('after the project: every line, the figures, the comments, the 40 % check, auditor, signature and credit', async () => {
    await renderPdf({ workbookPath: plan, view: 'accounts', out: pdf, browser, date: '2023-12-01' });
    const info = pdfInfo(pdf);
    expect(isA4Landscape(info)).toBe(true);
    const text = pdfText(pdf);
    for (const words of [
      'Regnskap til Nasjonalbiblioteket', 'Beste praksis for bibliotek og innbyggertorg',
      'Prosjektledelse', 'Arbeidsmøter, reiser, adm.kostnader', 'Design og trykk rapport', 'Egeninnsats', 'Søknadssum til Nasjonalbiblioteket',
      'Prosjektår 1', 'Prosjektår 2', 'Hele prosjektet', 'Budsjett', 'Regnskap', 'Avvik',
      '2 340 000 kr', '1 170 000 kr', '637 000 kr', '262 000 kr', '+62 000 kr', '−149 000 kr',
      'Byrået krevde to runder med spørreskjema', 'Avviket mangler kommentar.',
      'Egeninnsats i budsjettet: 940 000 kr av 2 340 000 kr (40,2 %).', 'Kravet om minst 40 % egeninnsats er oppfylt.',
      'Tilskuddet er 1 400 000 kr, som er 400 000 kr eller mer: regnskapet skal være revisorattestert.', 'Revisors attestasjon',
      'Sted', 'Dato', 'Prosjekteier', 'Jørgen Hovde', 'Prosjektleder', 'Ina Synøve Borsheim', 'Signatur',
      'Prosjektet er støttet av Nasjonalbiblioteket.',
    ]) expect(text, words).toContain(words);
    expect(text).not.toContain('undefined');
    expect(text).not.toContain('NaN');

    const out = join('test-artifacts', 'accounts');
    mkdirSync(out, { recursive: true });
    const r = spawnSync('pdftoppm', ['-r', '60', '-png', pdf, join(out, 'accounts')]);
    expect(r.status).toBe(0);
  });

  it('in English when asked', async () => {
    const en = join(dir, 'accounts-en.pdf');
    await renderPdf({ workbookPath: plan, view: 'accounts', out: en, browser, lang: 'en', date: '2023-12-01' });
    const text = pdfText(en);
    for (const words of ['Accounts for Nasjonalbiblioteket', 'Own contribution in the budget: 940 000 kr of 2 340 000 kr (40.2 %).',
      'must be attested by an auditor', 'The project is supported by Nasjonalbiblioteket.', 'Project owner']) {
      expect(text, words).toContain(words);
    }
    expect(text).not.toMatch(/Avvik|Egeninnsats i|Prosjekteier/);
  });
});
