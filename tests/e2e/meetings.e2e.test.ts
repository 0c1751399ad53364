import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations } from './axe.js';
import { cli, launchChromium, serve, tempDir, type ServedWorkbook, expectAllSaved, useServedWorkbook } from './harness.js';

interface Dump {
  records: Record<string, ({ id: string } & Record<string, unknown>)[]>;
}

/**
 * Møter and Oppgaver in Chromium through the web host, as a project leader
 * uses them: a steering group meeting from its template, minutes, two action
 * items, found again by a word from the minutes, then followed up in Oppgaver.
 */
describe('Møter and Oppgaver', () => {
  const dir = tempDir();
  const file = join(dir.path, 'moter.prosjektboka');
  const minutesWord = 'lånekortordningen';
  let browser: Browser;
  let served: ServedWorkbook;
  let page: Page;
  const errors: string[] = [];

  const saved = () => expectAllSaved(page);

  beforeAll(async () => {
    expect(cli('init', file, '--replica-name', 'Testmaskin').code).toBe(0);
    served = await serve(file);
    browser = await launchChromium();
    // axe needs a page of a context of its own.
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(served.url);
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Møter', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Møter' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    dir.remove();
  });

  it('adds a meeting with two action items and finds it by a word from its minutes', async () => {
    // A new meeting from the steering group template.
    await page.getByRole('button', { name: 'Nytt møte' }).click();
    await page.getByLabel('Møtetype').selectOption({ label: 'Styringsgruppemøte' });
    expect(await page.getByLabel('Tittel').inputValue()).toBe('Styringsgruppemøte');
    expect(await page.getByLabel('Gruppe').locator('option:checked').textContent()).toBe('Styringsgruppe');
    await page.getByLabel('Dato').fill('12.01.2022');
    await page.getByLabel('Klokkeslett').fill('13.00');
    await page.getByLabel('Sted').fill('Rakkestad bibliotek');
    await page.getByRole('button', { name: 'Opprett møtet' }).click();

    await page.getByRole('heading', { level: 1, name: 'Styringsgruppemøte' }).waitFor();
    expect(await page.locator('.mb-meeting-meta').textContent()).toContain('12.01.2022 kl. 13.00');
    const agenda = page.locator('section.mb-md', { has: page.getByRole('heading', { name: 'Saksliste' }) });
    await expect.poll(() => agenda.locator('li').allTextContents()).toEqual([
      'Godkjenning av innkalling og referat', 'Status fra prosjektleder', 'Økonomi', 'Risiko', 'Eventuelt',
    ]);

    // Minutes in Markdown, then the preview.
    const minutes = page.getByRole('textbox', { name: 'Referat' });
    await minutes.click();
    await page.keyboard.type(`Prosjektleder orienterte om **${minutesWord}** i begge kommunene.`);
    await page.getByRole('group', { name: 'Visning av Referat' }).getByRole('button', { name: 'Forhåndsvis' }).click();
    await saved();
    const minutesSection = page.locator('section.mb-md', { has: page.getByRole('heading', { name: 'Referat' }) });
    expect(await minutesSection.locator('strong').textContent()).toBe(minutesWord);

    // An attendee found by typing part of the name, present at first, then absent.
    await page.getByRole('combobox', { name: 'Legg til deltaker' }).fill('Ola Nordmann');
    await page.getByRole('combobox', { name: 'Legg til deltaker' }).press('Enter');
    await page.getByText('Ingen i personlista heter «Ola Nordmann». Velg et navn fra lista.').waitFor();
    expect(await page.getByRole('combobox', { name: 'Legg til deltaker' }).getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('combobox', { name: 'Legg til deltaker' }).fill('hovde');
    await page.getByRole('listbox', { name: 'Legg til deltaker' }).getByRole('option', { name: /^Jørgen Hovde/ }).click();
    expect(await page.getByRole('combobox', { name: 'Legg til deltaker' }).inputValue()).toBe('Jørgen Hovde');
    await page.getByRole('button', { name: 'Legg til', exact: true }).click();
    const attendee = page.locator('.mb-attendee-list li').first();
    await attendee.getByRole('radio', { name: 'Fraværende' }).check();
    await expect.poll(() => page.locator('.mb-attendees .mb-hint').first().textContent()).toBe('0 til stede, 1 fraværende');

    // Two action items, typed and added with Enter and with the button.
    const newItem = page.getByLabel('Ny oppgave');
    await newItem.fill('Sende referatet til styringsgruppen');
    await newItem.press('Enter');
    await page.getByRole('group', { name: 'Oppgave 1' }).waitFor();
    await expect.poll(() => newItem.inputValue()).toBe('');
    await newItem.fill('Bestille lokale til workshopen');
    await page.getByRole('button', { name: 'Legg til oppgave' }).click();
    const first = page.getByRole('group', { name: /^Oppgave 1/ });
    const second = page.getByRole('group', { name: /^Oppgave 2/ });
    await second.waitFor();
    await first.getByLabel('Ansvarlig').selectOption({ index: 1 });
    const due = first.getByLabel('Frist');
    await due.fill('01.02.2022');
    await due.press('Tab');
    await saved();
    await expect.poll(() => first.locator('.overdue-badge').count()).toBe(1);
    await expectNoAxeViolations(page, 'Møter, møtesiden med forhåndsvisning');
    await page.evaluate("document.documentElement.dataset.theme = 'dark'");
    await expect.poll(() => page.evaluate<string>('getComputedStyle(document.documentElement).backgroundColor')).toBe('rgb(21, 24, 29)');
    await expectNoAxeViolations(page, 'Møter, møtesiden, mørkt');
    await page.evaluate("delete document.documentElement.dataset.theme");

    // Back in the log, a word from the minutes finds the meeting.
    await page.getByRole('link', { name: 'Alle møter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Møter' }).waitFor();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Rakkestad bibliotek' }).count()).toBe(1);
    expect(await page.getByRole('row').filter({ hasText: 'Rakkestad bibliotek' }).textContent())
      .toBe('12.01.2022 kl. 13.00StyringsgruppemøteStyringsgruppemøteStyringsgruppeRakkestad bibliotek');
    await expectNoAxeViolations(page, 'Møter, loggen');
    await page.evaluate("document.documentElement.dataset.theme = 'dark'");
    await expect.poll(() => page.evaluate<string>('getComputedStyle(document.documentElement).backgroundColor')).toBe('rgb(21, 24, 29)');
    await expectNoAxeViolations(page, 'Møter, loggen, mørkt');
    await page.evaluate("delete document.documentElement.dataset.theme");
    await page.getByRole('searchbox', { name: 'Søk i møtene' }).fill(minutesWord.slice(0, 9));
    await expect.poll(() => page.locator('.mb-count').textContent()).toMatch(/^1 møte funnet for «lånekorto»/);
    const hit = page.getByRole('row').filter({ hasText: 'Styringsgruppemøte' });
    // The part of the word that matched is marked (the index matches inside words).
    expect(await hit.locator('mark').textContent()).toBe(minutesWord.slice(0, 9));
    await page.getByRole('searchbox', { name: 'Søk i møtene' }).fill('tullballord');
    await expect.poll(() => page.locator('.mb-count').textContent()).toBe('Ingen møter funnet for «tullballord».');

    // After a reload the meeting is still there, and in the file as the CLI sees it.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Møter' }).waitFor();
    await page.getByRole('searchbox', { name: 'Søk i møtene' }).fill(minutesWord);
    await hit.getByRole('link', { name: 'Styringsgruppemøte' }).waitFor();

    const dump = cli('dump', file);
    expect(dump.code).toBe(0);
    const records = (JSON.parse(dump.stdout) as Dump).records;
    const meeting = records.meeting!.find((m) => m.minutes === `Prosjektleder orienterte om **${minutesWord}** i begge kommunene.`);
    expect(meeting).toMatchObject({ title: 'Styringsgruppemøte', startsAt: '2022-01-12T13:00', type: 'steering_group', place: 'Rakkestad bibliotek' });
    const items = records.action!.filter((a) => a.meetingId === meeting!.id);
    expect(items.map((a) => [a.text, a.dueDate, a.status]).sort()).toEqual([
      ['Bestille lokale til workshopen', null, 'open'],
      ['Sende referatet til styringsgruppen', '2022-02-01', 'open'],
    ]);
    expect(records.attendance!.filter((a) => a.meetingId === meeting!.id).map((a) => a.present)).toEqual([false]);
  });

  it('shows both action items in Oppgaver, marks one done and filters', async () => {
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Oppgaver' }).click();
    await page.getByRole('heading', { level: 1, name: 'Oppgaver' }).waitFor();
    const rows = page.locator('.vt-body [role=row]');
    await expect.poll(() => rows.count()).toBe(2);
    // Sorted by due date, undated last; the overdue one says so in words.
    expect(await rows.nth(0).textContent()).toMatch(/^01\.02\.2022ForfaltSende referatet til styringsgruppen/);
    expect(await rows.nth(1).textContent()).toMatch(/^Ingen fristBestille lokale til workshopen/);
    expect(await page.locator('.actions-count').textContent()).toBe('Viser 2 av 2 oppgaver1 forfaltSortert etter frist, uten frist sist');
    await expectNoAxeViolations(page, 'Oppgaver');
    // On the kit's tokens, so the dark theme reaches it (not kept light) and holds up there too.
    await page.evaluate("document.documentElement.dataset.theme = 'dark'");
    await expect.poll(() => page.evaluate<string>('getComputedStyle(document.documentElement).backgroundColor')).toBe('rgb(21, 24, 29)');
    await expectNoAxeViolations(page, 'Oppgaver, mørkt');
    await page.evaluate("delete document.documentElement.dataset.theme");

    await page.getByLabel('Status for «Sende referatet til styringsgruppen»').selectOption({ label: 'Ferdig' });
    await saved();
    await expect.poll(() => rows.nth(0).locator('.overdue-badge').count()).toBe(0);

    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Ferdig' });
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.nth(0).textContent()).toContain('Sende referatet til styringsgruppen');
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Alle' });
    await page.getByLabel('Frist', { exact: true }).selectOption({ label: 'Uten frist' });
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.nth(0).textContent()).toContain('Bestille lokale til workshopen');
    await page.getByRole('button', { name: 'Nullstill filtrene' }).click();
    await expect.poll(() => rows.count()).toBe(2);

    // The meeting is one click away.
    await rows.nth(1).getByRole('link', { name: 'Styringsgruppemøte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Styringsgruppemøte' }).waitFor();
    const dump = JSON.parse(cli('dump', file).stdout) as Dump;
    expect(dump.records.action!.find((a) => a.text === 'Sende referatet til styringsgruppen')!.status).toBe('done');
    expect(errors).toEqual([]);
  });
});

