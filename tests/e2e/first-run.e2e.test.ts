import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations } from './axe.js';
import { cli, launchChromium, newPage, serve, tempDir, type ServedWorkbook } from './harness.js';

/**
 * First start: a workbook nobody has named asks for the installation's name
 * (municipality and place), «Senere»/Escape leaves it for this start only,
 * and once saved the question does not come back. The name is read back with
 * the CLI, from the file itself.
 */
describe("First start: naming this installation", () => {
  const dir = tempDir();
  const file = join(dir.path, 'ny.prosjektboka');
  let browser: Browser;
  let served: ServedWorkbook;
  let page: Page;

  const nameInFile = () => (JSON.parse(cli('sync', 'status', file, '--json').stdout) as { replicaName: string }).replicaName;
  const dialog = () => page.getByRole('dialog', { name: 'Hva heter denne installasjonen?' });
  /** The app has read the workbook's info (the header names the file), so the dialog has had its chance to appear. */
  const loaded = async () => {
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => page.locator('.app-header .workbook-name').textContent()).toBe('ny.prosjektboka');
  };

  beforeAll(async () => {
    // No --replica-name: the workbook is made as the desktop app makes its first one.
    expect(cli('init', file).code).toBe(0);
    [served, browser] = await Promise.all([serve(file), launchChromium()]);
    page = await newPage(browser);
    await page.setViewportSize({ width: 1366, height: 768 });
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    dir.remove();
  });

  it('asks on a fresh workbook, with a placeholder name, not the host name, in the file', async () => {
    expect(nameInFile()).toMatch(/^Installasjon uten navn /);
    await page.goto(`${served.url}#/overview`);
    await dialog().waitFor();
    // The project's parties are the choices, the first chosen; «Annen» is always there.
    await expect.poll(() => dialog().getByRole('radio', { name: 'Drammen' }).isChecked()).toBe(true);
    expect(await dialog().getByRole('radio', { name: 'Indre Østfold' }).count()).toBe(1);
    expect(await dialog().getByRole('radio', { name: 'Annen' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'the installation-name dialog');
  });

  it('Escape leaves it unnamed for now; the next start asks again', async () => {
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    expect(nameInFile()).toMatch(/^Installasjon uten navn /);
    await page.reload();
    await dialog().waitFor();
  });

  it('refuses an empty name and says why', async () => {
    await dialog().getByRole('radio', { name: 'Annen' }).check();
    await dialog().getByRole('button', { name: 'Lagre navnet' }).click();
    await expect.poll(() => dialog().getByRole('alert').textContent()).toContain('Skriv kommunen eller stedet');
    expect(nameInFile()).toMatch(/^Installasjon uten navn /);
  });

  it('composes municipality and place, shows it before saving, and saves it', async () => {
    await dialog().getByRole('radio', { name: 'Indre Østfold' }).check();
    await dialog().getByRole('textbox', { name: 'Sted' }).fill('Mysen bibliotek');
    await expect.poll(() => page.getByTestId('installation-name-preview').textContent()).toBe('«Indre Østfold – Mysen bibliotek»');
    await dialog().getByRole('button', { name: 'Lagre navnet' }).click();
    await dialog().waitFor({ state: 'detached' });
    expect(nameInFile()).toBe('Indre Østfold – Mysen bibliotek');
  });

  it('does not ask again after a reload, and the sync page shows the name and can change it', async () => {
    await page.reload();
    await loaded();
    expect(await dialog().count()).toBe(0);
    await page.goto(`${served.url}#/sync`);
    const field = page.getByRole('textbox', { name: 'Navn' }).first();
    await expect.poll(() => field.inputValue()).toBe('Indre Østfold – Mysen bibliotek');
    await page.getByRole('button', { name: 'Velg kommune og sted …' }).click();
    await dialog().waitFor();
    await dialog().getByRole('radio', { name: 'Drammen' }).check();
    await dialog().getByRole('textbox', { name: 'Sted' }).fill('Hovedbiblioteket');
    await dialog().getByRole('button', { name: 'Lagre navnet' }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(() => field.inputValue()).toBe('Drammen – Hovedbiblioteket');
    expect(nameInFile()).toBe('Drammen – Hovedbiblioteket');
  });
});
