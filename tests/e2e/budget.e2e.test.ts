import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './axe.js';
import { cli, useServedWorkbook, expectAllSaved } from './harness.js';

/**
 * Budsjett in Debian's Chromium through the web host, on a real workbook
 * file: the plan's totals, and a coordinator entering an actual cost and
 * watching the planned-versus-actual chart change.
 */
describe('the budget in Chromium through the web host', () => {
  const env = useServedWorkbook('budsjett.prosjektboka');

  /** A page in its own context (axe needs one), with the clock at 15 March 2022, half-way through project year 1. */
  async function budgetPage(): Promise<Page> {
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.clock.setFixedTime(new Date('2022-03-15T12:00:00'));
    const page = await context.newPage();
    await page.goto(`${env.served.url}#/budget`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Budsjett');
    return page;
  }

  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
  const rowCells = (page: Page, table: string, row: string) =>
    page.getByRole('table', { name: table }).locator('tr', { has: page.getByRole('rowheader', { name: row, exact: true }) })
      .locator('td:not(.line-actions)').allTextContents().then((cells) => cells.map(norm));

  it('shows the plan’s totals, and an actual cost changes the chart', async () => {
    const page = await budgetPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await expect.poll(() => rowCells(page, 'Budsjett per prosjektår', 'Sum utgifter')).toEqual(['1 170 000 kr', '1 170 000 kr', '2 340 000 kr']);
    await expect.poll(() => rowCells(page, 'Budsjett per prosjektår', 'Sum inntekter')).toEqual(['1 170 000 kr', '1 170 000 kr', '2 340 000 kr']);
    await expect.poll(() => page.getByText('1 170 000 kr').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('2 340 000 kr').count()).toBeGreaterThan(0);
    // Spending lags: nothing recorded half-way through year 1 (the plan's risk 8).
    await expect.poll(() => page.getByText('Forbruket ligger etter planen:').count()).toBe(1);

    const byYear = 'Tallene i diagrammet: Utgifter per prosjektår';
    const actualBar = page.locator('[data-testid="chart-by-year"] .bar-actual path.recharts-rectangle[name="Prosjektår 1"]');
    await expect.poll(() => rowCells(page, byYear, 'Prosjektår 1')).toEqual(['1 170 000 kr', '0 kr', '0 %']);
    expect(await actualBar.count()).toBe(0);

    const form = page.getByRole('form', { name: 'Registrer et beløp' });
    await form.getByLabel('Budsjettlinje').selectOption({ label: 'Innbyggerundersøkelser' });
    await form.getByLabel('Dato').fill('05.11.2021');
    await form.getByLabel('Beløp i kroner').fill('585 000');
    await form.getByLabel('Merknad').fill('Faktura fra byrået');
    await form.getByRole('button', { name: 'Registrer' }).click();
    await expect.poll(() => page.getByText('Registrert: 585 000 kr på Innbyggerundersøkelser, 05.11.2021.').count()).toBe(1);

    // The chart's data changed: its table, its bar (half the planned bar's height) and the label on the bar.
    await expect.poll(() => rowCells(page, byYear, 'Prosjektår 1')).toEqual(['1 170 000 kr', '585 000 kr', '50 %']);
    const plannedBar = page.locator('[data-testid="chart-by-year"] .bar-planned path.recharts-rectangle[name="Prosjektår 1"]');
    const height = async (l: typeof actualBar) => Number(await l.getAttribute('height'));
    await expect.poll(() => actualBar.count()).toBe(1);
    expect(await height(actualBar) / await height(plannedBar)).toBeCloseTo(0.5, 2);
    await expect.poll(() => page.locator('[data-testid="chart-by-year"] .bar-label-actual').allTextContents().then((l) => l.map(norm)))
      .toContain('585 000');
    await expect.poll(() => rowCells(page, 'Tallene i diagrammet: Per budsjettlinje: Hele perioden', 'Innbyggerundersøkelser'))
      .toEqual(['400 000 kr', '585 000 kr', '146 %']);
    // 585 000 kr by mid-March keeps pace with year 1's plan: the lag warning is gone.
    await expect.poll(() => page.getByText('Forbruket ligger etter planen:').count()).toBe(0);

    expect(errors).toEqual([]);
    await page.context().close();

    // The cost is in the env.file itself, as the CLI sees it.
    const dump = cli('dump', env.file);
    expect(dump.code).toBe(0);
    const actuals = (JSON.parse(dump.stdout) as { records: Record<string, Record<string, unknown>[]> }).records['budget-actual']!;
    expect(actuals).toEqual([expect.objectContaining({ date: '2021-11-05', amount: 585_000, note: 'Faktura fra byrået' })]);
  });

  it('edits a planned amount typed with spaces; refuses øre at the field; passes axe', async () => {
    const page = await budgetPage();
    const cell = page.getByLabel('Arbeidsinnsats ansatte, Prosjektår 2');
    await cell.fill('311 500');
    await cell.press('Tab');
    await expectAllSaved(page);
    await expect.poll(() => page.getByText('Ikke i balanse:').count()).toBe(1);
    await expect.poll(() => page.getByText('Prosjektår 2: utgiftene er 10 000 kr høyere enn inntektene.').count()).toBe(1);

    const other = page.getByLabel('Prosjektledelse, Prosjektår 1');
    await other.fill('318 500,50');
    await other.press('Tab');
    await expect.poll(() => other.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.getByText('Skriv et beløp i hele kroner, for eksempel 1 170 000').count()).toBe(1);
    // One axe run covers the whole screen: the recorded cost and its chart, a refused field and an unbalanced plan.
    await expectNoAxeViolations(page, 'Budsjett med et registrert beløp, et ugyldig beløp og ubalanse');

    // Undo puts the plan back in balance.
    await page.getByRole('button', { name: 'Angre' }).click();
    await expect.poll(() => page.getByText('I balanse:').count()).toBe(1);
    await page.context().close();
  });

  const focused = (l: import('playwright-core').Locator) => l.evaluate((el) => el === el.ownerDocument.activeElement);
  async function deleteAndUndo(page: Page, name: string, visible: () => Promise<number>, ask: boolean): Promise<void> {
    // Seen first, so «gone» below means the delete took it away, not that the locator never found it.
    await expect.poll(visible).toBe(1);
    await page.getByRole('button', { name: `Slett: ${name}`, exact: true }).click();
    if (ask) await page.getByRole('button', { name: 'Slett likevel' }).click();
    await expect.poll(() => page.getByText(`«${name}» er slettet.`).count()).toBe(1);
    await expect.poll(visible).toBe(0);
    await page.getByRole('button', { name: `Angre slettingen av «${name}»` }).click();
    await expect.poll(visible).toBe(1);
    await expectAllSaved(page);
  }

  it('a budget line and its planned amounts: added, edited in Norwegian format, kept over a reload, deleted with its amounts and restored', async () => {
    const page = await budgetPage();
    await page.getByRole('button', { name: 'Legg til utgiftslinje' }).click();
    const description = page.getByLabel('Beskrivelse', { exact: true });
    await expect.poll(() => focused(description)).toBe(true);
    await description.fill('Reise og opphold');
    await description.press('Tab');
    await expectAllSaved(page);
    const cell = page.getByLabel('Reise og opphold, Prosjektår 1');
    await cell.fill('25 000');
    await cell.press('Tab');
    await expectAllSaved(page);
    await expect.poll(() => rowCells(page, 'Budsjett per prosjektår', 'Sum utgifter')).toEqual(['1 195 000 kr', '1 170 000 kr', '2 365 000 kr']);
    await expectNoAxeViolations(page, 'Budsjett med en ny linje');

    await page.reload();
    await expect.poll(() => page.getByLabel('Reise og opphold, Prosjektår 1').inputValue().then(norm)).toBe('25 000');
    // The row header also says whether the line's deviation needs a comment: find it by the line's own words.
    const line = () => page.getByRole('table', { name: 'Budsjett per prosjektår' }).getByRole('rowheader')
      .filter({ has: page.locator('.line-description', { hasText: /^Reise og opphold$/ }) }).count();
    await deleteAndUndo(page, 'Reise og opphold', line, true);
    await expect.poll(() => page.getByLabel('Reise og opphold, Prosjektår 1').inputValue().then(norm)).toBe('25 000');
    await expect.poll(() => rowCells(page, 'Budsjett per prosjektår', 'Sum utgifter')).toEqual(['1 195 000 kr', '1 170 000 kr', '2 365 000 kr']);
    await page.context().close();
  });

  it('Nasjonalbiblioteket’s accounts: a deviation’s comment and an income line’s source of funding, kept over a reload; passes axe', async () => {
    const page = await budgetPage();
    const table = page.getByRole('table', { name: 'Budsjett per prosjektår' });
    const header = (name: string) => table.getByRole('rowheader').filter({ has: page.locator('.line-description', { hasText: new RegExp(`^${name}$`) }) });
    // 15.03.2022: year 1 has begun and nothing is recorded, so the accounts printed today ask for a comment.
    await expect.poll(() => header('Prosjektledelse').textContent()).toContain('Avviket mangler kommentar');
    await page.getByRole('button', { name: 'Rediger: Egeninnsats', exact: true }).click();
    const editor = (name: string) => page.getByRole('group', { name: `Redigerer «${name}»` });
    const funding = editor('Egeninnsats').getByLabel('Finansieringskilde');
    await funding.selectOption({ label: 'Ikke angitt' });
    await expectAllSaved(page);
    await expect.poll(() => page.getByText('Ikke angitt: regnskapet leser linjen som «Egeninnsats» ut fra beskrivelsen.').count()).toBe(1);
    await page.getByRole('button', { name: 'Rediger: Prosjektledelse', exact: true }).click();
    const comment = editor('Prosjektledelse').getByLabel('Kommentar til avvik (regnskapet til Nasjonalbiblioteket)');
    await comment.fill('Prosjektleder ble ansatt først i januar.');
    await comment.press('Tab');
    await expectAllSaved(page);
    await expect.poll(() => header('Prosjektledelse').textContent()).toContain('Avviket er kommentert');
    await expectNoAxeViolations(page, 'Budsjett med avvikskommentar og finansieringskilde åpne');
    if (process.env.PROSJEKTBOKA_SCREENSHOT) {
      for (const [width, height] of [[1366, 768], [800, 600]] as const) {
        await page.setViewportSize({ width, height });
        await comment.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `test-artifacts/budget/nb-accounts-${width}x${height}.png` });
        await funding.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `test-artifacts/budget/nb-funding-${width}x${height}.png` });
      }
    }

    await page.reload();
    await expect.poll(() => header('Prosjektledelse').textContent()).toContain('Avviket er kommentert');
    await page.getByRole('button', { name: 'Rediger: Prosjektledelse', exact: true }).click();
    await expect.poll(() => editor('Prosjektledelse').getByLabel('Kommentar til avvik (regnskapet til Nasjonalbiblioteket)').inputValue()).toBe('Prosjektleder ble ansatt først i januar.');
    await page.context().close();
  });

  it('a recorded amount: edited with Rediger, kept over a reload, deleted and restored', async () => {
    const page = await budgetPage();
    const form = page.getByRole('form', { name: 'Registrer et beløp' });
    await form.getByLabel('Budsjettlinje').selectOption({ label: 'Prosjektledelse' });
    await form.getByLabel('Dato').fill('01.02.2022');
    await form.getByLabel('Beløp i kroner').fill('12 000');
    await form.getByRole('button', { name: 'Registrer' }).click();
    const name = '12 000 kr på Prosjektledelse, 01.02.2022';
    await page.getByRole('button', { name: `Rediger: ${name}` }).click();
    const amount = page.getByRole('group', { name: `Redigerer «${name}»` }).getByLabel('Beløp i kroner');
    await amount.fill('13 500');
    await amount.press('Tab');
    await expectAllSaved(page);
    await page.reload();
    const entry = () => page.getByRole('table', { name: 'Registrerte beløp' }).getByRole('cell', { name: '13 500 kr', exact: true }).count();
    await expect.poll(entry).toBe(1);
    await deleteAndUndo(page, '13 500 kr på Prosjektledelse, 01.02.2022', entry, false);
    await page.context().close();
  });
});
