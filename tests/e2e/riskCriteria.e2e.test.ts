import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { formatDateNb, todayIso } from '../../shared/rules/dates.js';
import { expectNoAxeViolations } from './axe.js';
import { cli, expectAllSaved, REPO, useServedWorkbook } from './harness.js';

/** The page answers through a real API on a busy machine: give it time. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000, interval: 100 });

/**
 * The risk acceptance criteria on Risikoregister (issue 14), in Debian's
 * Chromium through the web host: the leader sees the app's zones marked as a
 * proposal, types limits that overlap and is told so at the field (nothing is
 * saved), corrects them, picks DSB's names, and records the steering group's
 * decision with «Vedta»; the workbook file holds each step, and an edit after
 * the decision makes the criteria a proposal again.
 */
describe('the acceptance criteria in Chromium', () => {
  const env = useServedWorkbook('kriterier.prosjektboka');

  function projectInFile(): Record<string, unknown> {
    const dump = cli('dump', env.file);
    expect(dump.code).toBe(0);
    return (JSON.parse(dump.stdout) as { records: Record<string, Record<string, unknown>[]> }).records.project![0]!;
  }

  async function open(viewport = { width: 1366, height: 768 }, english = false): Promise<{ page: Page; errors: string[] }> {
    const context = await env.browser.newContext({ viewport, colorScheme: english ? 'dark' : 'light' });
    if (english) await context.addInitScript("localStorage.setItem('prosjektboka.language', 'en')");
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${env.served.url}#/risks`);
    await poll(() => page.locator('h1').textContent()).toBe(english ? 'Risk register' : 'Risikoregister');
    await page.locator('.criteria-panel').waitFor();
    return { page, errors };
  }

  const status = (page: Page) => page.getByTestId('criteria-status').textContent();
  const limit = (page: Page, zone: string, end: 'from' | 'to') => page.locator(`input[data-zone="${zone}"][data-end="${end}"]`);

  async function shoot(page: Page, name: string) {
    if (!process.env.PROSJEKTBOKA_SCREENSHOT) return;
    const dir = join(REPO, 'test-artifacts', 'risk-criteria');
    mkdirSync(dir, { recursive: true });
    await page.locator('.criteria-panel').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(dir, `${name}.png`), fullPage: false });
  }

  it('edits the limits with errors at the field, chooses DSB names and records the decision', async () => {
    const { page, errors } = await open();
    await poll(() => status(page)).toBe('Forslag – ikke vedtatt');
    await expect(page.locator('.zone-legend-title').textContent()).resolves.toBe('Soner (forslag)');

    await page.getByRole('button', { name: 'Endre grenser og navn' }).click();
    // Red from 10 overlaps yellow's 5–12: said at red's «Fra», nothing saved.
    await limit(page, 'red', 'from').fill('10');
    await limit(page, 'red', 'from').blur();
    await poll(() => limit(page, 'red', 'from').getAttribute('aria-invalid')).toBe('true');
    const redFrom = page.locator('.criteria-zone.zone-red .ui-field').first();
    await expect(redFrom.locator('.ui-field-error').textContent()).resolves.toBe('gul og rød sone overlapper: 10–12 ligger i begge');
    await expect(page.locator('.criteria-unsaved').first().textContent()).resolves.toMatch(/ikke lagret/);
    await shoot(page, 'overlap-1366');
    // Out of 1–25, and a gap: each named where it is.
    await limit(page, 'red', 'to').fill('30');
    await poll(() => page.locator('.criteria-zone.zone-red .ui-field-error').allTextContents())
      .toEqual(['rød sone: grensene må være hele tall fra 1 til 25']);
    await limit(page, 'red', 'to').fill('25');
    await limit(page, 'red', 'from').fill('16');
    await poll(() => page.locator('.criteria-zone.zone-red .ui-field-error').allTextContents()).toEqual(['verdien 15 faller ikke i noen sone']);
    expect(projectInFile().riskZones).toEqual([{ from: 1, to: 4 }, { from: 5, to: 12 }, { from: 15, to: 25 }]);

    // Valid: yellow 5–9, red 10–25, saved when the field is left.
    await limit(page, 'yellow', 'to').fill('9');
    await limit(page, 'red', 'from').fill('10');
    await limit(page, 'red', 'from').blur();
    await poll(() => page.locator('.criteria-panel .ui-field-error').count()).toBe(0);
    await expectAllSaved(page);
    await poll(() => projectInFile().riskZones).toEqual([{ from: 1, to: 4 }, { from: 5, to: 9 }, { from: 10, to: 25 }]);
    // The legend follows: the red zone now starts at 10.
    await poll(() => page.locator('.zone-legend-item.zone-red .zone-legend-range').textContent()).toBe('risikoverdi 10–25');
    // Undone, the fields show the limits in the file again; redone, the new ones.
    await page.locator('h1').click();
    await page.keyboard.press('Control+z');
    await poll(() => projectInFile().riskZones).toEqual([{ from: 1, to: 4 }, { from: 5, to: 12 }, { from: 15, to: 25 }]);
    await poll(() => limit(page, 'red', 'from').inputValue()).toBe('15');
    await expect(limit(page, 'yellow', 'to').inputValue()).resolves.toBe('12');
    await page.keyboard.press('Control+Shift+z');
    await poll(() => limit(page, 'red', 'from').inputValue()).toBe('10');
    await poll(() => projectInFile().riskZones).toEqual([{ from: 1, to: 4 }, { from: 5, to: 9 }, { from: 10, to: 25 }]);

    // DSB's words for the zones.
    await page.getByRole('button', { name: 'DSBs navn' }).click();
    await poll(() => projectInFile().riskZoneLabels).toBe('dsb');
    await poll(() => page.locator('.zone-legend-item.zone-red .zone-legend-name').textContent()).toBe('Høy risiko');
    // Each change is a step of the window's undo history, as every other edit: Ctrl+Z and Ctrl+Shift+Z.
    await page.locator('h1').click();
    await page.keyboard.press('Control+z');
    await poll(() => projectInFile().riskZoneLabels).toBe('plan');
    await poll(() => page.getByRole('button', { name: 'Prosjektplanens navn' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Control+Shift+z');
    await poll(() => projectInFile().riskZoneLabels).toBe('dsb');
    await poll(() => page.locator('.zone-legend-item.zone-red .zone-legend-name').textContent()).toBe('Høy risiko');
    await page.getByRole('button', { name: 'Ferdig' }).click();

    // Vedta: who is required, then recorded with the date.
    await page.getByRole('button', { name: 'Vedta', exact: true }).click();
    const today = formatDateNb(todayIso());
    await expect(page.getByLabel('Vedtatt dato').inputValue()).resolves.toBe(today);
    await page.getByRole('button', { name: 'Vedta kriteriene' }).click();
    await poll(() => page.locator('.criteria-decide .ui-field-error').textContent()).toBe('Velg en person eller skriv hvem som vedtok kriteriene.');
    await page.getByLabel('Vedtatt av (organ eller navn)').fill('Styringsgruppa');
    await shoot(page, 'decide-1366');
    await page.getByRole('button', { name: 'Vedta kriteriene' }).click();
    await poll(() => status(page)).toBe(`Vedtatt ${today} av Styringsgruppa`);
    await expect(page.locator('.zone-legend-title').textContent()).resolves.toBe('Soner');
    const decided = projectInFile();
    expect(decided.riskCriteriaDecided).toEqual({ zones: [{ from: 1, to: 4 }, { from: 5, to: 9 }, { from: 10, to: 25 }], labels: 'dsb' });
    expect(decided.riskCriteriaDecidedOn).toBe(todayIso());
    expect(decided.riskCriteriaDecidedBy).toBe('Styringsgruppa');
    await expectNoAxeViolations(page, 'the acceptance criteria');
    await shoot(page, 'decided-1366');

    // Changed after the decision: a proposal again, with the decision's date said.
    await page.getByRole('button', { name: 'Endre grenser og navn' }).click();
    await limit(page, 'yellow', 'to').fill('10');
    await limit(page, 'red', 'from').fill('12');
    await limit(page, 'red', 'from').press('Enter');
    await poll(() => status(page)).toBe(`Forslag – endret etter vedtaket ${today}`);
    await poll(() => projectInFile().riskZones).toEqual([{ from: 1, to: 4 }, { from: 5, to: 10 }, { from: 12, to: 25 }]);
    await page.setViewportSize({ width: 800, height: 600 });
    await shoot(page, 'editing-800');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('speaks English in the dark theme: the decision, the errors at the field, the names', async () => {
    const { page, errors } = await open({ width: 1366, height: 768 }, true);
    // The first test decided, then changed the criteria: a proposal again.
    await poll(() => status(page)).toBe(`Proposal – changed since the decision of ${formatDateNb(todayIso())}`);
    await page.getByRole('button', { name: 'Change limits and names' }).click();
    await limit(page, 'green', 'from').fill('0');
    await poll(() => page.locator('.criteria-zone.zone-green .ui-field-error').allTextContents())
      .toEqual(['green zone: the limits must be whole numbers from 1 to 25']);
    await expect(page.getByRole('button', { name: 'DSB’s names' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await poll(() => page.locator('.zone-legend-item.zone-red .zone-legend-name').textContent()).toBe('High risk');
    await expectNoAxeViolations(page, 'the acceptance criteria in English, dark');
    await shoot(page, 'english-dark-1366');
    expect(projectInFile().riskZones).toEqual([{ from: 1, to: 4 }, { from: 5, to: 10 }, { from: 12, to: 25 }]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
