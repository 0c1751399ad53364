import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './axe.js';
import { cli, useServedWorkbook, expectAllSaved } from './harness.js';

/** Milepæler in Chromium through the web host: the plan's dates as written, their weeks, and marking one reached. */
describe('the milestones in Chromium through the web host', () => {
  const env = useServedWorkbook('milepaeler.prosjektboka');

  async function milestonePage(): Promise<Page> {
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.clock.setFixedTime(new Date('2022-03-15T12:00:00'));
    const page = await context.newPage();
    await page.goto(`${env.served.url}#/milestones`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Milepæler');
    return page;
  }
  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

  it('shows "September uke 36 2021" beside 06.09.2021–12.09.2021 and uke 36, marks the late ones, and saves a reached milestone', async () => {
    const page = await milestonePage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const row = page.locator('tr[data-milestone="1"]');
    await expect.poll(() => row.locator('.ms-planned').textContent()).toBe('September uke 36 2021');
    expect(norm(await row.locator('.ms-range').textContent())).toBe('06.09.2021–12.09.2021 uke 36');
    expect(norm(await row.locator('.late-mark').textContent())).toBe('Forsinket tidsrommet sluttet 12.09.2021');
    expect(norm(await page.locator('tr[data-milestone="3"] .ms-range').textContent())).toBe('Ikke tidfestet');
    expect(await page.locator('tr.row-late').count()).toBe(4);
    await expectNoAxeViolations(page, 'Milepæler (liste)');

    await row.getByLabel('Status for milepæl 1').selectOption({ label: 'Nådd' });
    await expect.poll(() => row.locator('.late-mark').count()).toBe(0);
    await row.getByLabel('Faktisk dato for milepæl 1').fill('20.09.2021');
    await row.getByLabel('Faktisk dato for milepæl 1').press('Tab');
    await expect.poll(() => row.locator('.ms-compare').textContent()).toBe('8 dager etter planen');
    await expectAllSaved(page);

    await page.getByRole('button', { name: 'Tidslinje' }).click();
    const september = page.locator('li.tl-month', { has: page.getByRole('heading', { name: 'september 2021' }) });
    await expect.poll(() => september.getByRole('list', { name: 'Uker i september 2021' }).getByRole('listitem').allTextContents())
      .toContain('uke 36 milepæl 1, 4');
    expect(norm(await september.locator('.tl-item', { hasText: 'Prosjektgrupper ferdig rekruttert' }).textContent()))
      .toContain('uke 36 · 06.09.2021–12.09.2021 · September uke 36 2021');
    await expectNoAxeViolations(page, 'Milepæler (tidslinje)');
    expect(errors).toEqual([]);
    await page.context().close();

    const dump = JSON.parse(cli('dump', env.file).stdout) as { records: Record<string, { number?: number; status?: string; actualDate?: string }[]> };
    expect(dump.records.milestone!.find((m) => m.number === 1)).toMatchObject({ status: 'reached', actualDate: '2021-09-20' });
  });
});
