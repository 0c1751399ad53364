import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPrintBrowser, type Browser } from '../../electron/print/chromium.js';
import { renderPdf } from '../../electron/print/printWorkbook.js';
import { publishStatusReport } from '../../electron/workbook/statusReportPublish.js';
import { createWorkbook, openWorkbook } from '../../electron/workbook/open.js';
import { normalise, pdfInfo, pdfText, isA4Portrait } from './pdfTools.js';

/**
 * Nasjonalbiblioteket's final report (sluttrapport) through the real print path: its NB parts and,
 * in the slot «nb-accounts», the accounts per budget line for every project year, the egeninnsats
 * share with the 40 % check, the auditor note (the grant is over 400 000 kr), the signature block
 * and NB's credit line. A yearly report carries only its own year. Pages go to
 * test-artifacts/nb-report/ as PNG to look at.
 */
describe('NB’s final report prints its accounts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prosjektboka-nbreport-'));
  const plan = join(dir, 'plan.prosjektboka');
  let finalId = '';
  let yearlyId = '';
  let browser: Browser;

  beforeAll(async () => {
    createWorkbook(plan).close();
    const wb = openWorkbook(plan);
    try {
      const lines = wb.records.list('budget-line');
      const line = (name: string) => lines.find((l) => (l.fields.description as string).startsWith(name))!.id;
      wb.commands.create('budget-actual', { lineId: line('Prosjektledelse'), date: '2022-06-30', amount: 318_500, note: '' });
      wb.commands.create('budget-actual', { lineId: line('Prosjektledelse'), date: '2023-06-30', amount: 318_500, note: '' });
      wb.commands.create('budget-actual', { lineId: line('Innbyggerundersøkelser'), date: '2022-03-01', amount: 262_000, note: 'Byrå' });
      wb.commands.create('budget-actual', { lineId: line('Egeninnsats'), date: '2022-08-31', amount: 470_000, note: '' });
      wb.commands.create('budget-actual', { lineId: line('Egeninnsats'), date: '2023-08-30', amount: 470_000, note: '' });
      wb.commands.create('budget-actual', { lineId: line('Søknadssum'), date: '2021-09-15', amount: 1_400_000, note: '' });
      wb.commands.update('budget-line', line('Innbyggerundersøkelser'), {
        deviationComment: 'Byrået krevde to runder med spørreskjema; styringsgruppa godkjente merforbruket 14.02.2022.',
      });
      finalId = wb.commands.create('status-report', {
        type: 'nb-final', title: 'Sluttrapport', periodFrom: '2021-09-01', periodTo: '2023-08-31',
        overallStatus: 'green', statusReason: 'Prosjektet er gjennomført.', summary: 'Veilederen er ferdig og tatt i bruk.',
        nbResults: 'En veileder for bibliotek og innbyggertorg.',
      });
      yearlyId = wb.commands.create('status-report', {
        type: 'nb-yearly', title: 'Årsrapport prosjektår 1', periodFrom: '2021-09-01', periodTo: '2022-08-31',
        overallStatus: 'yellow', statusReason: 'Workshopen mangler dato.', summary: 'I gang.',
      });
      publishStatusReport(wb, yearlyId);
    } finally {
      wb.close();
    }
    browser = await launchPrintBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the final report: every line for both years, the 40 % check, auditor, signature and credit', async () => {
    const pdf = join(dir, 'sluttrapport.pdf');
    await renderPdf({ workbookPath: plan, view: 'report', id: finalId, out: pdf, browser });
    expect(isA4Portrait(pdfInfo(pdf))).toBe(true);
    const text = normalise(pdfText(pdf));
    for (const words of [
      'Sluttrapport til Nasjonalbiblioteket', 'Resultater', 'En veileder for bibliotek og innbyggertorg.',
      '10. Regnskap', 'Regnskapsperiode: Prosjektår 1, Prosjektår 2, ført til og med 31.08.2023',
      'Prosjektledelse', 'Design og trykk rapport', 'Søknadssum til Nasjonalbiblioteket', 'Hele prosjektet',
      '637 000 kr', '+62 000 kr', 'Byrået krevde to runder med spørreskjema', 'Avviket mangler kommentar.',
      'Egeninnsats i budsjettet: 940 000 kr av 2 340 000 kr (40,2 %).', 'Kravet om minst 40 % egeninnsats er oppfylt.',
      'Tilskuddet er 1 400 000 kr, som er 400 000 kr eller mer: regnskapet skal være revisorattestert.', 'Revisors attestasjon',
      'Sted', 'Prosjekteier', 'Jørgen Hovde', 'Prosjektleder', 'Ina Synøve Borsheim', 'Signatur',
      'Prosjektet er støttet av Nasjonalbiblioteket.',
    ]) expect(text, words).toContain(normalise(words));
    expect(text).not.toMatch(/undefined|NaN|skrives ut som eget vedlegg/);
    // The project has ended: a final report plans no next period and lists no milestones due in one.
    expect(text).not.toMatch(/Planer for neste periode|Neste periode \(/);
    // NB is credited once.
    expect(text.match(/Prosjektet er støttet av/g)).toHaveLength(1);

    const out = join('test-artifacts', 'nb-report');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    expect(spawnSync('pdftoppm', ['-r', '70', '-png', pdf, join(out, 'final')]).status).toBe(0);
    expect(readdirSync(out).length).toBeGreaterThan(0);
  }, 120_000);

  it('in English when asked', async () => {
    const pdf = join(dir, 'final-en.pdf');
    await renderPdf({ workbookPath: plan, view: 'report', id: finalId, out: pdf, browser, lang: 'en' });
    const text = normalise(pdfText(pdf));
    for (const words of ['Final report to Nasjonalbiblioteket', '10. Accounts', 'Accounting period: Prosjektår 1, Prosjektår 2, recorded up to and including',
      'Own contribution in the budget: 940 000 kr of 2 340 000 kr (40.2 %).', 'must be attested by an auditor', 'Project owner',
      'The project is supported by Nasjonalbiblioteket.']) expect(text, words).toContain(normalise(words));
    expect(text).not.toMatch(/Regnskapsperiode|Egeninnsats i budsjettet|Prosjekteier/);
    // The derived parts' tables are English too: «No.» over the numbers, «Total» on the budget's sum rows.
    expect(text).toContain('No.');
    expect(text).not.toMatch(/\bNr\.|\bSum\b/);
  }, 120_000);

  it('the published yearly report carries year 1 alone, frozen with the report', async () => {
    const pdf = join(dir, 'aarsrapport.pdf');
    await renderPdf({ workbookPath: plan, view: 'report', id: yearlyId, out: pdf, browser });
    const text = normalise(pdfText(pdf));
    expect(text).toContain(normalise('Regnskapsperiode: Prosjektår 1, ført til og med 31.08.2022'));
    expect(text).toContain(normalise('Egeninnsats i regnskapet: 470 000 kr av'));
    // The auditor rule reads the grant as awarded for the whole project, not the year's half of it.
    expect(text).toContain(normalise('Tilskuddet er 1 400 000 kr, som er 400 000 kr eller mer'));
    expect(text).not.toContain('Prosjektår 2');

    // A comment written after publishing does not change what was sent to NB.
    const wb = openWorkbook(plan);
    const conference = wb.records.list('budget-line').find((l) => (l.fields.description as string).startsWith('Konferanse'))!.id;
    wb.commands.update('budget-line', conference, { deviationComment: 'Skrevet etter publisering.' });
    wb.close();
    const again = join(dir, 'aarsrapport-2.pdf');
    await renderPdf({ workbookPath: plan, view: 'report', id: yearlyId, out: again, browser });
    expect(pdfText(again)).not.toContain('Skrevet etter publisering.');
    expect(spawnSync('pdftoppm', ['-r', '70', '-png', pdf, join('test-artifacts', 'nb-report', 'yearly')]).status).toBe(0);
  }, 120_000);
});
