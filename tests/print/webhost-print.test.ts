import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, launchChromium, serve, tempDir, type ServedWorkbook } from '../e2e/harness.js';
import { isA4Landscape, isA4Portrait, pdfInfo, pdfText } from './pdfTools.js';

/**
 * Printing and exporting from the app as a browser user does it, through
 * the web host: the list of printouts, "Lagre som PDF" and the table
 * buttons, each ending in a downloaded file that is then read back.
 */
describe('printouts and exports from the app through the web host', () => {
  const dir = tempDir();
  const file = join(dir.path, 'prosjekt.prosjektboka');
  let served: ServedWorkbook;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    expect(cli('init', file).code).toBe(0);
    [served, browser] = await Promise.all([serve(file), launchChromium()]);
    page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await page.goto(`${served.url}#/print/index`);
    await page.getByRole('heading', { name: 'Utskrifter og eksport' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    dir.remove();
  });

  async function download(button: string, name: string): Promise<string> {
    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 45_000 }), page.getByRole('button', { name: button, exact: true }).click()]);
    expect(d.suggestedFilename()).toBe(name);
    const target = join(dir.path, `nedlastet-${name}`);
    await d.saveAs(target);
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe(`Lastet ned ${name}.`);
    return target;
  }

  it('saves the risk matrix and the plan as PDF from the list of printouts', async () => {
    const matrix = await download('Lagre som PDF: Risikomatrise (DSB: sannsynlighet i rader)', 'risikomatrise.pdf');
    const info = pdfInfo(matrix);
    expect(info.pages).toBe(1);
    expect(isA4Landscape(info)).toBe(true);
    const text = pdfText(matrix);
    for (const word of ['Konsekvens', 'Sannsynlighet', 'Veldig høy', 'Veldig alvorlig', '(DSB)']) expect(text).toContain(word);
    // The screen-only toolbar is not on paper.
    expect(text).not.toContain('Alle utskrifter');

    const plan = await download('Lagre som PDF: Prosjektplan', 'prosjektplan.pdf');
    const planInfo = pdfInfo(plan);
    expect(isA4Portrait(planInfo)).toBe(true);
    expect(planInfo.pages).toBeGreaterThanOrEqual(8);
    const planText = pdfText(plan);
    expect(planText).toContain('Prosjektet er støttet med utviklingsmidler fra Nasjonalbiblioteket');
    expect(planText).toContain('2 340 000');
  });

  it('saves a printout from its own toolbar, naming the document while it is made', async () => {
    const view = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await view.goto(`${served.url}#/print/plan`);
    await view.waitForSelector('body[data-print-ready="true"]', { state: 'attached' });
    const status = view.getByRole('toolbar').getByRole('status');
    // Every text the status line shows, however briefly (a string: this file is compiled without the DOM's types).
    await view.evaluate(`(() => {
      const el = document.querySelector('[role="toolbar"] [role="status"]');
      window.statusTexts = [];
      new MutationObserver(() => window.statusTexts.push(el.textContent)).observe(el, { childList: true, characterData: true, subtree: true });
    })()`);
    const [d] = await Promise.all([view.waitForEvent('download'), view.getByRole('toolbar').getByRole('button', { name: 'Lagre som PDF' }).click()]);
    expect(d.suggestedFilename()).toBe('prosjektplan.pdf');
    await expect.poll(() => status.textContent()).toBe('Lastet ned prosjektplan.pdf.');
    expect(await view.evaluate('window.statusTexts')).toContain('Lager Prosjektplan …');
    await view.context().close();
  });

  it('downloads tables as XLSX and CSV', async () => {
    const xlsx = await download('Budsjett som XLSX', 'budsjett.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const sheet = book.worksheets[0]!;
    const sum = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(2).value === 'Sum utgifter')!;
    expect([sum.getCell(3).value, sum.getCell(4).value, sum.getCell(5).value]).toEqual([1170000, 1170000, 2340000]);

    const csv = readFileSync(await download('Risikoregister som CSV', 'risikoregister.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('\r\n1;Mangel på forståelse og eierskap hos ansatte;');
  });

  it('answers the API directly with a PDF, and refuses an unknown view', async () => {
    const call = (method: string, body: unknown) =>
      page.evaluate(async ([m, b]) => {
        const r = await fetch(`/api/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(b) });
        return { status: r.status, json: (await r.json()) as { ok: boolean; result?: { base64: string; pages: number }; error?: { message: string } } };
      }, [method, body] as const);
    const ok = await call('renderPdf', { view: 'status', date: '2022-06-01' });
    expect(ok.status).toBe(200);
    expect(ok.json.result!.pages).toBeGreaterThanOrEqual(1);
    const pdf = join(dir.path, 'status-api.pdf');
    writeFileSync(pdf, Buffer.from(ok.json.result!.base64, 'base64'));
    expect(pdfText(pdf)).toContain('Statusrapport');
    const bad = await call('renderPdf', { view: 'gantt' });
    expect(bad.status).toBe(400);
    expect(bad.json.error!.message).toContain('view');
  });
});
