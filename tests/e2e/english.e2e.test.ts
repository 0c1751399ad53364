import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cli, launchChromium, serve, tempDir, type ServedWorkbook } from './harness.js';
import { afterAll, beforeAll } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

/**
 * With the UI in English, no screen and no printout shows a Norwegian word of
 * its own. The rule (renderer/README.md, «Strings»): every visible text and
 * placeholder counts, except the user's words, which are
 *   1. text inside an element marked with another language (lang="nb"), or
 *   2. text that the workbook's own data contains (what `prosjektboka dump`
 *      prints: the seed plan's titles, names, minutes … are the user's).
 * What is left must hold none of the letters æ, ø, å and none of the common
 * Norwegian words below. The rule names no screen, so a screen added later is
 * held to it as soon as it is in SCREENS or PRINTS.
 */
const NORWEGIAN_WORDS = [
  'og', 'ikke', 'av', 'til', 'med', 'som', 'eller', 'har', 'kan', 'skal', 'må', 'ny', 'nytt', 'nye', 'lagre', 'lagret',
  'slett', 'slette', 'legg', 'vis', 'skjul', 'tilbake', 'endre', 'ingen', 'alle', 'uke', 'kl', 'møte', 'oppgave',
  'oppgaver', 'risiko', 'milepæl', 'milepæler', 'budsjett', 'prosjektet', 'prosjektplan', 'personer', 'rolle', 'roller',
  'gruppe', 'navn', 'dato', 'frist', 'ansvarlig', 'beskrivelse', 'tittel', 'sted', 'tid', 'lav', 'høy', 'veldig',
  'moderat', 'alvorlig', 'sannsynlighet', 'konsekvens', 'tiltak', 'sone', 'utskrift', 'utskrifter', 'eksport', 'angre',
  'gjør', 'om', 'her', 'det', 'den', 'en', 'et', 'er', 'fra', 'hos', 'ved', 'denne', 'dette', 'uten', 'etter', 'før',
  'nå', 'ja', 'nei', 'totalt', 'sum', 'utgifter', 'inntekter', 'regnskap', 'gjenstår', 'brukt', 'forsinket', 'nådd',
  'planlagt', 'pågår', 'åpen', 'lukket', 'utført', 'avlyst', 'synk', 'fil', 'fila', 'mappe', 'installasjon',
  'sikkerhetskopi', 'søk', 'filter', 'viser', 'hent', 'henter', 'lagrer', 'feilet', 'prøv', 'igjen',
];
// «en» and «om» are English words too ("en route" aside, they are rare in UI English); «filter» too.
const AMBIGUOUS = new Set(['en', 'om', 'filter', 'her', 'den', 'sum', 'tid', 'et', 'ved', 'fil']);
const WORD_LIST = new Set(NORWEGIAN_WORDS.filter((w) => !AMBIGUOUS.has(w)));

const SCREENS = ['overview', 'plan', 'milestones', 'budget', 'risks', 'meetings', 'actions', 'logs', 'reports', 'people', 'sync'];

function norwegianIn(text: string): string[] {
  const found = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}]+/gu) ?? []) {
    if (/[æøå]/.test(word) || WORD_LIST.has(word)) found.add(word);
  }
  return [...found];
}

function stringsOf(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') {
    for (const line of value.split(/\n+/)) {
      const text = line.replace(/\s+/g, ' ').trim();
      if (text) out.add(text);
    }
  } else if (Array.isArray(value)) value.forEach((v) => stringsOf(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringsOf(v, out));
  return out;
}

/** The texts a user sees (and the placeholders), each with whether it is marked as the user's words. */
const VISIBLE_TEXT = `(() => {
  const pageLang = (document.documentElement.lang || '').slice(0, 2);
  const out = [];
  const visible = (el) => {
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden' || s.display === 'none') return false;
    return el.getClientRects().length > 0;
  };
  const marked = (el) => {
    const withLang = el.closest('[lang]');
    return !!withLang && withLang !== document.documentElement && !(withLang.getAttribute('lang') || '').startsWith(pageLang);
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent.replace(/\\s+/g, ' ').trim();
    const el = n.parentElement;
    if (!text || !el || el.closest('script,style,noscript,option:not(:checked)') || !visible(el)) continue;
    out.push({ text, users: marked(el), where: el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '') });
  }
  for (const el of document.querySelectorAll('[placeholder]')) {
    if (visible(el)) out.push({ text: el.getAttribute('placeholder'), users: marked(el), where: 'placeholder' });
  }
  return out;
})()`;

interface Seen { text: string; users: boolean; where: string }

