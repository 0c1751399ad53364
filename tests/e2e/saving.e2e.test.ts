import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, launchChromium, serve, tempDir, type ServedWorkbook } from './harness.js';

/**
 * Every keystroke kept, in Chromium through the web host as a user works:
 * «Referat» of a meeting is typed into and the page is reloaded without
 * leaving the field, with a normal, a slow and a failing API; a CLI edit of
 * the open workbook shows without a reload; Angre takes the typing back and
 * leaves alone what the CLI changed. Screenshots of the field's states go to
 * PROSJEKTBOKA_SHOTS when it is set.
 */
const dir = tempDir();
let browser: Browser;
const SHOTS = process.env.PROSJEKTBOKA_SHOTS;
const POLL = { timeout: 20_000 };

beforeAll(async () => {
  browser = await launchChromium();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  dir.remove();
});

/** A seed workbook with one meeting, served with the given test settings. */
async function workbookWithMeeting(name: string, env: Record<string, string> = {}): Promise<{ file: string; id: string; served: ServedWorkbook }> {
  const file = join(dir.path, `${name}.prosjektboka`);
  expect(cli('init', file, '--replica-name', 'Testmaskin').code).toBe(0);
  const added = cli('add', file, 'meeting', 'title=Prosjektgruppemøte', 'startsAt=2022-03-01T10:00', 'type=project_group');
  expect(added.code, added.stderr).toBe(0);
  return { file, id: added.stdout.trim(), served: await serve(file, env) };
}

async function openMeeting(served: ServedWorkbook, id: string, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`${served.url}#/meetings/${id}`);
  await page.getByRole('heading', { level: 1, name: 'Prosjektgruppemøte' }).waitFor();
  return page;
}

const minutes = (page: Page) => page.locator('section.mb-md', { has: page.getByRole('heading', { name: 'Referat', exact: true }) });
const minutesBox = (page: Page) => minutes(page).locator('textarea');
/** What «Referat» shows: the text being edited, or the rendered preview. */
const shownMinutes = async (page: Page) =>
  (await minutesBox(page).count()) > 0 ? minutesBox(page).inputValue() : ((await minutes(page).textContent()) ?? '');
const storedMinutes = (file: string, id: string) => {
  const dump = JSON.parse(cli('dump', file).stdout) as { records: Record<string, { id: string; minutes?: string }[]> };
  return dump.records.meeting!.find((m) => m.id === id)!.minutes;
};

