import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './axe.js';
import { cli, useServedWorkbook, expectAllSaved } from './harness.js';

/** Milepæler in Chromium through the web host: the plan's dates as written, their weeks, and marking one reached. */
describe('the milestones in Chromium through the web host', () => {
  const env = useServedWorkbook('milepaeler.prosjektboka');

  async function milestonePage(today = '2022-03-15', viewport = { width: 1366, height: 900 }): Promise<Page> {
    const context = await env.browser.newContext({ viewport });
    await context.clock.setFixedTime(new Date(`${today}T12:00:00`));
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
    await expect.poll(() => row.getByLabel('Dato i planen for milepæl 1').inputValue()).toBe('September uke 36 2021');
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

  it('the user’s task: moves milestone 10 to «uke 40–42 2022» in the app only; after a reload it is there, on the timeline, and late from week 43', async () => {
    const page = await milestonePage('2022-10-20', { width: 1366, height: 768 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const row = page.locator('tr[data-milestone="10"]');
    const field = row.getByLabel('Dato i planen for milepæl 10');
    await expect.poll(() => field.inputValue()).toBe('November 2022');
    await field.fill('uke 40–42 2022');
    await field.press('Enter');
    await expectAllSaved(page);
    await page.reload();
    await expect.poll(() => page.locator('tr[data-milestone="10"]').getByLabel('Dato i planen for milepæl 10').inputValue()).toBe('uke 40–42 2022');
    expect(norm(await page.locator('tr[data-milestone="10"] .ms-range').textContent())).toBe('03.10.2022–23.10.2022 uke 40–42');
    // On 20.10.2022 week 42 is not over: not late.
    expect(await page.locator('tr[data-milestone="10"] .late-mark').count()).toBe(0);

    // The table fits the window: its last column ends inside the page, nothing to scroll sideways.
    // (Read in the page as a string: the tests are compiled without the DOM's types.)
    const fit = await page.evaluate<{ overflow: number; page: number }>(`(() => {
      const scroller = document.querySelector('tr[data-milestone="10"]').closest('.table-scroll');
      return { overflow: scroller.scrollWidth - scroller.clientWidth, page: document.documentElement.scrollWidth };
    })()`);
    const last = await page.locator('tr[data-milestone="10"] .ms-actions').boundingBox();
    expect(fit.overflow).toBe(0);
    expect(fit.page).toBe(1366);
    expect(last!.x + last!.width).toBeLessThanOrEqual(1366);
    // To look at the screen as a user sees it: PROSJEKTBOKA_SCREENSHOT=/tmp/milepaeler.png.
    if (process.env.PROSJEKTBOKA_SCREENSHOT) await page.screenshot({ path: process.env.PROSJEKTBOKA_SCREENSHOT });
    await expectNoAxeViolations(page, 'Milepæler (redigerbar liste)');

    await page.getByRole('button', { name: 'Tidslinje' }).click();
    const october = page.locator('li.tl-month', { has: page.getByRole('heading', { name: /^oktober 2022/ }) });
    await expect.poll(async () => (await october.getByRole('list', { name: 'Uker i oktober 2022' }).getByRole('listitem').allTextContents())
      .map(norm).filter((w) => w.includes('milepæl'))).toEqual(['uke 40 milepæl 10', 'uke 41 milepæl 10', 'uke 42 milepæl 10 (I dag)']);
    expect(norm(await october.locator('.tl-item', { hasText: 'Første utkast av rapport og modell' }).textContent()))
      .toContain('uke 40–42 · 03.10.2022–23.10.2022 · uke 40–42 2022');
    // November has lost it.
    const november = page.locator('li.tl-month', { has: page.getByRole('heading', { name: 'november 2022' }) });
    expect(await november.locator('.tl-item', { hasText: 'Første utkast av rapport og modell' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();

    // From Monday of week 43 it is late, judged by the end of the range.
    const later = await milestonePage('2022-10-24');
    await expect.poll(async () => norm(await later.locator('tr[data-milestone="10"] .late-mark').textContent()))
      .toBe('Forsinket tidsrommet sluttet 23.10.2022');
    await later.context().close();

    const dump = JSON.parse(cli('dump', env.file).stdout) as { records: Record<string, { number?: number; plannedText?: string }[]> };
    expect(dump.records.milestone!.find((m) => m.number === 10)).toMatchObject({ plannedText: 'uke 40–42 2022' });
  });

  it('adds, deletes with «Angre» in place and moves milestones by keyboard; a date it cannot read stays as written', async () => {
    const page = await milestonePage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await expect.poll(() => page.locator('tr[data-milestone="13"]').count()).toBe(1);

    await page.getByRole('button', { name: 'Legg til milepæl i Prosjektår 2' }).click();
    const added = page.locator('tr[data-milestone="14"]');
    await expect.poll(() => added.getByLabel('Beskrivelse av milepæl 14').evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.type('Evaluering med Nasjonalbiblioteket');
    await page.keyboard.press('Tab'); // into the date: an empty comment has no field until its button opens one
    await page.keyboard.type('Etter påske 2023');
    await page.keyboard.press('Enter');
    await expectAllSaved(page);
    await expect.poll(async () => norm(await added.locator('.ms-range').textContent())).toBe('Ukjent tidspunkt');
    expect(await added.getByLabel('Dato i planen for milepæl 14').inputValue()).toBe('Etter påske 2023');
    // The forms understood are listed at the field.
    expect(norm(await added.locator('.ms-planned .field-hint').textContent())).toContain('uke 40–42 2022');
    await expect.poll(async () => norm(await page.locator('.ms-unknown-note').textContent())).toContain('14: «Etter påske 2023»');
    await expectNoAxeViolations(page, 'Milepæler (ukjent tidspunkt)');

    // Move 14 up with the keyboard: it trades numbers with 13 and keeps the focus.
    await added.getByRole('button', { name: 'Flytt milepæl 14 opp' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('tr[data-milestone="13"]').getByLabel('Beskrivelse av milepæl 13').inputValue())
      .toBe('Evaluering med Nasjonalbiblioteket');
    await expect.poll(() => page.locator(':focus').getAttribute('aria-label')).toBe('Flytt milepæl 13 opp');

    // Delete it, then «Angre» right there.
    await page.locator('tr[data-milestone="13"]').getByRole('button', { name: 'Slett: Milepæl 13' }).click();
    await expect.poll(async () => norm(await page.locator('.milestone-table .record-deleted').textContent())).toMatch(/^«Milepæl 13» er slettet\./);
    await expect.poll(() => page.locator(':focus').textContent()).toBe('Angre');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('tr[data-milestone="13"]').getByLabel('Beskrivelse av milepæl 13').inputValue())
      .toBe('Evaluering med Nasjonalbiblioteket');
    // Focus is back on the line, in its description.
    await expect.poll(() => page.evaluate<string | undefined>("document.activeElement?.closest('tr')?.dataset.milestone")).toBe('13');
    expect(await page.locator('.record-deleted').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('at 800×600, light and dark, the page never scrolls sideways (the table scrolls in its own box) and is axe clean in dark', async () => {
    const page = await milestonePage('2022-03-15', { width: 800, height: 600 });
    await page.locator('tr[data-milestone="1"]').waitFor();
    const sideways = () => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(await sideways()).toBe(0);
    await page.evaluate("document.documentElement.dataset.theme = 'dark'");
    // On tokens: the page goes dark rather than staying light while the screen is shown.
    await expect.poll(() => page.evaluate<string>('getComputedStyle(document.documentElement).backgroundColor')).toBe('rgb(21, 24, 29)');
    expect(await sideways()).toBe(0);
    await expectNoAxeViolations(page, 'Milepæler ved 800×600, mørkt');
    await page.getByRole('group', { name: 'Visning' }).getByRole('button', { name: 'Tidslinje' }).click();
    await page.locator('li.tl-month').first().waitFor();
    expect(await sideways()).toBe(0);
    await expectNoAxeViolations(page, 'Milepæler, tidslinje ved 800×600, mørkt');
    await page.context().close();
  });
});
