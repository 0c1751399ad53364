import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations } from './axe.js';
import { cli, launchChromium, newPage, serve, tempDir, type ServedWorkbook } from './harness.js';

/**
 * Two installations of one workbook, each served as users serve theirs:
 * Drammen makes a sync file on its Synkronisering page, Mysen imports it on
 * its own page through the file input, previews it, applies it and settles
 * the conflict the two edits of one risk's title made.
 */
describe('Synkronisering: a sync file from one workbook into another, through the page', () => {
  const dir = tempDir();
  const a = join(dir.path, 'drammen.prosjektboka');
  const b = join(dir.path, 'mysen.prosjektboka');
  const full = join(dir.path, 'invitasjon.pbsync');
  const received = join(dir.path, 'fra-drammen.pbsync');
  const encrypted = join(dir.path, 'kryptert.pbsync');
  let riskId = '';
  let browser: Browser;
  let servedA: ServedWorkbook;
  let servedB: ServedWorkbook;
  let pageA: Page;
  let pageB: Page;

  const title = (file: string) =>
    (JSON.parse(cli('list', file, 'risk', '--json').stdout) as { id: string; title: string }[]).find((r) => r.id === riskId)?.title;

  beforeAll(async () => {
    expect(cli('init', a, '--replica-name', 'Drammen bibliotek').code).toBe(0);
    expect(cli('sync', 'export', a, full, '--full').code).toBe(0);
    expect(cli('init', b, '--from', full, '--replica-name', 'Mysen bibliotek').code).toBe(0);
    riskId = (JSON.parse(cli('list', a, 'risk', '--json').stdout) as { id: string }[])[0]!.id;
    // One risk retitled in both places before either has seen the other's edit; Mysen's edit is the later one.
    expect(cli('update', a, 'risk', riskId, 'title=Tittel fra Drammen').code).toBe(0);
    expect(cli('update', b, 'risk', riskId, 'title=Tittel fra Mysen').code).toBe(0);
    // An encrypted file for the wrong-passphrase case (a low scrypt work factor keeps the test quick).
    process.env.PROSJEKTBOKA_SCRYPT_LOG_N = '10';
    process.env.PROSJEKTBOKA_TEST_PASSPHRASE = 'riktig passordfrase';
    expect(cli('sync', 'export', a, encrypted, '--passphrase-env', 'PROSJEKTBOKA_TEST_PASSPHRASE').code).toBe(0);

    [servedA, servedB] = await Promise.all([serve(a), serve(b)]);
    browser = await launchChromium();
    pageA = await newPage(browser);
    pageB = await newPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([servedA?.stop(), servedB?.stop()]);
    delete process.env.PROSJEKTBOKA_SCRYPT_LOG_N;
    delete process.env.PROSJEKTBOKA_TEST_PASSPHRASE;
    dir.remove();
  });

  it('makes a sync file in Drammen and offers it as a download', async () => {
    await pageA.goto(`${servedA.url}#/sync`);
    await pageA.getByRole('heading', { level: 1, name: 'Synkronisering' }).waitFor();
    expect(await pageA.getByRole('link', { name: 'Synkronisering' }).getAttribute('aria-current')).toBe('page');
    // Drammen has not heard from Mysen yet: Mysen joined from a file, nothing came back.
    await expect.poll(() => pageA.getByText('Ingen andre installasjoner ennå', { exact: true }).count()).toBe(1);
    expect(await pageA.getByLabel('Navnet på denne installasjonen').inputValue()).toBe('Drammen bibliotek');
    await expectNoAxeViolations(pageA, 'Synkronisering');

    expect(await pageA.getByLabel('Til').inputValue()).toBe('');
    const [download] = await Promise.all([
      pageA.waitForEvent('download'),
      pageA.getByRole('button', { name: 'Lag synkfil' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^drammen-Drammen-bibliotek\.pbsync$/);
    await download.saveAs(received);
    await expect.poll(() => pageA.getByRole('status').filter({ hasText: 'er laget med' }).textContent())
      .toMatch(/^«drammen-Drammen-bibliotek\.pbsync» er laget med \d+ endringer \(\d+ KiB, ikke kryptert\) og lastes ned\.$/);
    await expect.poll(() => pageA.getByRole('table', { name: /Synkfiler laget og lest inn/ }).textContent()).toContain('Synkfil laget');
  });

  it('previews the file in Mysen before anything changes: from whom, how much, and one conflict', async () => {
    const before = cli('dump', b).stdout;
    await pageB.goto(`${servedB.url}#/sync`);
    await pageB.getByRole('heading', { level: 1, name: 'Synkronisering' }).waitFor();
    await expect.poll(() => pageB.getByRole('heading', { name: 'Konflikter' }).count()).toBe(1);
    expect(await pageB.getByText('Ingen åpne konflikter.').count()).toBe(1);

    await pageB.locator('input[type="file"]').setInputFiles(received);
    const preview = pageB.getByRole('region', { name: 'Dette vil «fra-drammen.pbsync» gjøre' });
    await preview.waitFor();
    // Focus lands on the preview, for keyboard and screen-reader users.
    expect(await pageB.locator(':focus').textContent()).toBe('Dette vil «fra-drammen.pbsync» gjøre');
    const facts = await preview.locator('dl').innerText();
    expect(facts).toMatch(/Fra\s+Drammen bibliotek/);
    expect(facts).toMatch(/Nye endringer\s+1 av \d+ i fila/);
    expect(facts).toMatch(/Hvilke\s+Risikoer: 1/);
    expect(facts).toContain('1 konflikt: et felt er endret både her og der.');
    await expectNoAxeViolations(pageB, 'Synkronisering med forhåndsvisning');
    // A preview changes nothing.
    expect(cli('dump', b).stdout).toBe(before);
    expect(title(b)).toBe('Tittel fra Mysen');
  });

  it('applies it, shows both titles side by side, and keeps Drammen\'s when asked', async () => {
    await pageB.getByRole('button', { name: 'Les inn', exact: true }).click();
    await expect.poll(() => pageB.getByRole('status').filter({ hasText: 'Lest inn fra' }).textContent())
      .toBe('Lest inn fra Drammen bibliotek: 1 endring. 1 ny konflikt må avgjøres; se Konflikter.');
    expect(await pageB.getByRole('region', { name: /^Dette vil/ }).count()).toBe(0);

    const conflict = pageB.getByRole('article', { name: 'Risiko «Tittel fra Mysen»: Tittel' });
    await conflict.waitFor();
    expect(await conflict.getByRole('group', { name: 'Her nå (Mysen bibliotek)' }).textContent()).toContain('Tittel fra Mysen');
    expect(await conflict.getByRole('group', { name: 'Fra Drammen bibliotek' }).textContent()).toContain('Tittel fra Drammen');
    expect(await pageB.locator('.sync-summary').textContent()).toContain('1 må avgjøres');
    await expectNoAxeViolations(pageB, 'Synkronisering med konflikt');

    await conflict.getByRole('button', { name: 'Behold verdien fra Drammen bibliotek' }).click();
    await expect.poll(() => pageB.getByRole('status').filter({ hasText: 'Konflikten i' }).textContent())
      .toBe('Konflikten i «Tittel fra Mysen» (Tittel) er løst.');
    await expect.poll(() => pageB.getByText('Ingen åpne konflikter.').count()).toBe(1);
    expect(await pageB.locator(':focus').textContent()).toBe('Konflikter');

    expect(JSON.parse(cli('conflicts', b, '--json').stdout)).toEqual([]);
    const dump = cli('dump', b).stdout;
    expect(dump).toContain('Tittel fra Drammen');
    expect(dump).not.toContain('Tittel fra Mysen');
    // The installations table and the history say what happened.
    expect(await pageB.getByRole('row', { name: /Drammen bibliotek/ }).first().textContent()).toMatch(/Drammen bibliotek/);
    await expect.poll(() => pageB.getByRole('table', { name: /Synkfiler laget og lest inn/ }).textContent()).toContain('Lest inn');
    // Every screen reloaded: the register shows the title kept.
    await pageB.getByRole('link', { name: 'Risikoregister' }).click();
    await expect.poll(() => pageB.getByText('Tittel fra Drammen').count()).toBeGreaterThan(0);
  });

  it('refuses a dropped file with the wrong passphrase in Norwegian and changes nothing; the right one opens it', async () => {
    const before = cli('dump', b).stdout;
    await pageB.goto(`${servedB.url}#/sync`);
    await pageB.getByRole('heading', { level: 1, name: 'Synkronisering' }).waitFor();
    await pageB.getByLabel('Passordfrase (hvis fila er kryptert)').fill('feil passordfrase');
    // This time the file is dropped on the drop zone, as from the file manager.
    // (A string, since this runs in the page and the test is compiled without the DOM's types.)
    const dataTransfer = await pageB.evaluateHandle(`(() => {
      const transfer = new DataTransfer();
      const bytes = Uint8Array.from(atob('${readFileSync(encrypted).toString('base64')}'), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], 'kryptert.pbsync'));
      return transfer;
    })()`);
    await pageB.dispatchEvent('.sync-drop', 'drop', { dataTransfer });
    const alert = pageB.getByRole('alert').filter({ hasText: 'Fila er ikke lest inn' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Feil passordfrase for «kryptert.pbsync». Ingenting er importert.');
    expect(await pageB.getByRole('region', { name: /^Dette vil/ }).count()).toBe(0);
    expect(cli('dump', b).stdout).toBe(before);
    await expectNoAxeViolations(pageB, 'Synkronisering med feil passordfrase');

    await pageB.getByLabel('Passordfrase (hvis fila er kryptert)').fill('riktig passordfrase');
    await alert.getByRole('button', { name: 'Prøv igjen' }).click();
    const preview = pageB.getByRole('region', { name: 'Dette vil «kryptert.pbsync» gjøre' });
    await preview.waitFor();
    expect(await preview.locator('dl').innerText()).toMatch(/Type fil\s+Endringer, kryptert/);
    await preview.getByRole('button', { name: 'Avbryt' }).click();
    expect(await preview.count()).toBe(0);
    expect(cli('dump', b).stdout).toBe(before);
  });
});
