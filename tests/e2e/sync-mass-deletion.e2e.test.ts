import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openWorkbook } from '../../electron/workbook/open.js';
import { cli, launchChromium, newPage, serve, tempDir, type ServedWorkbook } from './harness.js';

/**
 * The mass-deletion guard on the Synkronisering page: the preview of a file
 * that deletes most of the goals says so, and «Les inn» after it (the
 * person's yes) imports it.
 */
describe('Synkronisering: a file that deletes many records', () => {
  const dir = tempDir();
  const a = join(dir.path, 'drammen.prosjektboka');
  const b = join(dir.path, 'mysen.prosjektboka');
  const full = join(dir.path, 'invitasjon.pbsync');
  const file = join(dir.path, 'sletter-mye.pbsync');
  let browser: Browser;
  let served: ServedWorkbook;
  let page: Page;
  const goals = (path: string) => (JSON.parse(cli('list', path, 'goal', '--json').stdout) as unknown[]).length;

  beforeAll(async () => {
    expect(cli('init', a, '--replica-name', 'Drammen bibliotek').code).toBe(0);
    const wb = openWorkbook(a);
    const ids = Array.from({ length: 25 }, (_, i) => wb.commands.create('goal', { text: `Mål ${i}` }));
    wb.close();
    expect(cli('sync', 'export', a, full, '--full').code).toBe(0);
    expect(cli('init', b, '--from', full, '--replica-name', 'Mysen bibliotek').code).toBe(0);
    const again = openWorkbook(a);
    for (const id of ids) again.commands.delete('goal', id);
    again.close();
    expect(cli('sync', 'export', a, file).code).toBe(0);
    served = await serve(b);
    browser = await launchChromium();
    page = await newPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    dir.remove();
  });

  it('says so in the preview, and imports it when the person reads it in', async () => {
    const before = goals(b);
    await page.goto(`${served.url}#/sync`);
    await page.getByRole('heading', { level: 1, name: 'Synkronisering' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles(file);
    const preview = page.getByRole('region', { name: 'Dette vil «sletter-mye.pbsync» gjøre' });
    await preview.waitFor();
    await expect.poll(() => preview.getByText(/^Obs: denne fila sletter 25 av \d+ poster \(\d+ %\)\. Den leses bare inn når du bekrefter slettingen\.$/).count()).toBe(1);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: join(process.env.PROSJEKTBOKA_SHOT_DIR ?? dir.path, 'sync-mass-deletion.png') });
    expect(goals(b)).toBe(before);
    await page.getByRole('button', { name: 'Les inn', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Lest inn fra' }).count()).toBe(1);
    expect(goals(b)).toBe(before - 25);
  });
});
