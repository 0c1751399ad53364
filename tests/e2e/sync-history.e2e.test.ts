import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openWorkbook } from '../../electron/workbook/open.js';
import { cli, launchChromium, newPage, serve, tempDir, type ServedWorkbook } from './harness.js';

/**
 * The exchange history and the held-back files on the Synkronisering page,
 * over the web host: what the command line and the sync folder did is in the
 * workbook, and the page shows it; an import through the page joins it, and
 * the browser's storage holds none of it.
 */
describe('Synkronisering: the history and the files the sync folder holds back', () => {
  const dir = tempDir();
  const a = join(dir.path, 'drammen.prosjektboka');
  const b = join(dir.path, 'mysen.prosjektboka');
  const full = join(dir.path, 'invitasjon.pbsync');
  const delta = join(dir.path, 'fra-drammen.pbsync');
  const folder = join(dir.path, 'Felles');
  let browser: Browser;
  let served: ServedWorkbook;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(folder);
    expect(cli('init', a, '--replica-name', 'Drammen bibliotek').code).toBe(0);
    const wb = openWorkbook(a);
    const ids = Array.from({ length: 25 }, (_, i) => wb.commands.create('goal', { text: `Mål ${i}` }));
    wb.close();
    expect(cli('sync', 'export', a, full, '--full').code).toBe(0);
    expect(cli('init', b, '--from', full, '--replica-name', 'Mysen bibliotek').code).toBe(0);
    expect(cli('sync', 'folder', a, folder).code).toBe(0);
    expect(cli('sync', 'folder', b, folder).code).toBe(0);
    const again = openWorkbook(a);
    for (const id of ids) again.commands.delete('goal', id);
    const risk = again.commands.create('risk', { title: 'Fra Drammen', probability: 2, consequence: 3 });
    again.close();
    expect(risk).toBeTruthy();
    expect(cli('sync', 'folder', a, folder).code).toBe(0);
    // Mysen's exchange with the folder holds Drammen's file back.
    const held = cli('sync', 'folder', b, folder);
    expect(held.stdout + held.stderr).toMatch(/holdt tilbake/);
    expect(cli('sync', 'export', a, delta, '--for', 'Mysen bibliotek').code).toBe(0);
    served = await serve(b);
    browser = await launchChromium();
    page = await newPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    dir.remove();
  });

  it('lists the held-back file with what to do, and the history of the command line\'s and the folder\'s exchanges', async () => {
    await page.goto(`${served.url}#/sync`);
    const panel = page.getByRole('region', { name: 'En fil i synkmappa holdes tilbake' });
    await panel.waitFor();
    await expect.poll(() => panel.textContent()).toMatch(/fra Drammen bibliotek ville slette 25 av \d+ poster \(\d+ %\)/);
    // The web host's page may not read paths: it says where the file is, to choose it.
    expect(await panel.textContent()).toContain(`Den ligger i ${folder}`);
    expect(await panel.getByRole('button').count()).toBe(0);

    const table = page.getByRole('table', { name: /Synkfiler laget og lest inn/ });
    await expect.poll(() => table.textContent()).toContain('Holdt tilbake fra synkmappa');
    const whats = await table.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(whats).toEqual(['Holdt tilbake fra synkmappa', 'Synkfil laget til synkmappa', 'Lest inn ved oppstart (bli med)']);
    for (const [w, h] of [[1366, 768], [800, 600]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: join(process.env.PROSJEKTBOKA_SHOT_DIR ?? dir.path, `sync-history-${w}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('an import through the page joins the history, by the preview\'s token; nothing of it is in the browser\'s storage', async () => {
    await page.locator('input[type="file"]').setInputFiles(delta);
    const preview = page.getByRole('region', { name: 'Dette vil «fra-drammen.pbsync» gjøre' });
    await preview.waitFor();
    await page.getByRole('button', { name: 'Les inn', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Lest inn fra' }).count()).toBe(1);
    const table = page.getByRole('table', { name: /Synkfiler laget og lest inn/ });
    await expect.poll(() => table.locator('tbody tr').first().locator('td').allTextContents()).toEqual([
      expect.any(String), 'Lest inn', 'Drammen bibliotek', 'fra-drammen.pbsync', expect.stringMatching(/^\d+ endringer? tatt inn/),
    ]);
    // The sync folder's list follows the folder: the file is still there, and still held back, until someone agrees.
    expect(await page.getByRole('region', { name: 'En fil i synkmappa holdes tilbake' }).count()).toBe(1);
    const stored = await page.evaluate(() => Object.keys((globalThis as unknown as { localStorage: object }).localStorage).filter((k) => k.startsWith('prosjektboka.syncLog')));
    expect(stored).toEqual([]);
  });
});
