import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { todayIso, formatDateNb } from '../../shared/rules/dates.js';
import { expectNoAxeViolations } from './axe.js';
import { cli, launchChromium, serve, tempDir, type ServedWorkbook, expectAllSaved } from './harness.js';

/** The page answers through a real API on a busy machine: give it time. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000, interval: 100 });

/**
 * The risk register in Debian's Chromium through the web host: a project
 * leader moves risk 6 to Alvorlig × Høy (by keyboard, and by drag and drop),
 * sees the dated assessment in its history, takes it back with Ctrl+Z, and
 * finds the move in the workbook file.
 */
describe('the risk register in Chromium', () => {
  const dir = tempDir();
  const files = { keyboard: join(dir.path, 'tastatur.prosjektboka'), drag: join(dir.path, 'dra.prosjektboka') };
  const served: Partial<Record<keyof typeof files, ServedWorkbook>> = {};
  let browser: Browser;

  beforeAll(async () => {
    // One plan workbook, copied, so the two tasks start from the same file without a second init.
    expect(cli('init', files.keyboard, '--replica-name', 'Testmaskin').code).toBe(0);
    copyFileSync(files.keyboard, files.drag);
    [served.keyboard, served.drag, browser] = await Promise.all([serve(files.keyboard), serve(files.drag), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([served.keyboard?.stop(), served.drag?.stop()]);
    dir.remove();
  });

  /** The register of a served workbook, open in a page of its own. */
  async function openRegister(which: keyof typeof files): Promise<{ page: Page; file: string; errors: string[] }> {
    // A context of its own: axe opens helper pages in the page's context.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${served[which]!.url}#/risks`);
    await poll(() => page.locator('h1').textContent()).toBe('Risikoregister');
    await page.getByRole('button', { name: /^Risiko 6:/ }).waitFor();
    return { page, file: files[which], errors };
  }

  const cell = (page: Page, consequence: number, probability: number) =>
    page.locator(`.risk-matrix td[data-consequence="${consequence}"][data-probability="${probability}"]`);
  const chipsIn = (page: Page, consequence: number, probability: number) =>
    cell(page, consequence, probability).getByRole('button').allTextContents();
  /** The risk numbers in the matrix as drawn: row and column counted from the top left, from 0. */
  const chipsDrawnAt = (page: Page, row: number, column: number) =>
    page.locator('.risk-matrix tbody tr').nth(row).locator('td').nth(column).getByRole('button').allTextContents();
  const status = (page: Page) => page.locator('.matrix-status').textContent();

  /** What the CLI reads from the file: risk 6 and its assessments. */
  function riskSixInFile(file: string) {
    const dump = cli('dump', file);
    expect(dump.code).toBe(0);
    const records = (JSON.parse(dump.stdout) as { records: Record<string, Record<string, unknown>[]> }).records;
    const risk = records.risk!.find((r) => r.number === 6)!;
    const assessments = records['risk-assessment']!.filter((a) => a.riskId === risk.id);
    return { risk, assessments };
  }

  async function expectHistoryOfSix(page: Page) {
    await page.getByRole('button', { name: /^Risiko 6:/ }).click();
    const panel = page.getByRole('complementary', { name: 'Kommunene er preget av kommunesammenslåingen' });
    const entries = panel.getByRole('listitem');
    await poll(() => entries.count()).toBe(2);
    expect(await entries.nth(0).locator('time').textContent()).toBe(formatDateNb(todayIso()));
    expect(await entries.nth(0).textContent()).toContain('Høy sannsynlighet × Alvorlig konsekvens');
    expect(await entries.nth(0).textContent()).toContain('Uakseptabel, tiltak nødvendig');
    expect(await entries.nth(1).locator('time').textContent()).toBe('01.09.2021');
    expect(await entries.nth(1).textContent()).toContain('Moderat sannsynlighet × Moderat konsekvens');
    return panel;
  }

  it('moves risk 6 to Alvorlig × Høy by keyboard, undoes and redoes it, and keeps it in the file', async () => {
    const { page, file, errors } = await openRegister('keyboard');
    try {
      expect(await chipsIn(page, 3, 3)).toEqual(['6']);
      await expectNoAxeViolations(page, 'Risikoregister');

      const six = page.getByRole('button', { name: /^Risiko 6:/ });
      await six.focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowRight');
      expect(await status(page)).toContain('Flytter risiko 6 til Alvorlig konsekvens × Høy sannsynlighet');
      await page.keyboard.press('Enter');
      await poll(() => chipsIn(page, 4, 4)).toEqual(['1', '6']);
      expect(await status(page)).toContain('Risiko 6 er flyttet til Alvorlig konsekvens × Høy sannsynlighet');
      await poll(() => page.locator(':focus').getAttribute('aria-label')).toMatch(/^Risiko 6:/);

      // Ctrl+Z puts it back in its old cell; Ctrl+Y moves it again.
      await page.keyboard.press('Control+z');
      await poll(() => chipsIn(page, 3, 3)).toEqual(['6']);
      expect(await chipsIn(page, 4, 4)).toEqual(['1']);
      await page.keyboard.press('Control+y');
      await poll(() => chipsIn(page, 4, 4)).toEqual(['1', '6']);
      await expectAllSaved(page);

      await page.reload();
      await poll(() => chipsIn(page, 4, 4)).toEqual(['1', '6']);
      await expectHistoryOfSix(page);

      // DSB's orientation: probability rows with Veldig høy at the top, consequence columns; remembered.
      await page.getByRole('radio', { name: 'Som i DSBs veileder' }).check();
      expect(await chipsDrawnAt(page, 1, 3)).toEqual(['1', '6']); // Høy (2nd row) × Alvorlig (4th column)
      expect(await chipsDrawnAt(page, 2, 4)).toEqual(['9']); // Moderat × Veldig alvorlig
      expect(await chipsDrawnAt(page, 4, 3)).toEqual(['3', '4']); // Veldig lav × Alvorlig
      await expectNoAxeViolations(page, 'Risikoregister i DSB-oppsett, med risiko 6 åpen');
      await page.reload();
      await poll(() => chipsDrawnAt(page, 1, 3)).toEqual(['1', '6']);
      expect(await page.getByRole('radio', { name: 'Som i DSBs veileder' }).isChecked()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }

    const { risk, assessments } = riskSixInFile(file);
    expect(risk).toMatchObject({ consequence: 4, probability: 4 });
    expect(assessments).toHaveLength(2);
    expect(assessments.find((a) => a.date === todayIso())).toMatchObject({ consequence: 4, probability: 4 });
  });

  it('moves risk 6 by drag and drop, and Ctrl+Z takes the move back', async () => {
    const { page, file, errors } = await openRegister('drag');
    try {
      const six = page.getByRole('button', { name: /^Risiko 6:/ });
      await six.dragTo(cell(page, 4, 4));
      await poll(() => chipsIn(page, 4, 4)).toEqual(['1', '6']);
      expect(await chipsIn(page, 3, 3)).toEqual([]);

      await page.keyboard.press('Control+z');
      await poll(() => chipsIn(page, 3, 3)).toEqual(['6']);

      await six.dragTo(cell(page, 4, 4));
      await poll(() => chipsIn(page, 4, 4)).toEqual(['1', '6']);
      await expectAllSaved(page);
      await page.reload();
      await poll(() => chipsIn(page, 4, 4)).toEqual(['1', '6']);
      await expectHistoryOfSix(page);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }

    const { risk, assessments } = riskSixInFile(file);
    expect(risk).toMatchObject({ consequence: 4, probability: 4 });
    expect(assessments).toHaveLength(2);
  });
});
