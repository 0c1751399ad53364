import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './axe.js';
import { cli, expectAllSaved, newPage, useServedWorkbook } from './harness.js';

/** PROSJEKTBOKA_SCREENSHOTS=<dir> keeps a picture of each state, to look at. */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.PROSJEKTBOKA_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/people-${name}.png` });
}

/** Inside the 1366×768 window (a bounding box is relative to it). */
function expectInWindow(box: { y: number; height: number } | null): void {
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(768);
}

describe('Personer: the list, one person beside it, and the filter', () => {
  const env = useServedWorkbook('people.prosjektboka');
  let page: Page;

  it('a coordinator finds everyone in Prosjektgruppe B, by group name, from the people screen alone', async () => {
    page = await newPage(env.browser);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${env.served.url}#/people`);
    await expect.poll(() => page.getByRole('row').count()).toBe(27);
    const search = page.getByLabel('Søk i personer', { exact: true });
    await search.fill('Prosjektgruppe B');
    await expect.poll(() => page.getByRole('row').count()).toBe(5);
    const names = await page.locator('tbody th a').allTextContents();
    expect(names.sort()).toEqual(['Arild Pedersen', 'Ina Synøve Borsheim', 'Martin Nordli', 'Peter Shagalov']);
    expect(await page.getByRole('status').filter({ hasText: 'personer' }).textContent()).toBe('4 personer');
    await search.fill('gruppe b');
    await expect.poll(() => page.locator('tbody th a').count()).toBe(4);
    await shot(page, 'filter-group-b');
    // Roles and municipality too.
    await search.fill('styringsgruppe');
    await expect.poll(() => page.locator('tbody th a').count()).toBe(9);
    await search.fill('Viken');
    await expect.poll(() => page.locator('tbody th a').allTextContents()).toEqual(['Heidi Hovemoen']);
  });

  it('an empty result says so and offers a way out, not a bare header row', async () => {
    const search = page.getByLabel('Søk i personer', { exact: true });
    await search.fill('Ingen slik person');
    await expect.poll(() => page.getByText('Ingen personer passer til «Ingen slik person».').count()).toBe(1);
    expect(await page.getByRole('table').count()).toBe(0);
    await expectNoAxeViolations(page, 'Personer, tomt søk');
    await shot(page, 'empty');
    await page.getByRole('button', { name: 'Tøm søket' }).click();
    await expect.poll(() => page.getByRole('row').count()).toBe(27);
    await expect.poll(() => page.locator(':focus').getAttribute('type')).toBe('search');
  });

  it('clicking a name far down the list opens their page beside it, in view, with the focus on it', async () => {
    await page.getByRole('link', { name: 'Solvor Snoen Hoel', exact: true }).click();
    const heading = page.getByRole('heading', { level: 2, name: 'Solvor Snoen Hoel' });
    await expect.poll(() => heading.count()).toBe(1);
    await expect.poll(() => page.locator(':focus').getAttribute('id')).toBe('person-detail-title');
    expect(page.url()).toMatch(/#\/people\/[0-9a-f-]{36}$/);
    // Beside the list and inside the 1366×768 window, not below a 26-row table.
    const box = (await page.locator('.person-detail').boundingBox())!;
    const list = (await page.locator('.people-list').boundingBox())!;
    expect(box.x).toBeGreaterThan(list.x + list.width - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(1366);
    expectInWindow(await heading.boundingBox());
    // Her roles and groups.
    const detail = page.locator('.person-detail');
    expect(await detail.getByRole('heading', { name: 'Grupper' }).count()).toBe(1);
    await expect.poll(() => detail.textContent()).toContain('Prosjektgruppe C');
    await expectNoAxeViolations(page, 'Personer, en person');
    await shot(page, 'detail');
    // Escape closes it and the list has the whole width again.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.person-detail').count()).toBe(0);
  });

  it('the page lists meetings attended and action items owned, each a link', async () => {
    const people = JSON.parse(cli('list', env.file, 'person', '--json').stdout) as { id: string; name: string }[];
    const martin = people.find((p) => p.name === 'Martin Nordli')!;
    const meeting = cli('add', env.file, 'meeting', 'title=Gruppemøte B', 'startsAt=2021-10-04T10:00', 'type=project_group').stdout.trim();
    expect(cli('add', env.file, 'attendance', `meetingId=${meeting}`, `personId=${martin.id}`).code).toBe(0);
    expect(cli('add', env.file, 'action', `meetingId=${meeting}`, 'text=Kartlegge åpningstider', `ownerId=${martin.id}`, 'dueDate=2021-11-01').code).toBe(0);
    await page.goto(`${env.served.url}#/people/${martin.id}`);
    const detail = page.locator('.person-detail');
    await expect.poll(() => detail.getByRole('link', { name: 'Gruppemøte B' }).count()).toBe(1);
    expect(await detail.getByRole('link', { name: 'Gruppemøte B' }).getAttribute('href')).toBe(`#/meetings/${meeting}`);
    expect(await detail.getByRole('link', { name: 'Kartlegge åpningstider' }).getAttribute('href')).toBe(`#/meetings/${meeting}`);
    expect(await detail.textContent()).toContain('frist 01.11.2021');
    await shot(page, 'detail-meetings');
    await detail.getByRole('link', { name: 'Gruppemøte B' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Gruppemøte B');
  });

  it('«Legg til person» selects the new person, shows it and puts the focus in its name field', async () => {
    await page.goto(`${env.served.url}#/people`);
    await expect.poll(() => page.getByRole('row').count()).toBe(27);
    await page.getByRole('button', { name: 'Legg til person' }).click();
    await expect.poll(() => page.getByRole('row').count()).toBe(28);
    await expect.poll(() => page.locator(':focus').inputValue()).toBe('Ny person');
    expect(await page.locator('tr[aria-selected="true"] th a').textContent()).toBe('Ny person');
    await page.keyboard.type('Kari Nordmann');
    await page.keyboard.press('Tab');
    await expectAllSaved(page);
    await expect.poll(() => page.locator('tr[aria-selected="true"] th a').textContent()).toBe('Kari Nordmann');
    const row = page.locator('tr[aria-selected="true"]');
    expectInWindow(await row.boundingBox());
    await shot(page, 'added');
  });

  it('deletes a person from their page, asking first when roles go with them, and Angre in the list brings them back', async () => {
    await page.goto(`${env.served.url}#/people`);
    await expect.poll(() => page.getByRole('row').count()).toBe(28);
    // Martin Nordli holds a role: the button asks, and Avbryt leaves him as he was.
    await page.getByRole('link', { name: 'Martin Nordli' }).click();
    const detail = page.locator('.person-detail');
    await detail.getByRole('button', { name: 'Slett: Martin Nordli' }).click();
    await expect.poll(() => detail.locator('.record-confirm-question').textContent()).toBe('«Martin Nordli» har 1 rolle, som slettes sammen med den. Slette likevel?');
    await page.keyboard.press('Escape');
    await expect.poll(() => detail.getByRole('button', { name: 'Slett: Martin Nordli' }).count()).toBe(1);
    // Kari Nordmann (added above) holds nothing: deleted at once, the page closes, her row says so.
    await page.getByRole('link', { name: 'Kari Nordmann' }).click();
    await detail.getByRole('button', { name: 'Slett: Kari Nordmann' }).click();
    await expect.poll(() => page.evaluate('location.hash')).toBe('#/people');
    const gone = page.getByRole('row').filter({ hasText: '«Kari Nordmann» er slettet.' });
    await expect.poll(() => gone.count()).toBe(1);
    expect(cli('list', env.file, 'person').stdout).not.toContain('Kari Nordmann');
    await gone.getByRole('button', { name: 'Angre slettingen av «Kari Nordmann»' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Kari Nordmann' }).count()).toBe(1);
    expect(cli('list', env.file, 'person').stdout).toContain('Kari Nordmann');
    await expectNoAxeViolations(page, 'Personer, etter Angre');
  });

  it('exports everything about a person as a JSON download, and offers the printout', async () => {
    const people = JSON.parse(cli('list', env.file, 'person', '--json').stdout) as { id: string; name: string }[];
    const martin = people.find((p) => p.name === 'Martin Nordli')!;
    await page.goto(`${env.served.url}#/people/${martin.id}`);
    const detail = page.locator('.person-detail');
    await expect.poll(() => detail.getByRole('button', { name: 'Last ned alt om personen (JSON)' }).count()).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      detail.getByRole('button', { name: 'Last ned alt om personen (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('person-martin-nordli.json');
    const saved = await download.path();
    const doc = JSON.parse(readFileSync(saved, 'utf8')) as { person: { name: string }; meetings: { title: string }[] };
    expect(doc.person.name).toBe('Martin Nordli');
    expect(doc.meetings.map((m) => m.title)).toEqual(['Gruppemøte B']);
    expect(await detail.getByRole('link', { name: 'Skriv ut / lagre som PDF' }).getAttribute('href')).toBe(`#/print/person/${martin.id}`);
  });

  it('erases a person after a dialog that says what will happen; the name is gone from the screen and the file', async () => {
    const people = JSON.parse(cli('list', env.file, 'person', '--json').stdout) as { id: string; name: string }[];
    const martin = people.find((p) => p.name === 'Martin Nordli')!;
    const meeting = cli('add', env.file, 'meeting', 'title=Oppfølging', 'startsAt=2021-11-01T10:00', 'type=project_group',
      'minutes=Martin Nordli viste fram kartet.').stdout.trim();
    await page.goto(`${env.served.url}#/people/${martin.id}`);
    const detail = page.locator('.person-detail');
    await expect.poll(() => detail.textContent()).toContain('Navnet står i fritekst i 1 annen post');
    await detail.getByRole('button', { name: 'Slett personopplysninger …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Slette personopplysningene til Martin Nordli?' });
    await expect.poll(() => dialog.count()).toBe(1);
    const text = await dialog.textContent();
    expect(text).toContain('Navnet «Martin Nordli» byttes ut med «Slettet person» i personposten og i 1 annen post.');
    expect(text).toContain('Møte: Oppfølging');
    expect(text).toContain('møtedeltakelser og oppgaver blir stående');
    expect(text).toContain('kan ikke angres');
    // Cancel has the focus: Enter by habit erases nothing.
    await expect.poll(() => page.locator(':focus').textContent()).toBe('Avbryt');
    await expectNoAxeViolations(page, 'Personer, slette personopplysninger');
    await shot(page, 'erase-dialog');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(cli('dump', env.file).stdout).toContain('Martin Nordli');

    await detail.getByRole('button', { name: 'Slett personopplysninger …' }).click();
    await dialog.getByRole('button', { name: 'Slett personopplysningene til Martin Nordli' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Slettet person' }).count()).toBe(1);
    await expect.poll(() => detail.textContent()).toContain('Personopplysningene til Martin Nordli er slettet');
    expect(await page.locator('tbody th a').allTextContents()).not.toContain('Martin Nordli');
    await shot(page, 'erased');
    const dump = cli('dump', env.file).stdout;
    expect(dump).not.toContain('Martin Nordli');
    expect(dump).toContain('Slettet person viste fram kartet.');
    expect(readFileSync(env.file).toString('latin1')).not.toMatch(/Martin Nordli|nordli/i);
    expect(cli('search', env.file, 'Nordli').stdout).toBe('(ingen treff)\n');
    await page.goto(`${env.served.url}#/meetings/${meeting}`);
    await expect.poll(() => page.locator('main').textContent()).toContain('Slettet person viste fram kartet.');
  });

  it('speaks English all the way on the people screen, the person page and the empty state', async () => {
    await page.goto(`${env.served.url}#/people`);
    await page.getByLabel('Språk').selectOption('en');
    await expect.poll(() => page.locator('h1').textContent()).toBe('People');
    await page.getByLabel('Search people', { exact: true }).fill('Project group B');
    await expect.poll(() => page.getByText('Nobody matches «Project group B».').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Clear the search' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Clear the search' }).click();
    await page.getByRole('link', { name: 'Peter Shagalov', exact: true }).click();
    const detail = page.locator('.person-detail');
    await expect.poll(() => detail.getByRole('heading', { name: 'Groups' }).count()).toBe(1);
    const text = await detail.textContent();
    for (const word of ['Roles', 'Meetings (0)', 'Action items (0)', 'Privacy', 'Download everything about this person (JSON)', 'Erase personal data']) {
      expect(text).toContain(word);
    }
    await detail.getByRole('button', { name: 'Erase personal data …' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Erase the personal data of Peter Shagalov?' }).count()).toBe(1);
    await shot(page, 'erase-dialog-en');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByLabel('Language').selectOption('nb');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Personer');
  });
});