describe('the English UI has no Norwegian of its own', () => {
  const dir = tempDir();
  const file = join(dir.path, 'english.prosjektboka');
  let browser: Browser;
  let served: ServedWorkbook;
  let data: string[] = [];
  let meetingId = '';

  beforeAll(async () => {
    expect(cli('init', file, '--replica-name', 'Testmaskin').code).toBe(0);
    const added = cli('add', file, 'meeting', 'title=Prosjektgruppemøte mars', 'startsAt=2022-03-01T13:00', 'type=project_group', 'minutes=Vi gikk gjennom planen.');
    expect(added.code, added.stderr).toBe(0);
    meetingId = added.stdout.trim();
    // A status report, so Rapporter shows a report's fields and derived parts, not only its empty state.
    const report = cli('add', file, 'status-report', 'title=Statusrapport våren 2022', 'periodFrom=2022-01-01', 'periodTo=2022-06-30');
    expect(report.code, report.stderr).toBe(0);
    const dump = cli('dump', file);
    // Longest first, so a title is taken out whole before a shorter name inside it.
    data = [...stringsOf(JSON.parse(dump.stdout), new Set())].sort((a, b) => b.length - a.length);
    served = await serve(file);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    dir.remove();
  });

  /** What is left of a text once the user's own words are taken out. */
  function ownWords(text: string): string {
    // A piece of the user's text (a wrapped chart label, one item of a Markdown list) is theirs whole,
    // and so is a search excerpt: pieces of it cut with «…» and joined with «·».
    const pieces = text.split(/\s*[…·]\s*/).filter(Boolean);
    if (pieces.length > 0 && pieces.every((piece) => data.some((d) => d.includes(piece)))) return '';
    let rest = text;
    for (const d of data) {
      if (d.length < 3 && d !== rest) continue;
      if (rest.includes(d)) rest = rest.split(d).join(' ');
    }
    return rest;
  }

  async function problemsOn(page: Page, where: string): Promise<string[]> {
    const seen = await page.evaluate<Seen[]>(VISIBLE_TEXT);
    expect(seen.length, `${where} shows text`).toBeGreaterThan(3);
    return seen
      .filter((s) => !s.users)
      .map((s) => ({ ...s, words: norwegianIn(ownWords(s.text)) }))
      .filter((s) => s.words.length > 0)
      .map((s) => `${where} ${s.where}: «${s.text.slice(0, 120)}» (${s.words.join(', ')})`);
  }

  /** Until the page's text stops changing (the data has come), read twice in a row alike. */
  async function settled(page: Page): Promise<void> {
    let last = '';
    await expect.poll(async () => {
      const now = await page.locator('body').innerText();
      const same = now === last && !/Loading|Henter/.test(now);
      last = now;
      return same;
    }, { timeout: 30_000, interval: 300 }).toBe(true);
  }

  async function englishPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.addInitScript("localStorage.setItem('prosjektboka.language', 'en')");
    return context.newPage();
  }

  it('shows every screen in English', async () => {
    const page = await englishPage();
    const problems: string[] = [];
    for (const screen of SCREENS) {
      await page.goto(`${served.url}#/${screen}`);
      // Polled: the heading is drawn before the data.
      await expect.poll(() => page.locator('main h1').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      await settled(page);
      problems.push(...(await problemsOn(page, `#/${screen}`)));
    }
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens the editors, delete questions, forms and dialogs in English', async () => {
    const page = await englishPage();
    const problems: string[] = [];
    const look = async (where: string) => {
      await settled(page);
      problems.push(...(await problemsOn(page, where)));
    };
    const opened = async (screen: string) => {
      await page.goto(`${served.url}#/${screen}`);
      await expect.poll(() => page.locator('main h1').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      await settled(page);
    };
    // Each screen's first record: its editor, then its delete (a question, or the deleted row with Undo).
    // Milestones are edited in their rows as shown; a risk opens from its title, a person from their name.
    const editors: Record<string, string | null> = { milestones: null, risks: '[data-open-risk]', people: 'main a[href^="#/people/"]' };
    for (const screen of ['plan', 'milestones', 'budget', 'risks', 'people', `meetings/${meetingId}`]) {
      await opened(screen);
      const opener = editors[screen];
      if (opener !== null) {
        const edit = opener ? page.locator(opener).first() : page.locator('main').getByRole('button', { name: /^Edit/ }).first();
        expect(await edit.count(), `#/${screen} has an Edit button`).toBe(1);
        await edit.click();
        await look(`#/${screen} editing`);
        await page.keyboard.press('Escape');
      }
      const remove = page.locator('main').getByRole('button', { name: /^Delete/ }).first();
      if (await remove.count()) {
        await remove.click();
        await look(`#/${screen} deleting`);
        const cancel = page.getByRole('button', { name: 'Cancel' });
        if (await cancel.count()) await cancel.first().click();
        else await page.getByRole('button', { name: /^Undo/ }).first().click();
      }
    }
    await opened('meetings');
    await page.getByRole('button', { name: 'New meeting' }).click();
    await look('#/meetings new meeting');
    await page.keyboard.press('Escape');

    await opened('people');
    await page.locator('main a[href^="#/people/"]').first().click();
    await page.getByRole('button', { name: /^Erase personal data/ }).click();
    await look('#/people erase');
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+k');
    await page.locator('dialog.search-dialog input').fill('plan');
    await expect.poll(() => page.locator('dialog.search-dialog [role="option"]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await look('search');
    await page.keyboard.press('Escape');

    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows the print index and every printout in English, opened from the English app', async () => {
    const page = await englishPage();
    await page.goto(served.url);
    await page.locator('nav a[href^="#/print/index"]').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Printouts and exports');
    await settled(page);
    const problems = await problemsOn(page, '#/print/index');
    const views = ['risk-matrix', 'risk-matrix?orientation=dsb', 'plan', 'status', `meeting/${meetingId}`];
    for (const view of views) {
      const [name, query] = view.split('?');
      await page.goto(`${served.url}#/print/${name}?${query ? `${query}&` : ''}lang=en`);
      await page.waitForSelector('body[data-print-ready="true"]', { timeout: 60_000 });
      problems.push(...(await problemsOn(page, `#/print/${view}`)));
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
