import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createHandlers } from '../../electron/api/handlers.js';
import { WorkbookSession } from '../../electron/api/session.js';
import { RENDERER_DIR } from '../../electron/cli/serve.js';
import { startWebHost } from '../../electron/webhost/server.js';
import { createWorkbook, openWorkbook } from '../../electron/workbook/open.js';
import { largeWorkbookPath } from '../core/fixture.js';
import { progress } from '../lib/log.js';
import { median, nowMs, round } from '../lib/stats.js';
import { tempDir } from '../lib/tmp.js';
import type { BenchResult, BenchSection } from '../lib/types.js';

const ROUNDS = Number(process.env.BENCH_RENDER_ROUNDS ?? 5);
const SCREENS = [
  { route: 'risks', label: 'Risikoregister' },
  { route: 'meetings', label: 'Møter' },
] as const;

/**
 * Time from navigation until a screen shows its first rows, in Debian's
 * Chromium through the web host: the large workbook (1 000 risks, 10 000
 * meetings) against the seed workbook (with ten meetings) in the same run. A virtualised list
 * keeps the ratio near 1; rendering every row would make it grow with the data.
 */
async function firstRenderMs(browser: Browser, url: string, route: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Load the app once so the measurement is the screen, not the script download.
  await page.goto(`${url}#/overview`);
  await page.waitForSelector('main h1');
  const start = nowMs();
  // A same-document navigation (only the hash changes) and selector waits: the page's CSP forbids eval.
  await page.goto(`${url}#/${route}`);
  await page.locator('main [role="row"], main tbody tr').nth(1).waitFor({ timeout: 60_000 });
  const ms = nowMs() - start;
  await context.close();
  return ms;
}

async function measure(browser: Browser, file: string): Promise<Record<string, number[]>> {
  const session = new WorkbookSession(openWorkbook(file), { canSwitch: false });
  const host = await startWebHost({ handlers: createHandlers(session), staticDir: RENDERER_DIR });
  const samples: Record<string, number[]> = {};
  try {
    for (let i = 0; i < ROUNDS; i++) {
      for (const s of SCREENS) (samples[s.route] ??= []).push(await firstRenderMs(browser, host.url, s.route));
    }
  } finally {
    await host.close();
    session.close();
  }
  return samples;
}

const section: BenchSection = {
  name: 'render',
  description: `first render of Risikoregister and Møter in Chromium, large workbook vs the seed (${ROUNDS} rounds, medians)`,
  async run() {
    // The seed plan has no meetings; ten give Møter rows to show, as a workbook has after a month or two.
    const seed = join(tempDir(), 'seed.prosjektboka');
    const wb = createWorkbook(seed);
    wb.transaction(() => {
      for (let i = 1; i <= 10; i++) {
        wb.commands.create('meeting', {
          title: `Prosjektgruppemøte ${i}`, startsAt: `2021-10-${String(i + 10)}T10:00`, type: 'project_group', place: 'digitalt',
          minutes: 'Gruppa drøftet innbyggerundersøkelsen og veien videre.',
        });
      }
    });
    wb.close();
    const large = largeWorkbookPath();
    const browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      progress('rendering the seed workbook');
      const small = await measure(browser, seed);
      progress('rendering the large workbook');
      const big = await measure(browser, large);
      const results: BenchResult[] = [];
      for (const s of SCREENS) {
        const a = median(small[s.route]!);
        const b = median(big[s.route]!);
        results.push(
          { name: `${s.route}.seed_ms`, label: `${s.label}, seed workbook`, value: round(a), unit: 'ms', samples: small[s.route] },
          { name: `${s.route}.large_ms`, label: `${s.label}, large workbook`, value: round(b), unit: 'ms', samples: big[s.route] },
          { name: `${s.route}.ratio`, label: `${s.label}, large ÷ seed`, value: round(b / a, 3), unit: '×' },
        );
      }
      return results;
    } finally {
      await browser.close();
    }
  },
};

export default section;
