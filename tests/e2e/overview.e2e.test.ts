import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.js';
import { useServedWorkbook } from './harness.js';

/** Oversikt in Chromium through the web host: where the project stands, said in words. */
describe('the overview in Chromium through the web host', () => {
  const env = useServedWorkbook('oversikt.prosjektboka');

  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

  it('on 15.03.2022: the title and period, project year 1, statuses in words, and no axe violations', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.clock.setFixedTime(new Date('2022-03-15T12:00:00'));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(env.served.url);

    await expect.poll(() => page.locator('h1').textContent()).toBe('Beste praksis for bibliotek og innbyggertorg');
    await expect.poll(() => page.getByText(/Prosjektperiode 01\.09\.2021–31\.08\.2023/).count()).toBe(1);
    const status = (area: string) => page.locator(`[data-status="${area}"] .status-light`).textContent().then(norm);
    await expect.poll(() => status('milestones')).toBe('Rød: 4 milepæler forsinket');
    expect(await status('budget')).toBe('Gul: forbruket ligger 626 557 kr etter planen i Prosjektår 1');
    expect(await status('risks')).toBe('Rød: 2 risikoer i rød sone');
    expect(await page.getByText('Vi er i Prosjektår 1 (01.09.2021–01.09.2022).').count()).toBe(1);
    expect(await page.getByText(/Prosjektårene overlapper derfor 01\.09\.2022/).count()).toBe(1);
    await expectNoAxeViolations(page, 'Oversikt');

    // The status links lead to the screens behind them.
    await page.getByRole('link', { name: 'Se budsjettet' }).first().click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Budsjett');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in English, after the project has ended', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.clock.setFixedTime(new Date('2023-09-10T12:00:00'));
    const page = await context.newPage();
    await page.goto(env.served.url);
    await page.getByLabel('Språk').selectOption('en');
    await expect.poll(() => page.getByText('The project ended on 31.08.2023, 10 days ago.').count()).toBe(1);
    expect(norm(await page.locator('[data-status="milestones"] .status-light').textContent())).toBe('Red: 12 milestones late');
    await expectNoAxeViolations(page, 'Overview (English)');
    await context.close();
  });
});
