import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from './axe.js';
import { cli, launchChromium, serve, tempDir, type ServedWorkbook } from './harness.js';

interface Row { id: string; [field: string]: unknown }

const GROUP_B = ['Arild Pedersen', 'Ina Synøve Borsheim', 'Martin Nordli', 'Peter Shagalov'];

function list(file: string, kind: string): Row[] {
  return JSON.parse(cli('list', file, kind, '--json').stdout) as Row[];
}

/**
 * The one search in Chromium through the web host, as the three users use it:
 * a coordinator finds everyone in Prosjektgruppe B, a project leader finds a
 * meeting again by an action item's words or by who attended, all by keyboard.
 */
describe('One search (Ctrl+K)', () => {
  const dir = tempDir();
  const file = join(dir.path, 'sok.prosjektboka');
  let browser: Browser;
  let served: ServedWorkbook;
  let page: Page;
  let meetingId: string;
  const errors: string[] = [];

  const dialog = () => page.getByRole('dialog', { name: 'Søk i arbeidsboka' });
  const input = () => dialog().getByRole('combobox');
  const group = (name: string): Locator => dialog().getByRole('group', { name });
  // Strings, not functions: this file is type-checked without the DOM's types.
  const hash = () => page.evaluate<string>('window.location.hash');
  const focusedRecord = () => page.evaluate<string | null>("document.activeElement?.getAttribute('data-record-id') ?? null");
  const activeOption = () => dialog().locator('[role="option"][aria-selected="true"]');

  /** Arrow down until the highlighted hit is the one named, as a user would (bounded: never loops forever). */
  async function arrowTo(title: string): Promise<void> {
    for (let i = 0; i < 40; i++) {
      if ((await activeOption().locator('.search-hit-title').textContent()) === title) return;
      await input().press('ArrowDown');
    }
    throw new Error(`no hit titled ${title}`);
  }

  beforeAll(async () => {
    expect(cli('init', file, '--replica-name', 'Testmaskin').code).toBe(0);
    const peter = list(file, 'person').find((p) => p.name === 'Peter Shagalov')!.id;
    meetingId = cli('add', file, 'meeting', 'title=Arbeidsmøte prosjektgruppe B', 'startsAt=2022-03-02T10:00', 'type=project_group',
      'minutes=Vi så på møteplassen.').stdout.trim();
    expect(cli('add', file, 'attendance', `meetingId=${meetingId}`, `personId=${peter}`).code).toBe(0);
    expect(cli('add', file, 'action', `meetingId=${meetingId}`, 'text=Bestille sommerfuglplakater til inngangen', `ownerId=${peter}`).code).toBe(0);
    served = await serve(file);
    browser = await launchChromium();
    // axe needs a page of a context of its own.
    page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${served.url}#/overview`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    dir.remove();
  });

  it('opens with Ctrl+K from anywhere, says what to type, and closes with Escape', async () => {
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Risikoregister' }).focus();
    await page.keyboard.press('Control+k');
    await dialog().waitFor();
    await expect.poll(() => input().evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    expect(await dialog().textContent()).toContain('Skriv et navn, en rolle, en gruppe');
    await input().fill('B');
    await expect.poll(() => dialog().getByRole('status').textContent()).toBe('Skriv minst tre tegn.');
    await input().fill('xylofonorkester');
    await expect.poll(() => dialog().getByRole('status').textContent()).toBe('Ingen treff for «xylofonorkester».');
    expect(await dialog().textContent()).toContain('Prøv en del av et ord');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
    // Focus goes back where it was.
    // (The link's text holds its count badge too, «2 røde»: its href says which link it is.)
    expect(await page.evaluate<string | null>("document.activeElement?.getAttribute('href') ?? null")).toBe('#/risks');
  });

  it('finds everyone in Prosjektgruppe B by «gruppe B», under Personer, marked, and Enter opens the person', async () => {
    await page.keyboard.press('Control+k');
    await input().fill('gruppe B');
    const people = group('Personer');
    await expect.poll(() => people.locator('.search-hit-title').allTextContents().then((t) => t.sort())).toEqual(GROUP_B);
    expect(await people.locator('mark').first().textContent()).toBe('gruppe B');
    await expect.poll(() => dialog().getByRole('status').textContent()).toMatch(/^\d+ treff for «gruppe B»$/);
    await expectNoAxeViolations(page, 'the search dialog');
    // SEARCH_SCREENSHOT=/some/file.png keeps a picture of the dialog to look at.
    await page.screenshot({ path: process.env.SEARCH_SCREENSHOT ?? join(dir.path, 'search-dialog.png') });

    await arrowTo('Martin Nordli');
    const martin = list(file, 'person').find((p) => p.name === 'Martin Nordli')!.id;
    await input().press('Enter');
    await expect.poll(() => hash()).toBe(`#/people/${martin}`);
    expect(await dialog().count()).toBe(0);
    await expect.poll(() => page.getByRole('form', { name: /Martin Nordli/ }).count()).toBe(1);
    // The person's page beside the list takes the focus, on its heading.
    await expect.poll(() => page.evaluate<string | null>("document.activeElement?.closest('.person-detail') ? document.activeElement.textContent : null")).toBe('Martin Nordli');
  });

  it('finds a meeting by an action item\'s words and opens its page', async () => {
    // The header's field starts the search with what is typed.
    await page.getByRole('searchbox', { name: 'Søk i hele arbeidsboka' }).pressSequentially('sommerfugl');
    await dialog().waitFor();
    await expect.poll(() => input().inputValue()).toBe('sommerfugl');
    await expect.poll(() => group('Møter').locator('.search-hit-title').allTextContents()).toEqual(['Arbeidsmøte prosjektgruppe B']);
    await expect.poll(() => group('Oppgaver').locator('.search-hit-title').allTextContents()).toEqual(['Bestille sommerfuglplakater til inngangen']);
    await arrowTo('Arbeidsmøte prosjektgruppe B');
    await input().press('Enter');
    await expect.poll(() => hash()).toBe(`#/meetings/${meetingId}`);
    await page.getByRole('heading', { level: 1, name: 'Arbeidsmøte prosjektgruppe B' }).waitFor();
  });

  it('finds a meeting by an attendee\'s name, in the one search and in the meeting log\'s own', async () => {
    await page.keyboard.press('Control+k');
    await input().fill('Peter Shagalov');
    await expect.poll(() => group('Møter').locator('.search-hit-title').allTextContents()).toEqual(['Arbeidsmøte prosjektgruppe B']);
    await expect.poll(() => group('Personer').locator('.search-hit-title').allTextContents()).toEqual(['Peter Shagalov']);
    await page.keyboard.press('Escape');
    await page.goto(`${served.url}#/meetings`);
    const logSearch = page.getByRole('searchbox', { name: 'Søk i møtene' });
    await logSearch.fill('Shagalov');
    await logSearch.press('Enter');
    await expect.poll(() => page.getByRole('link', { name: 'Arbeidsmøte prosjektgruppe B' }).count()).toBe(1);
  });

  it('opens an action item on its meeting\'s page and a milestone on Milepæler, scrolled to it', async () => {
    await page.keyboard.press('Control+k');
    await input().fill('sommerfuglplakater');
    await arrowTo('Bestille sommerfuglplakater til inngangen');
    await input().press('Enter');
    const action = list(file, 'action')[0]!.id;
    await expect.poll(() => hash()).toBe(`#/meetings/${meetingId}/${action}`);
    await expect.poll(() => focusedRecord()).toBe(action);

    const milestone = list(file, 'milestone').find((m) => m.number === 12)!;
    await page.keyboard.press('Control+k');
    await input().fill(String(milestone.description));
    await arrowTo(String(milestone.description));
    await input().press('Enter');
    await expect.poll(() => hash()).toBe(`#/milestones/${milestone.id}`);
    await expect.poll(() => focusedRecord()).toBe(milestone.id);
    const box = await page.locator(`[data-record-id="${milestone.id}"]`).boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 768).toBe(true);
  });

  it('opens a risk found by words from its measures in the risk register\'s panel', async () => {
    const risk = list(file, 'risk').find((r) => String(r.title).startsWith('Forveksling med knutepunktprosjektet'))!;
    await page.keyboard.press('Control+k');
    await input().fill('knutepunkt');
    await expect.poll(() => group('Risikoer').locator('.search-hit-title').allTextContents()).toContain(String(risk.title));
    await arrowTo(String(risk.title));
    await input().press('Enter');
    await expect.poll(() => hash()).toBe(`#/risks/${risk.id}`);
    await expect.poll(() => page.locator('.risk-editor h2').textContent()).toBe(String(risk.title));
    await expect.poll(() => page.evaluate<boolean>("document.activeElement?.classList.contains('editor-title') ?? false")).toBe(true);
  });

  it('speaks English in the English UI', async () => {
    await page.getByLabel('Språk').selectOption('en');
    await page.keyboard.press('Control+k');
    const english = page.getByRole('dialog', { name: 'Search the workbook' });
    await english.waitFor();
    await english.getByRole('combobox').fill('gruppe B');
    await expect.poll(() => english.getByRole('group', { name: 'People' }).locator('[role="option"]').count()).toBe(4);
    await expect.poll(() => english.getByRole('status').textContent()).toMatch(/^\d+ results for «gruppe B»$/);
    await page.keyboard.press('Escape');
    await page.getByLabel('Language').selectOption('nb');
    expect(errors).toEqual([]);
  });
});
