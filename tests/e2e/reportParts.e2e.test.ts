import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { REPO, cli, expectAllSaved, useServedWorkbook } from './harness.js';
import { LAYOUT_PROBLEMS } from './layoutProblems.js';

interface Row { id: string; [field: string]: unknown }

/**
 * Rapporter's derived parts in Chromium (issue 14): a report shows what the
 * workbook says for its period (goals with their milestones and action items,
 * milestones, budget per line with the underspend warning, risks moved, open
 * and overdue action items, conflicts); the leader writes an assessment per
 * goal and a comment per part on a draft, which a published report shows
 * read-only; an NB report starts with its parts prefilled; a draft can be
 * deleted with «Angre», a published report says it cannot. Each state is
 * looked at in bokmål and English, at 1366×768 and 800×600: no sideways page,
 * no text cut off, axe clean. Screenshots go to test-artifacts/reports/.
 */
const ARTIFACTS = join(REPO, 'test-artifacts', 'reports');
const SIZES = [{ width: 1366, height: 768 }, { width: 800, height: 600 }] as const;

describe('Rapporter: the derived parts, comments, NB prefill and deleting a draft', () => {
  const env = useServedWorkbook('rapportdeler.prosjektboka');
  const list = (kind = 'status-report') => JSON.parse(cli('list', env.file, kind, '--json').stdout) as Row[];
  const add = (kind: string, ...fields: string[]) => {
    const r = cli('add', env.file, kind, ...fields);
    if (r.code !== 0) throw new Error(r.stderr);
    return r.stdout.trim();
  };
  const update = (kind: string, id: string, ...fields: string[]) => {
    const r = cli('update', env.file, kind, id, ...fields);
    if (r.code !== 0) throw new Error(r.stderr);
  };
  let reportId = '';
  let goal1 = '';

  beforeAll(() => {
    // What the autumn of 2021 brought (the report's period starts after the plan's risk assessments of 01.09.2021): a group meeting with two action items (one overdue), money spent,
    // milestone 1 reached, no. 3 in progress, risk 1 reassessed lower, and a lesson for NB's erfaringer.
    const group = list('group').find((g) => g.name === 'Prosjektgruppe A')!;
    goal1 = list('goal').find((g) => g.number === 1)!.id;
    const meeting = add('meeting', 'title=Gruppemøte i prosjektgruppe A', 'startsAt=2021-10-05T10:00', 'type=project_group', `groupId=${group.id}`, 'place=Biblioteket');
    add('action', `meetingId=${meeting}`, 'text=Sende invitasjon til innbyggerundersøkelsen', 'dueDate=2021-10-20', 'status=open');
    add('action', `meetingId=${meeting}`, 'text=Booke lokale til workshopen', 'status=open');
    add('budget-actual', `lineId=${list('budget-line')[0]!.id}`, 'date=2021-11-01', 'amount=25000');
    const milestones = list('milestone');
    update('milestone', milestones.find((m) => m.number === 1)!.id, 'status=reached', 'actualDate=2021-10-10');
    update('milestone', milestones.find((m) => m.number === 3)!.id, 'status=in_progress');
    const risk = list('risk').find((r) => r.number === 1)!;
    add('risk-assessment', `riskId=${risk.id}`, 'date=2021-11-15', 'probability=2', 'consequence=4');
    update('risk', risk.id, 'probability=2');
    add('lesson', 'date=2021-11-02', 'happened=Innbyggerne kom tidlig', 'learned=Åpne før ni', 'outcome=positive');
    reportId = add('status-report', 'title=Statusrapport høsten 2021', 'periodFrom=2021-10-01', 'periodTo=2021-12-31');
  });

  /** The screen has drawn its data: a report's parts are there, nothing busy, the typeface in. */
  async function settled(page: Page): Promise<void> {
    await expect.poll(() => page.evaluate<boolean>(`(() => {
      if (!document.querySelector('.reports-detail [data-part="conflicts"]') && !document.querySelector('.reports-detail')) return false;
      if (document.querySelector('[aria-busy="true"]')) return false;
      return document.fonts.status === 'loaded';
    })()`), { timeout: 60_000 }).toBe(true);
  }

  /** Looks at the report in both sizes in one language: screenshots, layout problems, axe. */
  async function lookAt(browser: Browser, route: string, name: string, lang: 'nb' | 'en'): Promise<string[]> {
    mkdirSync(ARTIFACTS, { recursive: true });
    const problems: string[] = [];
    for (const size of SIZES) {
      const context = await browser.newContext({ viewport: size });
      try {
        await context.addInitScript(`localStorage.setItem('prosjektboka.language', '${lang}')`);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`${env.served.url}${route}`);
        await page.locator('.reports-detail [data-part="conflicts"]').waitFor({ timeout: 60_000 });
        await settled(page);
        await page.screenshot({ path: join(ARTIFACTS, `${name}-${lang}-${size.width}x${size.height}.png`), fullPage: true });
        const layout = await page.evaluate<string[]>(LAYOUT_PROBLEMS);
        const axe = await axeViolations(page);
        problems.push(...[...layout, ...axe.map((v) => `axe ${v}`), ...errors.map((e) => `page error: ${e}`)].map((p) => `[${name} ${lang} ${size.width}×${size.height}] ${p}`));
      } finally {
        await context.close();
      }
    }
    return problems;
  }

  it('shows the derived parts, keeps the assessments and comments written on a draft, and shows them read-only once published', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${env.served.url}#/reports/${reportId}`);
    const part = (id: string) => page.locator(`.reports-detail [data-part="${id}"]`);
    await part('conflicts').waitFor({ timeout: 60_000 });

    // Goals: goal 1 is Prosjektgruppe A's, whose meeting gave two action items, one overdue.
    const goal = part('goals').locator('.reports-goal').first();
    await expect.poll(() => goal.innerText()).toMatch(/Grupper: Prosjektgruppe A · 2 oppgaver fra gruppenes møter · 1 oppgave forfalt/);
    // Milestones: no. 1 reached with its date, no. 3 in progress is coming up, undated ones listed as such.
    const ms = await part('milestones').innerText();
    expect(ms).toMatch(/Nådd i perioden\n1\nProsjektgrupper ferdig rekruttert[\s\S]*10\.10\.2021/);
    expect(ms).toMatch(/Neste periode \(01\.01\.2022–\d\d\.\d\d\.2022\)[\s\S]*\n3\n[^\n]*\nPågår/);
    expect(ms).toContain('Uten dato i planen');
    // Budget: per line, with the underspend warning of risk 8.
    const budget = part('budget');
    expect(await budget.getByRole('table', { name: 'Utgifter' }).getByRole('rowheader').first().innerText()).toContain('Prosjektledelse');
    expect(await budget.getByRole('table', { name: 'Utgifter' }).getByRole('row').last().innerText()).toMatch(/^Sum/);
    expect(await budget.innerText()).toMatch(/risiko 8: for lavt forbruk/);
    // Risks: no. 1 moved 16 → 8, with the dates; actions: the overdue one first.
    // A first report (none published before): one sentence that all are new, not the register listed as «Nye»; and which assessment it is.
    expect(await part('risks').innerText()).toContain('Første rapport, ingen tidligere rapport å sammenligne med: alle de 9 åpne risikoene er nye.');
    expect(await part('risks').innerText()).toContain('Risikovurdering nr. 2 per 15.11.2021.');
    expect(await part('risks').innerText()).not.toContain('Nye\n');
    expect(await part('risks').innerText()).toMatch(/Endret vurdering \(før → etter\)\n1\nMangel på forståelse[^\n]*\n16 \(Rød\) 01\.09\.2021\s*endret til\s*8 \(Gul\) 15\.11\.2021/);
    const actions = part('actions').locator('.reports-rows > li');
    expect(await actions.count()).toBe(2);
    expect(await actions.first().innerText()).toMatch(/Sende invitasjon[\s\S]*20\.10\.2021[\s\S]*forfalt/);
    expect(await part('conflicts').innerText()).toContain('Ingen åpne konflikter.');

    // The leader's words: an assessment of goal 1, then at once a comment on the budget and on the risks;
    // each saves through the normal path and none overwrites another.
    await page.getByLabel('Din vurdering av mål 1').fill('Godt i gang: kartleggingen er gjort.');
    await page.getByLabel('Kommentar: Budsjett per linje').fill('Lavt forbruk første høst, som ventet.');
    await page.getByLabel('Kommentar: Risikoer siden forrige rapport').fill('Risiko 1 er lavere etter oppstartsmøtene.');
    await page.getByLabel('Kommentar: Risikoer siden forrige rapport').press('Tab');
    await expectAllSaved(page);
    const saved = () => list().find((r) => r.id === reportId)!;
    await expect.poll(() => saved().partComments, { timeout: 20_000 }).toEqual({
      budget: 'Lavt forbruk første høst, som ventet.', risks: 'Risiko 1 er lavere etter oppstartsmøtene.',
    });
    expect(saved().goalAssessments).toEqual({ [goal1]: 'Godt i gang: kartleggingen er gjort.' });
    // Emptying a comment removes it.
    await page.getByLabel('Kommentar: Risikoer siden forrige rapport').fill('');
    await page.getByLabel('Kommentar: Risikoer siden forrige rapport').press('Tab');
    await expect.poll(() => saved().partComments, { timeout: 20_000 }).toEqual({ budget: 'Lavt forbruk første høst, som ventet.' });

    const problems = [...await lookAt(env.browser, `#/reports/${reportId}`, 'draft', 'nb'), ...await lookAt(env.browser, `#/reports/${reportId}`, 'draft', 'en')];

    // Published: the parts as frozen, the words read-only, no fields, no delete.
    await page.getByRole('button', { name: 'Publiser', exact: true }).click();
    await page.getByRole('dialog', { name: 'Publisere rapporten?' }).getByRole('button', { name: 'Publiser', exact: true }).click();
    await page.getByRole('button', { name: 'Lag ny versjon' }).waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByLabel('Kommentar: Budsjett per linje').count()).toBe(0);
    await expect.poll(() => page.getByLabel('Din vurdering av mål 1').count()).toBe(0);
    expect(await part('budget').innerText()).toContain('Kommentar: Lavt forbruk første høst, som ventet.');
    expect(await goal.innerText()).toContain('Vurdering: Godt i gang: kartleggingen er gjort.');
    expect(await page.locator('.reports-detail').getByRole('button', { name: /^Slett/ }).count()).toBe(0);
    expect(await page.locator('.reports-detail-foot').innerText()).toBe('En publisert rapport kan ikke slettes: den er det mottakerne fikk. Lag heller en ny versjon.');
    // The workbook refuses it too, whoever asks.
    const refused = cli('delete', env.file, 'status-report', reportId);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('En publisert rapport kan ikke slettes');

    problems.push(...await lookAt(env.browser, `#/reports/${reportId}`, 'published', 'nb'), ...await lookAt(env.browser, `#/reports/${reportId}`, 'published', 'en'));
    expect(problems).toEqual([]);
    await context.close();
  }, 600_000);

  it('starts a new NB yearly report with its parts prefilled from the workbook, and deletes a draft with «Angre»', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${env.served.url}#/reports`);
    await page.getByRole('heading', { level: 1, name: 'Rapporter' }).waitFor();
    const before = list().map((r) => r.id);

    await page.getByRole('button', { name: 'Ny rapport' }).first().click();
    const create = page.getByRole('dialog', { name: 'Ny rapport' });
    await create.getByRole('group', { name: 'Type rapport' }).getByRole('button', { name: 'Statusrapport til Nasjonalbiblioteket' }).click();
    await create.getByText('Delene Nasjonalbiblioteket ber om fylles med det arbeidsboka vet').waitFor();
    await create.getByRole('button', { name: 'Lag rapporten' }).click();
    await expect.poll(() => list().length, { timeout: 20_000 }).toBe(before.length + 1);
    const made = list().find((r) => !before.includes(r.id))!;
    expect(made.type).toBe('nb-yearly');
    // Its period starts the day after the published report's: the autumn's meeting and lesson fall before it,
    // so activities and lessons start empty; the goals are always there for måloppnåelse.
    expect(made.periodFrom).toBe('2022-01-01');
    expect(made.nbGoalAttainment).toMatch(/^\*\*Mål 1: Lære om effekter/);
    expect((made.nbGoalAttainment as string).match(/\*\*Mål \d: /g)).toHaveLength(list('goal').length);
    await expect.poll(() => page.getByLabel('Måloppnåelse', { exact: true }).inputValue().catch(() => ''), { timeout: 20_000 }).toMatch(/^\*\*Mål 1: /);
    // The leader writes on from the prefilled text.
    await page.getByLabel('Måloppnåelse', { exact: true }).press('Control+End');
    await page.keyboard.type('Alle målene er i rute.');
    await page.getByLabel('Måloppnåelse', { exact: true }).press('Tab');
    await expectAllSaved(page);
    await expect.poll(() => list().find((r) => r.id === made.id)?.nbGoalAttainment as string | undefined, { timeout: 20_000 }).toMatch(/\n\nAlle målene er i rute\.$/);

    const problems = [...await lookAt(env.browser, `#/reports/${made.id}`, 'nb-report', 'nb'), ...await lookAt(env.browser, `#/reports/${made.id}`, 'nb-report', 'en')];
    expect(problems).toEqual([]);

    // Delete the draft: «… er slettet.» with «Angre» where it was in the list; Angre brings it back.
    // (The buttons name the report by its title, shortened: shortName.)
    const remove = page.getByRole('button', { name: /^Slett: Årlig statusrapport til Nasjonalbiblioteket/ });
    const gone = page.locator('.reports-list').getByText(/^«Årlig statusrapport til Nasjonalbiblioteket.*» er slettet\.$/);
    await remove.click();
    await gone.waitFor({ timeout: 20_000 });
    await expect.poll(() => list().some((r) => r.id === made.id)).toBe(false);
    await page.getByRole('button', { name: /^Angre slettingen av «Årlig statusrapport/ }).click();
    await expect.poll(() => list().some((r) => r.id === made.id), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => gone.count()).toBe(0);
    // Deleted again, it stays gone; the autumn's report is still there, and is the one shown.
    await remove.click();
    await gone.waitFor({ timeout: 20_000 });
    await expect.poll(() => list().map((r) => r.id)).toEqual([reportId]);
    await page.locator(`.reports-detail[data-record-id="${reportId}"]`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 300_000);
});
