import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, electronBinary, tempDir } from './helpers.js';

/**
 * Suite 2: the journeys of Suite 1 (tests/e2e/web-shell.e2e.test.ts) in the
 * real desktop app, through Playwright's Electron driver: the default
 * workbook in a fresh data folder, the screens, a risk edited and still there
 * after a reload and after a restart. It needs Electron's binary, which this
 * machine cannot download; there the suite is reported as skipped, with why.
 * (On a Linux machine without a display, run it under xvfb-run.)
 */
const executable = electronBinary();
const SKIP_REASON = 'Electron-binæren finnes ikke på denne maskinen (nedlasting blokkert)';
if (!executable) console.info(`Suite 2 (Electron) hoppes over: ${SKIP_REASON}.`);

const suiteName = executable
  ? 'the desktop app in Electron'
  : `the desktop app in Electron — hoppet over: ${SKIP_REASON}`;

describe.skipIf(!executable)(suiteName, () => {
  const home = tempDir('prosjektboka-electron-e2e-');

  beforeAll(() => {
    // The full build, as `npm start` and `npm run dist` do it: bundle plus the Electron-ABI better-sqlite3.
    const r = spawnSync(process.execPath, ['scripts/build-electron.js'], { cwd: REPO, encoding: 'utf8', timeout: 600_000 });
    if (r.status !== 0) throw new Error(`build-electron failed: ${r.stderr}`);
  }, 600_000);
  afterAll(() => home.remove());

  async function launch(): Promise<{ app: ElectronApplication; page: Page; errors: string[] }> {
    const env = Object.fromEntries(
      Object.entries({ ...process.env, PROSJEKTBOKA_HOME: home.path }).filter(([k, v]) => v !== undefined && k !== 'ELECTRON_RUN_AS_NODE'),
    ) as Record<string, string>;
    const app = await _electron.launch({ executablePath: executable!, args: [join(REPO, 'dist', 'electron')], cwd: REPO, env });
    const page = await app.firstWindow();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return { app, page, errors };
  }

  it('opens the default workbook, moves between screens, edits a risk and keeps the edit', async () => {
    const { app, page, errors } = await launch();
    try {
      expect(page.url()).toBe('app://prosjektboka/index.html');
      await expect.poll(() => page.locator('h1').textContent()).toBe('Beste praksis for bibliotek og innbyggertorg');

      // The page is sandboxed: the bridge is there, Node is not.
      expect(await page.evaluate(() => ({
        bridge: typeof (globalThis as { prosjektboka?: { getSummary?: unknown } }).prosjektboka?.getSummary,
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
      }))).toEqual({ bridge: 'function', require: 'undefined', process: 'undefined' });

      const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
      for (const [link, heading] of [['Plan', 'Plan'], ['Milepæler', 'Milepæler'], ['Møter', 'Møter'], ['Risikoregister', 'Risikoregister']]) {
        await nav.getByRole('link', { name: link, exact: true }).click();
        await expect.poll(() => page.locator('h1').textContent()).toBe(heading);
      }

      await page.getByRole('button', { name: 'Kommunene er preget av kommunesammenslåingen' }).click();
      const title = page.getByLabel('Tittel');
      await title.fill('Kommunene er fortsatt preget av sammenslåingen');
      await title.press('Tab');
      await expect.poll(() => page.locator('.app-header .save-status').textContent()).toMatch(/Alt er lagret/);

      await page.reload();
      await expect.poll(() => page.getByRole('button', { name: 'Kommunene er fortsatt preget av sammenslåingen' }).count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('reopens the same workbook on the next start, with the edit', async () => {
    const { app, page } = await launch();
    try {
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle())).toBe('Prosjektboka.prosjektboka – Prosjektboka');
      await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Risikoregister', exact: true }).click();
      await expect.poll(() => page.getByRole('button', { name: 'Kommunene er fortsatt preget av sammenslåingen' }).count()).toBe(1);
    } finally {
      await app.close();
    }
  });

  it('refuses navigation away from the app and opens no new windows', async () => {
    const { app, page } = await launch();
    try {
      await page.evaluate(() => {
        // The page's window, typed loosely: the tests compile without the DOM library.
        const win = globalThis as unknown as { open(url: string): unknown; location: { href: string } };
        win.open('https://example.org/');
        win.location.href = 'https://example.org/';
      });
      await page.waitForTimeout(500);
      expect(page.url()).toMatch(/^app:\/\/prosjektboka\//);
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});