/**
 * On a 1366×768 laptop, the coordinator writes up a meeting afterwards: no
 * time to give, decisions and action items, then finds it again in the app.
 * Deleting asks, and each delete leaves «… er slettet. Angre» where the record was. The page
 * never asks for anything that is not there (no 4xx answers, no console errors).
 */
describe('Møter: a meeting written up afterwards, found again, and deleted with Angre', () => {
  const env = useServedWorkbook('referat.prosjektboka');
  const decisionWord = 'meråpent';

  it('saves a meeting without a time, with decisions and action items, finds it, and undoes deletes in place', async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    });
    const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });
    try {
      await page.goto(`${env.served.url}#/meetings`);
      await page.getByRole('heading', { level: 1, name: 'Møter' }).waitFor();

      // Escape closes the new-meeting form, and focus goes back to the button that opened it.
      await page.getByRole('button', { name: 'Nytt møte' }).click();
      await page.getByLabel('Sted').click();
      await page.keyboard.press('Escape');
      await poll(() => page.getByRole('form', { name: 'Nytt møte' }).count()).toBe(0);
      await poll(() => page.evaluate<string | undefined>('document.activeElement?.textContent')).toContain('Nytt møte');

      await page.getByRole('button', { name: 'Nytt møte' }).click();
      const form = page.getByRole('form', { name: 'Nytt møte' });
      expect(await form.getByText('Felt merket med * må fylles ut.').count()).toBe(1);
      expect(await page.getByLabel('Dato').getAttribute('required')).not.toBeNull();
      expect(await page.getByLabel('Klokkeslett').getAttribute('required')).toBeNull();
      await expectNoAxeViolations(page, 'Møter, nytt møte');
      await page.getByLabel('Møtetype').selectOption({ label: 'Prosjektgruppemøte' });
      await page.getByLabel('Tittel').fill('Oppsummering etter workshopen');
      await page.getByLabel('Dato').fill('15.03.2022');
      await page.getByRole('button', { name: 'Opprett møtet' }).click();

      // No time was given, so none is shown: no «kl.».
      await page.getByRole('heading', { level: 1, name: 'Oppsummering etter workshopen' }).waitFor();
      expect(await page.locator('.mb-meeting-meta time').textContent()).toBe('15.03.2022');
      expect(await page.getByLabel('Klokkeslett').inputValue()).toBe('');
      const meetingUrl = page.url();

      // The decisions, and two action items.
      await page.getByRole('textbox', { name: 'Vedtak' }).click();
      await page.keyboard.type(`Vi går videre med **${decisionWord} bibliotek** i Skiptvet.`);
      const newItem = page.getByLabel('Ny oppgave');
      await newItem.fill('Innhente tilbud på adgangskontroll');
      await newItem.press('Enter');
      await page.getByRole('group', { name: /^Oppgave 1/ }).waitFor();
      await newItem.fill('Avtale befaring i Skiptvet');
      await newItem.press('Enter');
      await page.getByRole('group', { name: /^Oppgave 2/ }).waitFor();
      await expectAllSaved(page);

      // An action item deleted, and back with Angre in its place (the records pattern).
      await page.getByRole('button', { name: 'Slett: Avtale befaring i Skiptvet' }).click();
      const deletedItem = page.locator('.mb-meeting-actions .record-deleted');
      await poll(() => deletedItem.textContent()).toContain('«Avtale befaring i Skiptvet» er slettet.');
      const items = page.getByRole('group', { name: /^Oppgave \d/ });
      await poll(() => items.count()).toBe(1);
      await poll(() => page.evaluate<string | undefined>('document.activeElement?.textContent')).toBe('Angre');
      await deletedItem.getByRole('button', { name: 'Angre slettingen av «Avtale befaring i Skiptvet»' }).click();
      await poll(() => items.count()).toBe(2);
      await poll(() => deletedItem.count()).toBe(0);
      await poll(() => page.evaluate<string | undefined>("document.activeElement?.closest('[data-action-id]') ? 'item' : undefined")).toBe('item');

      // An attendee chosen by keyboard (a few letters, ↓, Enter to choose, Enter to add), removed and back.
      const addAttendee = page.getByRole('combobox', { name: 'Legg til deltaker' });
      await addAttendee.fill('elin');
      await poll(() => page.getByRole('listbox', { name: 'Legg til deltaker' }).getByRole('option').allTextContents()).toEqual([expect.stringMatching(/^Elin Brandsrud/)]);
      await addAttendee.press('ArrowDown');
      await addAttendee.press('Enter');
      await poll(() => addAttendee.inputValue()).toBe('Elin Brandsrud');
      await addAttendee.press('Enter');
      await poll(() => page.locator('.mb-attendee-list li').count()).toBe(1);
      const attendee = page.locator('.mb-attendee-list li[data-attendance-id]');
      await attendee.getByRole('button', { name: /^Slett: / }).click();
      await poll(() => attendee.count()).toBe(0);
      await page.locator('.mb-attendees .record-deleted').getByRole('button', { name: /^Angre slettingen av / }).click();
      await poll(() => attendee.count()).toBe(1);
      await poll(() => page.locator('.mb-attendees .record-deleted').count()).toBe(0);
      await expectAllSaved(page);

      // Found again in the log by a word from the decisions; the log shows the day without a time.
      await page.getByRole('link', { name: 'Alle møter' }).click();
      await page.getByRole('heading', { level: 1, name: 'Møter' }).waitFor();
      const row = page.getByRole('row').filter({ hasText: 'Oppsummering etter workshopen' });
      await poll(() => row.count()).toBe(1);
      expect(await row.locator('time').textContent()).toBe('15.03.2022');
      await page.getByRole('searchbox', { name: 'Søk i møtene' }).fill(decisionWord);
      await poll(() => page.locator('.mb-count').textContent()).toMatch(/^1 møte funnet for «meråpent»/);
      await row.getByRole('link', { name: 'Oppsummering etter workshopen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Oppsummering etter workshopen' }).waitFor();

      // Deleting asks, says what goes with it, and Escape says no.
      await page.getByRole('button', { name: 'Slett møtet' }).click();
      const question = page.getByRole('group', { name: /Slette møtet «Oppsummering etter workshopen»\?/ });
      expect(await question.textContent()).toContain('Referatet, 1 deltaker og 2 oppgaver slettes med det.');
      await expectNoAxeViolations(page, 'Møtesiden, slette møtet?');
      await page.keyboard.press('Escape');
      await poll(() => question.count()).toBe(0);
      await page.getByRole('button', { name: 'Slett møtet' }).click();
      await question.getByRole('button', { name: 'Slett møtet' }).click();

      // Back on the log, where the meeting's row says so with Angre (and focus on it); the meeting is gone from the log.
      await page.getByRole('heading', { level: 1, name: 'Møter' }).waitFor();
      const offer = page.locator('.mb-log .record-deleted');
      await poll(() => offer.textContent()).toContain('«Oppsummering etter workshopen» er slettet.');
      await poll(() => page.evaluate<string | undefined>('document.activeElement?.textContent')).toBe('Angre');
      // The log still searches for the word, and finds nothing now.
      await poll(() => page.locator('.mb-count').textContent()).toBe('Ingen møter funnet for «meråpent».');
      await expectNoAxeViolations(page, 'Møter, Angre etter sletting');
      // Angre: the meeting is back in its row, with focus on its link, and opens as it was.
      await page.keyboard.press('Enter');
      await poll(() => page.evaluate<string | undefined>('document.activeElement?.textContent')).toBe('Oppsummering etter workshopen');
      expect(await offer.count()).toBe(0);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Oppsummering etter workshopen' }).waitFor();
      expect(page.url()).toBe(meetingUrl);
      await poll(() => items.count()).toBe(2);

      // The minutes as printed: the day, no time.
      const id = meetingUrl.split('#/meetings/')[1]!;
      await page.goto(`${env.served.url}#/print/meeting/${id}`);
      await poll(() => page.evaluate<string | undefined>('document.body.dataset.printReady')).toBe('true');
      const facts = await page.locator('.pr-doc-header .pr-doc-facts').textContent();
      expect(facts).toContain('15.03.2022');
      expect(facts).not.toMatch(/kl\.|Klokkeslett/);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
    const records = (JSON.parse(cli('dump', env.file).stdout) as Dump).records;
    const meeting = records.meeting!.find((m) => m.title === 'Oppsummering etter workshopen');
    expect(meeting).toMatchObject({ startsAt: '2022-03-15', type: 'project_group', decisions: `Vi går videre med **${decisionWord} bibliotek** i Skiptvet.` });
    expect(records.action!.filter((a) => a.meetingId === meeting!.id).map((a) => a.text).sort())
      .toEqual(['Avtale befaring i Skiptvet', 'Innhente tilbud på adgangskontroll']);
    expect(records.attendance!.filter((a) => a.meetingId === meeting!.id)).toHaveLength(1);
  });
});
