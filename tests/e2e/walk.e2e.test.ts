import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, beforeAll } from 'vitest';
import { axeViolations } from './axe.js';
import { REPO, cli, useServedWorkbook } from './harness.js';
import { LAYOUT_PROBLEMS } from './layoutProblems.js';

/**
 * A walk through every screen as a person would look at it (issue 13): each sidebar entry, a meeting's
 * page, a person's page, the printouts' list and the search dialog with hits, in the light and the dark
 * theme, in a laptop window (1366×768) and a small one (800×600). A screen fails on a page wider than the
 * window, on text cut off where there is room for it (tests/e2e/layoutProblems.ts says how that is
 * measured), on a word broken mid-word in a table cell that could hold it, and on any axe violation; every problem of a screen, in every theme and size, is listed in its one failure message.
 * A full-page screenshot of each is kept in test-artifacts/walk/<screen>-<theme>-<size>.png for a person
 * to look at (the folder is not in git).
 */
const ARTIFACTS = join(REPO, 'test-artifacts', 'walk');
const THEMES = ['light', 'dark'] as const;
const SIZES = [{ width: 1366, height: 768 }, { width: 800, height: 600 }] as const;

interface Stop {
  name: string;
  route: () => string;
  /** What to do once the screen is there (open a dialog), before it is looked at. */
  then?: (page: Page) => Promise<void>;
}

