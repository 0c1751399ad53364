import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from './axe.js';
import { cli, expectAllSaved, newPage, useServedWorkbook } from './harness.js';

/**
 * Every kind on the plan screen in Chromium, with the shared record pattern:
 * add (focus lands in the new record), edit, reload → kept, delete → «Angre»
 * in its place → restored; axe on the screen in those states.
 */
describe('the plan’s records in Chromium', () => {
  const env = useServedWorkbook('plan-records.prosjektboka');

  async function planPage(): Promise<Page> {
    const page = await newPage(env.browser);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${env.served.url}#/plan`);
    await expect.poll(() => parts(page).getByRole('link', { name: '1. Bakgrunn' }).count()).toBe(1);
    return page;
  }
  const parts = (page: Page) => page.getByRole('navigation', { name: 'Plandeler' });
  /** Chooses a part of the plan in the list beside it. */
  async function open(page: Page, name: string): Promise<void> {
    await parts(page).getByRole('link', { name, exact: true }).click();
    await expect.poll(() => parts(page).getByRole('link', { name, exact: true }).getAttribute('aria-current')).toBe('page');
  }
  const focused = (l: Locator) => l.evaluate((el) => el === el.ownerDocument.activeElement);
  async function reload(page: Page): Promise<void> {
    await page.reload();
    await expect.poll(() => parts(page).getByRole('link', { name: '1. Bakgrunn' }).count()).toBe(1);
  }
  const dump = () => JSON.parse(cli('dump', env.file).stdout) as { records: Record<string, Record<string, unknown>[]> };
  /** Deletes the named record, answers the question when one comes, and checks «Angre» takes it back. */
  async function deleteAndUndo(page: Page, name: string, visible: () => Promise<number>, ask = false): Promise<void> {
    await page.getByRole('button', { name: `Slett: ${name}`, exact: true }).click();
    if (ask) await page.getByRole('button', { name: 'Slett likevel' }).click();
    await expect.poll(() => page.getByText(`«${name}» er slettet.`).count()).toBe(1);
    await expect.poll(visible).toBe(0);
    if (ask) await expectNoAxeViolations(page, `Plan, «${name}» slettet`);
    const undo = page.getByRole('button', { name: `Angre slettingen av «${name}»` });
    await expect.poll(() => focused(undo)).toBe(true);
    await undo.click();
    await expect.poll(visible).toBe(1);
    await expect.poll(() => page.getByText(`«${name}» er slettet.`).count()).toBe(0);
    await expectAllSaved(page);
  }

  it('the list of parts: arrow keys and Enter choose a part, the address keeps it over a reload, Back and the menu, and a small window gets a select', async () => {
    const page = await planPage();
    // A bare #/plan shows the first chapter and writes it into the address, without a new history entry.
    const first = parts(page).getByRole('link', { name: 'Innledning', exact: true });
    await expect.poll(() => first.getAttribute('aria-current')).toBe('page');
    await expect.poll(() => page.evaluate<string>('location.hash')).toMatch(/^#\/plan\/section-/);
    // The current entry is the list's one tab stop; ↓ moves along the entries, Enter opens one; focus is visible.
    await first.focus();
    for (const name of ['1. Bakgrunn', '2. Mål og resultat', 'Prosjektets mål']) {
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => focused(parts(page).getByRole('link', { name, exact: true }))).toBe(true);
    }
    expect(await page.evaluate<string>('getComputedStyle(document.activeElement).outlineStyle')).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Prosjektets mål' }).count()).toBe(1);
    expect(await page.evaluate<string>('location.hash')).toBe('#/plan/goals');
    await page.keyboard.press('End');
    await expect.poll(() => focused(parts(page).getByRole('link', { name: '8. Risikovurdering' }))).toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(() => focused(parts(page).getByRole('link', { name: 'Versjon og vedtak' }))).toBe(true);
    await expectNoAxeViolations(page, 'Plan, Prosjektets mål');

    await reload(page);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Prosjektets mål' }).count()).toBe(1);
    await open(page, 'Prosjektgruppe A');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Prosjektgruppe A' }).count()).toBe(1);
    await page.goBack();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Prosjektets mål' }).count()).toBe(1);
    // Another screen and back through the menu: the plan comes back to the part it showed.
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Milepæler', exact: true }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Milepæler');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Plan', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Prosjektets mål' }).count()).toBe(1);

    // A search hit names a record (#/plan/<id>): the part that holds it opens, and the record has the focus.
    const goal = dump().records.goal!.find((g) => g.number === 4)!;
    await page.goto(`${env.served.url}#/plan/${String(goal.id)}`);
    await expect.poll(() => page.evaluate<string | null>("document.activeElement?.getAttribute('data-record-id') ?? null")).toBe(goal.id);
    expect(await parts(page).getByRole('link', { name: 'Prosjektets mål' }).getAttribute('aria-current')).toBe('page');

    // 800×600: the list gives way to a select above the part.
    await page.setViewportSize({ width: 800, height: 600 });
    await expect.poll(() => parts(page).isVisible()).toBe(false);
    await page.getByRole('combobox', { name: 'Plandeler' }).selectOption({ label: '4. Ansvarstabell' });
    await expect.poll(() => page.getByRole('table', { name: 'Ansvarstabell' }).count()).toBe(1);
    expect(await page.evaluate<string>('location.hash')).toBe('#/plan/responsibilities');
    await expectNoAxeViolations(page, 'Plan, 800×600');
    await page.context().close();
  });

  it('a goal: added with focus in its field, edited, kept over a reload, deleted and restored', async () => {
    const page = await planPage();
    await open(page, 'Prosjektets mål');
    await page.getByRole('button', { name: 'Legg til mål' }).click();
    const field = page.getByLabel('Mål 7', { exact: true });
    await expect.poll(() => focused(field)).toBe(true);
    await field.fill('Måle effekten av prosjektet');
    await field.press('Tab');
    await expectAllSaved(page);
    await expectNoAxeViolations(page, 'Plan, nytt mål');
    await reload(page);
    const goal = () => page.locator('.goal-text', { hasText: 'Mål 7: Måle effekten av prosjektet' }).count();
    await expect.poll(goal).toBe(1);
    await deleteAndUndo(page, 'Mål 7', goal);
    expect(dump().records.goal!.some((g) => g.text === 'Måle effekten av prosjektet')).toBe(true);
    await page.context().close();
  });

  it('a section: added, its heading edited, kept over a reload, deleted and restored', async () => {
    const page = await planPage();
    await page.getByRole('button', { name: 'Legg til plandel' }).click();
    const title = page.getByLabel('Overskrift');
    await expect.poll(() => focused(title)).toBe(true);
    await title.fill('9. Evaluering');
    await title.press('Tab');
    await expectAllSaved(page);
    await reload(page);
    const heading = () => page.getByRole('heading', { level: 2, name: '9. Evaluering' }).count();
    await expect.poll(heading).toBe(1);
    await deleteAndUndo(page, '9. Evaluering', heading);
    await page.context().close();
  });

  it('a group and a membership in it: added, kept over a reload; the group deleted with its member after asking, and restored', async () => {
    const page = await planPage();
    await open(page, 'Organisasjonskart');
    await page.getByRole('button', { name: 'Legg til gruppe' }).click();
    const name = page.getByLabel('Navn på gruppa');
    await expect.poll(() => focused(name)).toBe(true);
    await name.fill('Prosjektgruppe D');
    await name.press('Tab');
    await expectAllSaved(page);
    const members = page.getByRole('region', { name: 'Medlemmer av Prosjektgruppe D' });
    await members.getByLabel('Person').selectOption({ label: 'Line Gjelseth' });
    await members.getByRole('button', { name: 'Legg til i gruppa' }).click();
    await expect.poll(() => members.getByLabel('Rollen til Line Gjelseth').count()).toBe(1);
    await members.getByLabel('Rollen til Line Gjelseth').selectOption({ label: 'Koordinator' });
    await expectAllSaved(page);
    await expectNoAxeViolations(page, 'Plan, gruppe under redigering');

    await reload(page);
    const card = () => page.getByRole('heading', { level: 2, name: 'Prosjektgruppe D' }).count();
    await expect.poll(card).toBe(1);
    const card4 = page.locator('.group-card', { has: page.getByRole('heading', { name: 'Prosjektgruppe D' }) });
    await expect.poll(() => card4.textContent()).toContain('Line Gjelseth (koordinator)');
    await deleteAndUndo(page, 'Prosjektgruppe D', card, true);
    await expect.poll(() => card4.textContent()).toContain('Line Gjelseth (koordinator)');
    await page.context().close();
  });

  it('a row of the ansvarstabell: added, edited, kept over a reload, deleted and restored', async () => {
    const page = await planPage();
    await open(page, '4. Ansvarstabell');
    const table = page.getByRole('table', { name: 'Ansvarstabell' });
    await page.getByRole('button', { name: 'Legg til rolle' }).click();
    const person = table.getByLabel('Navn', { exact: true });
    await expect.poll(() => focused(person)).toBe(true);
    await person.selectOption({ label: 'Heidi Hovemoen' });
    await table.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Prosjekteier' });
    const position = table.getByLabel('Stilling i denne raden');
    await position.fill('Fagrådgiver');
    await position.press('Tab');
    await expectAllSaved(page);
    await reload(page);
    const row = () => table.getByRole('row').filter({ hasText: 'Fagrådgiver' }).count();
    await expect.poll(row).toBe(1);
    await deleteAndUndo(page, 'Prosjekteier: Heidi Hovemoen', row);
    await page.context().close();
  });

  it('a project year: added after the last, renamed, kept over a reload, deleted and restored', async () => {
    const page = await planPage();
    await open(page, 'Prosjektår');
    const table = page.getByRole('table', { name: 'Prosjektår' });
    await page.getByRole('button', { name: 'Legg til prosjektår' }).click();
    const label = table.getByLabel('Navn', { exact: true });
    await expect.poll(() => focused(label)).toBe(true);
    await label.fill('Prosjektår 3');
    await table.getByLabel('Til').fill('31.12.2024');
    await table.getByLabel('Til').press('Tab');
    await expectAllSaved(page);
    await reload(page);
    const row = () => table.getByRole('row').filter({ hasText: '31.12.2024' }).count();
    await expect.poll(row).toBe(1);
    await deleteAndUndo(page, 'Prosjektår 3', row);
    await expectNoAxeViolations(page, 'Plan etter gjenoppretting');
    expect(dump().records.period!.find((p) => p.label === 'Prosjektår 3')).toMatchObject({ endDate: '2024-12-31' });
    await page.context().close();
  });
});
