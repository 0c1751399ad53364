import { describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { cli, useServedWorkbook, expectAllSaved } from './harness.js';

/**
 * Suite 1: the real renderer in Debian's Chromium through the web host, on a
 * real workbook file, as a user would use it.
 */
describe('the workbook in Chromium through the web host', () => {
  const env = useServedWorkbook('prosjekt.prosjektboka');

  it('opens the default workbook, moves between screens, edits a risk and keeps the edit', async () => {
    const page = await env.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(env.served.url);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Beste praksis for bibliotek og innbyggertorg');

    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    for (const [link, heading] of [['Plan', 'Prosjektplan'], ['Milepæler', 'Milepæler'], ['Møter', 'Møter'], ['Risikoregister', 'Risikoregister']]) {
      await nav.getByRole('link', { name: link, exact: true }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(heading);
    }
    await expect.poll(() => page.locator('.kind-list li, .risk-table tbody tr').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Kommunene er preget av kommunesammenslåingen', exact: true }).click();
    const title = page.getByLabel('Tittel');
    await title.fill('Kommunene er fortsatt preget av sammenslåingen');
    await title.press('Tab');
    await expectAllSaved(page);

    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Kommunene er fortsatt preget av sammenslåingen', exact: true }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();

    // The edit is in the env.file itself, as the CLI sees it.
    const dump = cli('dump', env.file);
    expect(dump.code).toBe(0);
    expect(dump.stdout).toContain('"title": "Kommunene er fortsatt preget av sammenslåingen"');
  });

  it('reaches the printouts and exports from the menu and comes back', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.served.url);
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Utskrifter og eksport' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Utskrifter og eksport');
    await page.getByRole('link', { name: 'Tilbake til Prosjektboka' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Beste praksis for bibliotek og innbyggertorg');
    await page.close();
  });

  it('loads the app and a print view without one failed request, the favicon included', async () => {
    const failed: string[] = [];
    const seen: string[] = [];
    const watched = async () => {
      const page = await env.browser.newPage();
      page.on('requestfailed', (r) => failed.push(`${r.url()} (${r.failure()?.errorText ?? 'failed'})`));
      page.on('response', (r) => {
        seen.push(new URL(r.url()).pathname);
        if (r.status() >= 400) failed.push(`${r.url()} (${r.status()})`);
      });
      return page;
    };
    const app = await watched();
    await app.goto(env.served.url);
    await expect.poll(() => app.locator('h1').textContent()).toBe('Beste praksis for bibliotek og innbyggertorg');
    const print = await watched();
    await print.goto(`${env.served.url}#/print/risk-matrix`);
    await print.waitForSelector('body[data-print-ready="true"]', { state: 'attached' });
    // Chromium asks for the icon once a page is up: wait for both answers.
    await expect.poll(() => seen.filter((p) => p === '/favicon.svg').length).toBe(2);
    expect(failed).toEqual([]);
    expect(seen).not.toContain('/favicon.ico');
    const icon = await print.evaluate(async () => {
      const r = await fetch('/favicon.svg');
      return { status: r.status, type: r.headers.get('content-type'), svg: (await r.text()).includes('<svg') };
    });
    expect(icon).toEqual({ status: 200, type: 'image/svg+xml', svg: true });
    await app.close();
    await print.close();
  });

  it('refuses requests without the token and with a foreign Host header', async () => {
    const status = (path: string, host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: env.served.port, path, headers: { Host: host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    expect(await status('/', `127.0.0.1:${env.served.port}`)).toBe(401);
    expect(await status(`/?token=${env.served.token}`, `attacker.example:${env.served.port}`)).toBe(403);
    expect(await status(`/?token=${env.served.token}`, `127.0.0.1:${env.served.port}`)).toBe(200);
  });
});
