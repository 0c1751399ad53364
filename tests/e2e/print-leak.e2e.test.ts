import { describe, expect, it } from 'vitest';
import { useServedWorkbook } from './harness.js';

/**
 * A print view shown inside the app (#/print/… under index.html) styles the
 * whole page (a grey background, room for its toolbar). Going back to the app
 * must take all of that away again, without a reload.
 */
interface PageLook {
  htmlClass: string;
  lang: string;
  title: string;
  paddingTop: string;
  background: string;
  headerTop: number | null;
}

describe('print views leave no styles behind in the app', () => {
  const env = useServedWorkbook('utskrift.prosjektboka');

  it('opens a printout, goes back with «Tilbake til Prosjektboka», and the app sits where it did', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(env.served.url);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Beste praksis for bibliotek og innbyggertorg');
    // Read in the page (a string: the test's TypeScript has no DOM types).
    const look = () => page.evaluate<PageLook>(`(() => {
      const body = getComputedStyle(document.body);
      return {
        htmlClass: document.documentElement.className,
        lang: document.documentElement.lang,
        title: document.title,
        paddingTop: body.paddingTop,
        background: body.backgroundColor,
        headerTop: document.querySelector('.app-header')?.getBoundingClientRect().top ?? null,
      };
    })()`);
    const before = await look();
    expect(before.headerTop).toBe(0);

    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Utskrifter og eksport' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Utskrifter og eksport');
    await page.getByRole('link', { name: 'Vis' }).first().click();
    await page.waitForSelector('body[data-print-ready="true"]', { timeout: 60_000 });
    // The print view really did style the page (so the check below can fail).
    expect((await look()).paddingTop).not.toBe(before.paddingTop);

    await page.getByRole('link', { name: 'Alle utskrifter' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Utskrifter og eksport');
    await page.getByRole('link', { name: 'Tilbake til Prosjektboka' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Beste praksis for bibliotek og innbyggertorg');
    await expect.poll(look).toEqual(before);
    expect(await page.locator('body').getAttribute('data-print-ready')).toBeNull();
    await page.close();
  });
});
