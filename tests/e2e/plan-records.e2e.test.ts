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
    await expect.poll(() => page.getByRole('heading', { name: '1. Bakgrunn' }).count()).toBe(1);
    return page;
  }
  const focused = (l: Locator) => l.evaluate((el) => el === el.ownerDocument.activeElement);
  async function reload(page: Page): Promise<void> {
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: '1. Bakgrunn' }).count()).toBe(1);
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

  it('a goal: added with focus in its field, edited, kept over a reload, deleted and restored', async () => {
    const page = await planPage();
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
    const card = () => page.getByRole('heading', { level: 4, name: 'Prosjektgruppe D' }).count();
    await expect.poll(card).toBe(1);
    const card4 = page.locator('.group-card', { has: page.getByRole('heading', { name: 'Prosjektgruppe D' }) });
    await expect.poll(() => card4.textContent()).toContain('Line Gjelseth (koordinator)');
    await deleteAndUndo(page, 'Prosjektgruppe D', card, true);
    await expect.poll(() => card4.textContent()).toContain('Line Gjelseth (koordinator)');
    await page.context().close();
  });

  it('a row of the ansvarstabell: added, edited, kept over a reload, deleted and restored', async () => {
    const page = await planPage();
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