describe('a walk through every screen, in both themes, at 1366×768 and 800×600', () => {
  const env = useServedWorkbook('rundtur.prosjektboka');
  let meetingId = '';
  let personId = '';

  beforeAll(() => {
    // A meeting with action items, one of them done and one with a long text, so the meeting page,
    // the action items and the overview have something to lay out.
    const people = JSON.parse(cli('list', env.file, 'person', '--json').stdout) as { id: string }[];
    personId = people[0]!.id;
    const meeting = cli('add', env.file, 'meeting', 'title=Styringsgruppemøte september', 'startsAt=2021-09-14T13:00',
      'type=steering_group', 'place=Drammensbiblioteket, møterom 2');
    if (meeting.code !== 0) throw new Error(meeting.stderr);
    meetingId = meeting.stdout.trim();
    for (const fields of [
      ['text=Sende ut invitasjon til innbyggerundersøkelsen', `ownerId=${personId}`, 'dueDate=2021-10-01', 'status=open'],
      ['text=Avklare budsjett for workshop', `ownerId=${personId}`, 'dueDate=2021-09-30', 'status=done'],
      ['text=Lage et utkast til kommunikasjonsplanen for prosjektet, med målgrupper, kanaler og en tidsplan for hele prosjektperioden', 'status=in_progress'],
    ]) {
      const added = cli('add', env.file, 'action', `meetingId=${meetingId}`, ...fields);
      if (added.code !== 0) throw new Error(added.stderr);
    }
    // A status report draft, so Rapporter lays out a report with its derived parts and fields (issue 14).
    const report = cli('add', env.file, 'status-report', 'title=Statusrapport høsten 2021', 'periodFrom=2021-09-02', 'periodTo=2021-12-31');
    if (report.code !== 0) throw new Error(report.stderr);
  });

  const stops: Stop[] = [
    ...['overview', 'plan', 'milestones', 'budget', 'risks', 'meetings', 'actions', 'logs', 'reports', 'people', 'sync'].map((s) => ({ name: s, route: () => `#/${s}` })),
    // The plan shows one part at a time (a list beside it): its widest parts too.
    { name: 'plan-responsibilities', route: () => '#/plan/responsibilities' },
    { name: 'plan-goals', route: () => '#/plan/goals' },
    { name: 'meeting', route: () => `#/meetings/${meetingId}` },
    { name: 'person', route: () => `#/people/${personId}` },
    { name: 'print-index', route: () => '#/print/index' },
    {
      name: 'search', route: () => '#/overview',
      then: async (page) => {
        await page.keyboard.press('Control+K');
        const dialog = page.getByRole('dialog', { name: 'Søk i arbeidsboka' });
        await dialog.getByRole('combobox').fill('torg');
        await expect.poll(() => dialog.getByRole('option').count(), { timeout: 60_000 }).toBeGreaterThan(0);
      },
    },
  ];

  /** The screen has drawn what it loads: a heading, nothing busy, no «Laster …» (nor «Laster oversikten …»), and the typeface is in. */
  async function settled(page: Page): Promise<void> {
    await expect.poll(() => page.evaluate<boolean>(`(() => {
      const h1 = document.querySelector('h1');
      if (!h1 || !h1.textContent.trim()) return false;
      if (document.querySelector('[aria-busy="true"]')) return false;
      // «Laster …», «Laster oversikten …»: whatever is still loading says so, in either language.
      if (/(^|\\s)(Laster|Loading) [^.…]{0,40}…/m.test(document.body.innerText)) return false;
      return document.fonts.status === 'loaded';
    })()`), { timeout: 60_000 }).toBe(true);
  }

  it('the layout checks find a sideways page and words cut off with room, and leave a true squeeze alone', async () => {
    const context = await env.browser.newContext({ viewport: { width: 800, height: 600 } });
    try {
      const page = await context.newPage();
      const cut = 'overflow: hidden; text-overflow: ellipsis; white-space: nowrap';
      const long = 'Sende ut invitasjon til innbyggerundersøkelsen i begge kommunene';
      const sr = 'position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap';
      const layout = () => page.evaluate<string[]>(LAYOUT_PROBLEMS);
      await page.setContent(`<!doctype html><body style="margin: 0; font: 16px sans-serif">
        <div style="width: 700px"><div id="roomy" style="width: 200px; ${cut}">${long}</div></div>
        <div style="width: 200px; display: flex"><span id="squeezed" style="flex: 1; ${cut}">${long}</span></div>
        <span style="${sr}">${long} ${long}</span>
        <input style="width: 100px" value="${long}">
        <div style="overflow-x: auto; width: 300px"><table style="width: 600px"><tr><td>${long}</td></tr></table></div>
      </body>`);
      const found = await layout();
      expect(found.filter((p) => p.startsWith('text cut off'))).toHaveLength(1);
      expect(found[0]).toMatch(/^text cut off: div#roomy «Sende ut invitasjon[^»]*»: \d+ px of text cut off, \d+ px free beside it \(ellipsis\)$/);
      expect(found.some((p) => p.startsWith('the page is'))).toBe(false);

      // A word broken where it would fit the cell is found; one longer than its cell is a squeeze left alone.
      await page.setContent(`<!doctype html><body style="margin: 0; font: 16px sans-serif"><table><tr>
        <td id="broken" style="width: 150px; max-width: 150px; word-break: break-all">${long}</td>
        <td style="width: 60px; max-width: 60px; overflow-wrap: anywhere">innbyggerundersøkelsen</td>
        <td style="width: 150px; max-width: 150px">September/oktober 2021, uke 40–42</td>
      </tr></table></body>`);
      const words = (await layout()).filter((p) => p.startsWith('word broken'));
      expect(words.length).toBeGreaterThan(0);
      expect(words.every((p) => p.startsWith('word broken: td#broken'))).toBe(true);

      // A page wider than the window, and the hidden words of a header cell that escape their scroller.
      await page.setContent(`<!doctype html><body style="margin: 0">
        <div style="overflow-x: auto; width: 300px"><table style="width: 900px"><tr><th style="text-align: right">Navn<span class="sr-only" style="${sr}">sorter</span></th></tr></table></div>
      </body>`);
      expect(await layout()).toEqual([expect.stringMatching(/^the page is \d+ px wider than the window \(\d+ > 800\), from: span\.sr-only «sorter»/)]);
      await page.setContent('<!doctype html><body style="margin: 0"><p style="width: 1000px">bred</p></body>');
      expect(await layout()).toEqual([expect.stringMatching(/^the page is 200 px wider than the window \(1000 > 800\), from: p «bred»/)]);
    } finally {
      await context.close();
    }
  });

  it.each(stops)('$name', async (stop) => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const problems: string[] = [];
    for (const theme of THEMES) {
      for (const size of SIZES) {
        const where = `${theme} ${size.width}×${size.height}`;
        const context = await env.browser.newContext({ viewport: size, colorScheme: theme });
        try {
          const page = await context.newPage();
          const errors: string[] = [];
          page.on('pageerror', (e) => errors.push(e.message));
          await page.goto(`${env.served.url}${stop.route()}`);
          await settled(page);
          await stop.then?.(page);
          await page.screenshot({ path: join(ARTIFACTS, `${stop.name}-${theme}-${size.width}x${size.height}.png`), fullPage: true });
          const layout = await page.evaluate<string[]>(LAYOUT_PROBLEMS);
          const axe = await axeViolations(page);
          problems.push(...[...layout, ...axe.map((v) => `axe ${v}`), ...errors.map((e) => `page error: ${e}`)].map((p) => `[${where}] ${p}`));
        } finally {
          await context.close();
        }
      }
    }
    expect(problems, `${stop.name}: ${problems.length} problem(s), screenshots in test-artifacts/walk/\n  ${problems.join('\n  ')}\n`).toEqual([]);
  }, 600_000);
});
