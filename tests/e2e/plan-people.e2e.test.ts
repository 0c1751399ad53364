import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations } from './axe.js';
import { cli, launchChromium, newPage, serve, tempDir, type ServedWorkbook, expectAllSaved } from './harness.js';

describe('Plan, Personer and the language switch', () => {
  const dir = tempDir();
  const file = join(dir.path, 'plan.prosjektboka');
  let browser: Browser;
  let served: ServedWorkbook;
  let page: Page;

  beforeAll(async () => {
    expect(cli('init', file, '--replica-name', 'Testmaskin').code).toBe(0);
    served = await serve(file);
    browser = await launchChromium();
    page = await newPage(browser);
    await page.goto(`${served.url}#/plan`);
    await page.getByRole('heading', { level: 1, name: 'Prosjektplan' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    dir.remove();
  });

  const open = async (name: string) => {
    const link = page.getByRole('navigation', { name: 'Plandeler' }).getByRole('link', { name, exact: true });
    await link.click();
    await expect.poll(() => link.getAttribute('aria-current')).toBe('page');
  };

  it('shows every part of the plan: sections, goals, organisation and the ansvarstabell', async () => {
    await open('1. Bakgrunn');
    await expect.poll(() => page.getByRole('heading', { name: '1. Bakgrunn' }).count()).toBe(1);
    await open('Prosjektets mål');
    await expect.poll(() => page.locator('.goal-text').nth(5).textContent())
      .toBe('Mål 6: Bidra til den nasjonale debatten om nye organisasjonsformer for bibliotek');
    await open('Organisasjonskart');
    const org = page.locator('.org-tree');
    expect(await org.textContent()).toMatch(/Styringsgruppe.*Koordineringsteam.*Prosjektgruppe A/);
    await open('4. Ansvarstabell');
    const table = page.getByRole('table', { name: 'Ansvarstabell' });
    expect(await table.textContent()).toContain('Person 4 drmk (venter på ansettelse)');
    expect(await table.textContent()).toContain('Bibliotekkonsulent');
    await expectNoAxeViolations(page, 'Plan');
  });

  it('edits a section in Markdown and shows it rendered', async () => {
    await open('5. Arbeidsmetoder');
    await page.getByRole('button', { name: 'Rediger: 5. Arbeidsmetoder' }).click();
    const body = page.getByLabel('Tekst (Markdown)');
    await body.fill('Vi bruker **Miro** og fysiske samlinger.\n\n<script>alert(1)</script>');
    await body.press('Tab');
    await expectAllSaved(page);
    await expectNoAxeViolations(page, 'Plan, redigering');
    await page.getByRole('button', { name: 'Vis: 5. Arbeidsmetoder' }).click();
    const section = page.locator('section.plan-section', { has: page.getByRole('heading', { name: '5. Arbeidsmetoder' }) });
    expect(await section.locator('strong').textContent()).toBe('Miro');
    expect(await section.locator('script').count()).toBe(0);
    expect(await section.textContent()).toContain('<script>alert(1)</script>'); // shown as typed, not dropped
    expect(cli('dump', file).stdout).toContain('Vi bruker **Miro** og fysiske samlinger.');
  });

  it('adds a person and takes it back with Ctrl+Z', async () => {
    await page.goto(`${served.url}#/people`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Personer');
    await expect.poll(() => page.getByRole('row').count()).toBe(27);
    await expectNoAxeViolations(page, 'Personer');
    await page.getByRole('button', { name: 'Legg til person' }).click();
    await expect.poll(() => page.getByRole('row').count()).toBe(28);
    const name = page.getByLabel('Navn', { exact: true });
    await name.fill('Kari Nordmann');
    await name.press('Tab');
    await expect.poll(() => page.getByRole('link', { name: 'Kari Nordmann', exact: true }).count()).toBe(1);
    await page.locator(':focus').blur();
    await page.keyboard.press('Control+z'); // the name
    await page.keyboard.press('Control+z'); // the person
    await expect.poll(() => page.getByRole('row').count()).toBe(27);
    await page.keyboard.press('Control+y');
    await expect.poll(() => page.getByRole('row').count()).toBe(28);
  });

  it('switches to English and back', async () => {
    await page.getByLabel('Språk').selectOption('en');
    await expect.poll(() => page.locator('h1').textContent()).toBe('People');
    expect(await page.getByRole('navigation', { name: 'Main menu' }).textContent()).toContain('Risk register');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('People');
    await page.getByLabel('Language').selectOption('nb');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Personer');
    expect(await page.getByRole('navigation', { name: 'Hovedmeny' }).textContent()).toContain('Risikoregister');
  });
});
