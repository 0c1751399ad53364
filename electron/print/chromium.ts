import { existsSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { WorkbookError } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';

export type { Browser };

/** Where Chromium is looked for, in order, after an explicit --chromium. Never a browser download. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium to print with: the given path, else CHROME_PATH, else a system install; a clear error when none. */
export function findChromium(
  explicit?: string,
  env: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = CHROMIUM_CANDIDATES,
): string {
  if (explicit) {
    if (!existsSync(explicit)) {
      throw new WorkbookError('no_chromium', msg('print.chromium_not_at', { path: explicit }), 'failure');
    }
    return explicit;
  }
  const found = [env.CHROME_PATH, ...candidates].filter((p): p is string => !!p).find((p) => existsSync(p));
  if (!found) {
    throw new WorkbookError(
      'no_chromium',
      msg('print.no_chromium'),
      'failure',
    );
  }
  return found;
}

/** Flags for a headless print-only browser that talks to nothing but the loopback web host. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-extensions', '--disable-default-apps', '--font-render-hinting=none',
];

/**
 * A headless Chromium for printing, driven by Puppeteer over a pipe (no
 * debugging port for other programs to find). Puppeteer rather than
 * Playwright at run time: it loads in a fifth of the time, which a CLI
 * printout pays on every run. Puppeteer's own signal handlers are off, so
 * `serve` closes its workbook before the process ends.
 */
export async function launchPrintBrowser(chromiumPath?: string): Promise<Browser> {
  const executablePath = findChromium(chromiumPath);
  try {
    // Loaded on first use: every other CLI command starts faster without it.
    const { launch } = await import('puppeteer-core');
    return await launch({
      executablePath, args: CHROMIUM_ARGS, headless: true, pipe: true,
      handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    });
  } catch (e) {
    const first = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    throw new WorkbookError('no_chromium', msg('print.chromium_failed', { path: executablePath, detail: first ?? '' }), 'failure');
  }
}

let shared: { path: string | undefined; browser: Promise<Browser> } | undefined;

/**
 * The process's one print browser, launched on first use and kept: the web
 * host prints every PDF after the first in it, and the CLI starts it while it
 * opens the workbook. A browser that died is replaced on the next call.
 */
export function sharedPrintBrowser(chromiumPath?: string): Promise<Browser> {
  if (shared && shared.path === chromiumPath) return shared.browser;
  const previous = shared;
  const entry = { path: chromiumPath, browser: launchPrintBrowser(chromiumPath) };
  shared = entry;
  void previous?.browser.then((b) => b.close()).catch(() => undefined);
  entry.browser.then(
    (b) => b.once('disconnected', () => {
      if (shared === entry) shared = undefined;
    }),
    () => {
      if (shared === entry) shared = undefined;
    },
  );
  return entry.browser;
}

/** Closes the shared print browser, if one was started; the process can then end. */
export async function closeSharedPrintBrowser(): Promise<void> {
  const entry = shared;
  shared = undefined;
  const browser = await entry?.browser.catch(() => undefined);
  await browser?.close().catch(() => undefined);
}