async function typeMinutes(page: Page, text: string): Promise<void> {
  await minutesBox(page).click();
  await page.keyboard.type(text, { delay: 15 });
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

describe('saving while typing', () => {
  it('keeps «Referat» typed and reloaded without leaving the field, and says it is saved', async () => {
    const { file, id, served } = await workbookWithMeeting('normal');
    try {
      const page = await openMeeting(served, id);
      const text = 'Gruppa gikk gjennom lånekortordningen.';
      await typeMinutes(page, text);
      await expect.poll(() => minutes(page).locator('.field-status').textContent(), POLL).toMatch(/Lagret kl\. \d\d\.\d\d/);
      await shot(page, 'referat-saved-nb-1366');
      // Past the pause after the last key, still in the field: reload.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Prosjektgruppemøte' }).waitFor();
      await expect.poll(() => shownMinutes(page), POLL).toContain(text);
      expect(storedMinutes(file, id)).toBe(text);
    } finally {
      await served.stop();
    }
  });

  it('keeps the text when the API is slow and the page is reloaded while the save is on its way', async () => {
    const { file, id, served } = await workbookWithMeeting('slow', { PROSJEKTBOKA_TEST_API_DELAY_MS: '1500' });
    try {
      const page = await openMeeting(served, id);
      const text = 'Referat skrevet mens disken var treg.';
      await typeMinutes(page, text);
      await expect.poll(() => minutes(page).locator('.field-status').textContent(), POLL).toMatch(/Lagrer/);
      await shot(page, 'referat-saving-nb-1366');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Prosjektgruppemøte' }).waitFor({ timeout: 30_000 });
      await expect.poll(() => shownMinutes(page), POLL).toContain(text);
      expect(storedMinutes(file, id)).toBe(text);
    } finally {
      await served.stop();
    }
  });

  it('says a failed save failed, keeps the text, and offers it back after a reload', async () => {
    const { file, id, served } = await workbookWithMeeting('failing', { PROSJEKTBOKA_TEST_API_FAIL: 'updateRecord' });
    try {
      const page = await openMeeting(served, id);
      const text = 'Dette må ikke gå tapt.';
      await typeMinutes(page, text);
      const status = minutes(page).locator('.field-status');
      await expect.poll(() => status.textContent(), POLL).toMatch(/Ble ikke lagret: Kallet feilet/);
      expect(await status.textContent()).toContain('Teksten er tatt vare på på denne maskinen.');
      expect(await status.getByRole('button', { name: 'Prøv igjen' }).isVisible()).toBe(true);
      expect(await minutesBox(page).inputValue()).toBe(text);
      await shot(page, 'referat-failed-nb-1366');
      await page.setViewportSize({ width: 800, height: 600 });
      await shot(page, 'referat-failed-nb-800');

      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Prosjektgruppemøte' }).waitFor();
      const notice = page.getByRole('region', { name: 'Tekst som ikke ble lagret' });
      await notice.waitFor(POLL);
      expect(await notice.textContent()).toContain(text);
      const offer = page.getByRole('group', { name: 'Ulagret tekst i Referat' });
      expect(await offer.textContent()).toContain(text);
      await shot(page, 'referat-draft-offered-nb-800');
      expect(storedMinutes(file, id)).toBe('');
    } finally {
      await served.stop();
    }
  });

  it('shows a CLI edit of the open workbook without a reload', async () => {
    const { file, id, served } = await workbookWithMeeting('cli');
    try {
      const page = await openMeeting(served, id);
      const r = cli('update', file, 'meeting', id, 'minutes=Skrevet fra kommandolinjen.');
      expect(r.code, r.stderr).toBe(0);
      // Generous wait: the page is told by the workbook's change events, not by reloading.
      await expect.poll(() => shownMinutes(page), POLL).toContain('Skrevet fra kommandolinjen.');
    } finally {
      await served.stop();
    }
  });

  it('takes typing back with Angre as one step per pause, and leaves alone what the CLI changed since', async () => {
    const { file, id, served } = await workbookWithMeeting('undo');
    try {
      const page = await openMeeting(served, id);
      await typeMinutes(page, 'Første avsnitt.');
      await expect.poll(() => minutes(page).locator('.field-status').textContent(), POLL).toMatch(/Lagret kl\./);
      await page.getByRole('heading', { level: 1 }).click();
      const undo = page.getByRole('button', { name: 'Angre' });
      expect(await undo.getAttribute('title')).toMatch(/^Angre: /);
      await undo.click();
      await expect.poll(() => storedMinutes(file, id), POLL).toBe('');
      await page.getByRole('button', { name: 'Gjør om' }).click();
      await expect.poll(() => storedMinutes(file, id), POLL).toBe('Første avsnitt.');

      // The history lives in the workbook: after a reload Angre still knows the step.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Prosjektgruppemøte' }).waitFor();
      await expect.poll(() => undo.getAttribute('title'), POLL).toMatch(/^Angre: /);
      expect(cli('update', file, 'meeting', id, 'minutes=Endret fra kommandolinjen.').code).toBe(0);
      await undo.click();
      await expect.poll(() => page.locator('.history-notice').textContent(), POLL).toMatch(/Kunne ikke angre.*Noen andre har endret det siden/);
      await shot(page, 'undo-left-alone-nb-1366');
      expect(storedMinutes(file, id)).toBe('Endret fra kommandolinjen.');
    } finally {
      await served.stop();
    }
  });
});
