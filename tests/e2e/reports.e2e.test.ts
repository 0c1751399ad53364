import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.js';
import { cli, expectAllSaved, newPage, useServedWorkbook } from './harness.js';

interface Row { id: string; [field: string]: unknown }

/**
 * Rapporter in Chromium (issue 14): a project leader makes a status report
 * to the steering group, writes its summary (kept across a reload), publishes
 * it after the dialog asks, and then finds it read-only with «Lag ny versjon».
 */
describe('Rapporter in Chromium', () => {
  const env = useServedWorkbook('reports.prosjektboka');
  const list = () => JSON.parse(cli('list', env.file, 'status-report', '--json').stdout) as Row[];

  it('creates a report, keeps its summary across a reload, publishes it and shows it locked', async () => {
    const page = await newPage(env.browser);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${env.served.url}#/reports`);
    await page.getByRole('heading', { level: 1, name: 'Rapporter' }).waitFor();
    const before = list().length;

    await page.getByRole('button', { name: 'Ny rapport' }).first().click();
    const create = page.getByRole('dialog', { name: 'Ny rapport' });
    await create.getByRole('group', { name: 'Type rapport' }).getByRole('button', { name: 'Statusrapport til styringsgruppa' }).click();
    await create.getByRole('button', { name: 'Lag rapporten' }).click();
    await expect.poll(() => list().length, { timeout: 20_000 }).toBe(before + 1);
    const made = list().find((r) => r.publishedAt === null && (r.title as string).startsWith('Statusrapport til styringsgruppa'))!;
    expect(made.type).toBe('steering');
    await expect.poll(() => page.evaluate<string>('window.location.hash'), { timeout: 20_000 }).toBe(`#/reports/${made.id}`);

    const summary = page.getByLabel('Sammendrag', { exact: true });
    await summary.waitFor();
    await summary.fill('Innbyggertorget åpnet i september; besøket er over plan.');
    await summary.press('Tab');
    await expectAllSaved(page);
    await expect.poll(() => list().find((r) => r.id === made.id)?.summary).toBe('Innbyggertorget åpnet i september; besøket er over plan.');
    await expectNoAxeViolations(page, 'Rapporter, utkast');

    await page.reload();
    await expect.poll(() => page.getByLabel('Sammendrag', { exact: true }).inputValue().catch(() => ''), { timeout: 20_000 })
      .toBe('Innbyggertorget åpnet i september; besøket er over plan.');

    // «Publiser» asks first; cancelling leaves the draft a draft.
    await page.getByRole('button', { name: 'Publiser', exact: true }).click();
    const ask = page.getByRole('dialog', { name: 'Publisere rapporten?' });
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Avbryt' }).click();
    await expect.poll(() => ask.count()).toBe(0);
    expect(list().find((r) => r.id === made.id)?.publishedAt).toBeNull();

    await page.getByRole('button', { name: 'Publiser', exact: true }).click();
    await ask.getByRole('button', { name: 'Publiser', exact: true }).click();
    await expect.poll(() => list().find((r) => r.id === made.id)?.publishedAt ?? null, { timeout: 20_000 }).not.toBeNull();

    // Locked: no fields, the text as it reads, «Lag ny versjon» instead of «Publiser».
    await page.getByRole('button', { name: 'Lag ny versjon' }).waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByLabel('Sammendrag', { exact: true }).count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: 'Publiser', exact: true }).count()).toBe(0);
    await expect.poll(() => page.getByText('Rapporten er publisert og kan ikke endres.').count()).toBe(1);
    await expect.poll(() => page.locator('.reports-detail dd', { hasText: 'Innbyggertorget åpnet i september' }).count()).toBe(1);
    const print = page.getByRole('link', { name: 'Skriv ut / Lagre som PDF' });
    expect(await print.getAttribute('href')).toBe(`#/print/report/${made.id}`);
    await expectNoAxeViolations(page, 'Rapporter, publisert');
    // To look at the screen as a user sees it: PROSJEKTBOKA_SCREENSHOT=/tmp/rapporter.png.
    if (process.env.PROSJEKTBOKA_SCREENSHOT) await page.screenshot({ path: process.env.PROSJEKTBOKA_SCREENSHOT });
    await page.close();
  }, 120_000);
});
