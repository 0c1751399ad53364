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
  const files = {
    keyboard: join(dir.path, 'tastatur.prosjektboka'), drag: join(dir.path, 'dra.prosjektboka'), laptop: join(dir.path, 'baerbar.prosjektboka'),
  };
  const served: Partial<Record<keyof typeof files, ServedWorkbook>> = {};
  let browser: Browser;

  beforeAll(async () => {
    // One plan workbook, copied, so the two tasks start from the same file without a second init.
    expect(cli('init', files.keyboard, '--replica-name', 'Testmaskin').code).toBe(0);
    copyFileSync(files.keyboard, files.drag);
    copyFileSync(files.keyboard, files.laptop);
    [served.keyboard, served.drag, served.laptop, browser] = await Promise.all([
      serve(files.keyboard), serve(files.drag), serve(files.laptop), launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([served.keyboard?.stop(), served.drag?.stop(), served.laptop?.stop()]);
    dir.remove();
  });

  /** The register of a served workbook, open in a page of its own. */
  async function openRegister(which: keyof typeof files, viewport = { width: 1440, height: 900 }): Promise<{ page: Page; file: string; errors: string[] }> {
    // A context of its own: axe opens helper pages in the page's context.
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // A failed request (a 400 for a risk that is gone) is a defect too, even when the screen copes.
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.request().method()} ${r.url()}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
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
      const dsb = page.getByRole('group', { name: 'Oppsett' }).getByRole('button', { name: 'Som i DSBs veileder' });
      await dsb.click();
      await poll(() => dsb.getAttribute('aria-pressed')).toBe('true');
      expect(await chipsDrawnAt(page, 1, 3)).toEqual(['1', '6']); // Høy (2nd row) × Alvorlig (4th column)
      expect(await chipsDrawnAt(page, 2, 4)).toEqual(['9']); // Moderat × Veldig alvorlig
      expect(await chipsDrawnAt(page, 4, 3)).toEqual(['3', '4']); // Veldig lav × Alvorlig
      await expectNoAxeViolations(page, 'Risikoregister i DSB-oppsett, med risiko 6 åpen');
      await page.reload();
      await poll(() => chipsDrawnAt(page, 1, 3)).toEqual(['1', '6']);
      expect(await dsb.getAttribute('aria-pressed')).toBe('true');
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

      // The dark theme: the screen is on tokens, so the page goes dark (no light fallback), and the matrix,
      // the register and the open risk stay readable (axe checks the contrast of every word on its background).
      await page.evaluate("document.documentElement.dataset.theme = 'dark'");
      await poll(() => page.evaluate<string>('getComputedStyle(document.documentElement).backgroundColor')).toBe('rgb(21, 24, 29)');
      await expectNoAxeViolations(page, 'Risikoregister i mørkt, med risiko 6 åpen');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }

    const { risk, assessments } = riskSixInFile(file);
    expect(risk).toMatchObject({ consequence: 4, probability: 4 });
    expect(assessments).toHaveLength(2);
  });

  // The checks below run in the page (the tests are typed without the DOM, so they are written as page code).
  /** Elements that scroll on their own (a box with a scrollbar inside the page). */
  const ownScrollers = (page: Page) => page.evaluate<string[]>(`[...document.querySelectorAll('body *')]
    .filter((e) => /(auto|scroll)/.test(getComputedStyle(e).overflowY) && e.scrollHeight > e.clientHeight + 1)
    .map((e) => e.tagName.toLowerCase() + '.' + e.className)`);

  /** Title words drawn on more than one line (a word broken in the middle), and the wrapping rules of the titles. */
  const titleLayout = (page: Page) => page.evaluate<{ count: number; split: string[]; lines: number[]; overflowWrap: string; wordBreak: string }>(`(() => {
    const buttons = [...document.querySelectorAll('.risk-table .risk-title-button')];
    const split = [];
    for (const button of buttons) {
      const text = button.firstChild;
      const words = /\\S+/g;
      for (let m = words.exec(text.textContent); m; m = words.exec(text.textContent)) {
        const range = document.createRange();
        range.setStart(text, m.index);
        range.setEnd(text, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) split.push(m[0]);
      }
    }
    const style = getComputedStyle(buttons[0].closest('td'));
    return { count: buttons.length, split, lines: buttons.map((b) => b.getClientRects().length), overflowWrap: style.overflowWrap, wordBreak: style.wordBreak };
  })()`);

  /** Whether the element is wholly inside the window (boundingBox is relative to the window). */
  async function inWindow(locator: import('playwright-core').Locator): Promise<boolean> {
    const box = await locator.boundingBox();
    const height = locator.page().viewportSize()!.height;
    return box !== null && box.y >= 0 && box.y + box.height <= height;
  }

  it('at 1366×768 shows every risk by scrolling the page, wraps titles at words, prints, and deletes with Angre in place', async () => {
    const { page, file, errors } = await openRegister('laptop', { width: 1366, height: 768 });
    try {
      await poll(() => page.locator('.risk-table tbody tr[aria-rowindex]').count()).toBe(9);
      expect(await page.locator('.filter-count').textContent()).toBe('Viser 9 av 9');
      expect(await ownScrollers(page)).toEqual([]);

      // The last risk is below the fold, and scrolling the page brings it into view.
      const last = page.getByRole('button', { name: 'Prosjektet mangler nasjonal relevans og overføringsverdi', exact: true });
      const inView = () => inWindow(last);
      expect(await inView()).toBe(false);
      await page.mouse.move(700, 400);
      await page.mouse.wheel(0, 5000);
      await poll(inView).toBe(true);
      expect(await page.evaluate<number>('scrollY')).toBeGreaterThan(0);

      const layout = await titleLayout(page);
      expect(layout).toMatchObject({ count: 9, split: [], overflowWrap: 'normal', wordBreak: 'normal' });
      // Room enough that no title takes more than three lines.
      expect(Math.max(...layout.lines)).toBeLessThanOrEqual(3);
      await expectNoAxeViolations(page, 'Risikoregister ved 1366×768, rullet ned');

      // Delete risk 9 from its panel: it asks first, since its dated assessment goes with it; Escape says no.
      const assessmentsOfNine = () => {
        const records = (JSON.parse(cli('dump', file).stdout) as { records: Record<string, Record<string, unknown>[]> }).records;
        const nine = records.risk!.find((r) => r.number === 9)!;
        return records['risk-assessment']!.filter((a) => a.riskId === nine.id).length;
      };
      expect(assessmentsOfNine()).toBe(1);
      await last.click();
      const panel = page.getByRole('complementary', { name: 'Prosjektet mangler nasjonal relevans og overføringsverdi' });
      const deleteNine = panel.getByRole('button', { name: 'Slett: Risiko 9' });
      await deleteNine.click();
      const question = panel.getByRole('group', { name: 'Slett: Risiko 9' });
      expect(await question.textContent()).toContain('«Risiko 9» har 1 vurdering, som slettes sammen med den. Slette likevel?');
      await poll(() => page.evaluate<string | undefined>('document.activeElement?.textContent')).toBe('Avbryt');
      await page.keyboard.press('Escape');
      await deleteNine.waitFor();
      await poll(() => page.evaluate<string | undefined>('document.activeElement?.getAttribute("aria-label") ?? undefined')).toBe('Slett: Risiko 9');
      expect(await page.locator('.filter-count').textContent()).toBe('Viser 9 av 9');
      await panel.waitFor();

      // Asked again and confirmed: Angre is offered in its row, with focus, and brings it back open, assessment and all.
      await deleteNine.click();
      await question.getByRole('button', { name: 'Slett likevel' }).click();
      await poll(() => page.locator('.filter-count').textContent()).toBe('Viser 8 av 8');
      const offer = page.locator('.risk-table .record-deleted');
      expect(await offer.textContent()).toContain('«Risiko 9» er slettet.');
      await poll(() => page.evaluate<string | undefined>('document.activeElement?.textContent')).toBe('Angre');
      await expectNoAxeViolations(page, 'Risikoregister med Angre etter sletting');
      await page.keyboard.press('Enter');
      await poll(() => page.locator('.filter-count').textContent()).toBe('Viser 9 av 9');
      await panel.waitFor();
      expect(await offer.count()).toBe(0);
      await poll(() => panel.getByRole('listitem').count()).toBe(1);
      expect(assessmentsOfNine()).toBe(1);

      // A new risk, then its title edited in its panel.
      await page.getByRole('button', { name: 'Ny risiko' }).click();
      await page.getByLabel('Kort beskrivelse av risikoen').fill('Nøkkelpersoner slutter');
      await page.getByRole('button', { name: 'Legg til risikoen' }).click();
      const added = page.getByRole('complementary', { name: 'Nøkkelpersoner slutter' });
      await added.waitFor();
      const title = page.locator('.risk-editor').getByLabel('Tittel', { exact: true });
      await title.fill('Nøkkelpersoner slutter i prosjektperioden');
      await title.press('Tab');
      await expectAllSaved(page);
      await poll(() => page.locator('.filter-count').textContent()).toBe('Viser 10 av 10');

      // The printout of the matrix, from a button on the screen.
      await page.getByRole('link', { name: 'Skriv ut risikomatrise' }).click();
      await poll(() => page.evaluate<string | undefined>('document.body.dataset.printReady ?? document.body.dataset.printError')).toBe('true');
      expect(page.url()).toMatch(/#\/print\/risk-matrix$/);
      expect(await page.locator('body').textContent()).toContain('Nøkkelpersoner slutter i prosjektperioden');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
    const records = (JSON.parse(cli('dump', file).stdout) as { records: Record<string, Record<string, unknown>[]> }).records;
    expect(records.risk!.map((r) => r.number).sort((a, b) => Number(a) - Number(b))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(records.risk!.find((r) => r.number === 10)).toMatchObject({ title: 'Nøkkelpersoner slutter i prosjektperioden' });
  });
});
