import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.js';
import { useServedWorkbook } from './harness.js';

/** The light and dark themes in Chromium through the web host: the system's choice, the header's switch, axe in both. */
describe('themes in Chromium through the web host', () => {
  const env = useServedWorkbook('tema.prosjektboka');
  const background = (page: import('playwright-core').Page) =>
    page.evaluate<string>('getComputedStyle(document.documentElement).backgroundColor');
  const LIGHT = 'rgb(255, 255, 255)';
  const DARK = 'rgb(21, 24, 29)';

  it('follows a dark system, and every screen is dark and axe clean in it', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 768 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(env.served.url);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Beste praksis for bibliotek og innbyggertorg');
    expect(await page.evaluate<string | null>("document.documentElement.getAttribute('data-theme')")).toBeNull();
    expect(await background(page)).toBe(DARK);
    await expectNoAxeViolations(page, 'Oversikt, mørkt');
    // Every screen is on tokens: each one goes dark with the system, none is held light.
    const screens = [
      ['people', 'Personer'], ['plan', 'Prosjektplan'], ['risks', 'Risikoregister'], ['milestones', 'Milepæler'],
      ['meetings', 'Møter'], ['actions', 'Oppgaver'], ['budget', 'Budsjett'], ['logs', 'Erfaringer og endringer'], ['sync', 'Synkronisering'],
    ] as const;
    for (const [route, title] of screens) {
      await page.goto(`${env.served.url}#/${route}`);
      await expect.poll(() => page.locator('h1').first().textContent()).toContain(title);
      expect(await background(page), route).toBe(DARK);
      await expectNoAxeViolations(page, `${title}, mørkt`);
    }
    await context.close();
  });

  it('the header switch chooses dark over a light system, and the choice survives a reload', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 768 }, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(env.served.url);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Beste praksis for bibliotek og innbyggertorg');
    expect(await background(page)).toBe(LIGHT);
    const group = page.getByRole('group', { name: 'Utseende' });
    await group.getByRole('button', { name: 'Mørkt' }).click();
    await expect.poll(() => background(page)).toBe(DARK);
    expect(await group.getByRole('button', { name: 'Mørkt' }).getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Beste praksis for bibliotek og innbyggertorg');
    expect(await page.evaluate<string | null>("document.documentElement.getAttribute('data-theme')")).toBe('dark');
    await expectNoAxeViolations(page, 'Oversikt, mørkt valgt');
    await page.getByRole('group', { name: 'Utseende' }).getByRole('button', { name: 'Som systemet' }).click();
    await expect.poll(() => background(page)).toBe(LIGHT);
    expect(await page.evaluate<string | null>("window.localStorage.getItem('prosjektboka.theme')")).toBeNull();
    await context.close();
  });
});
