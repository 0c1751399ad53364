import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { WorkbookError } from '../../shared/errors.js';

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
      throw new WorkbookError('no_chromium', `Fant ikke Chromium på ${explicit}; oppgi riktig sti med --chromium.`, 'failure');
    }
    return explicit;
  }
  const found = [env.CHROME_PATH, ...candidates].filter((p): p is string => !!p).find((p) => existsSync(p));
  if (!found) {
    throw new WorkbookError(
      'no_chromium',
      'Fant ingen Chromium til å lage PDF: installer Chromium (Debian: apt-get install chromium), sett CHROME_PATH eller bruk --chromium STI.',
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

export async function launchPrintBrowser(chromiumPath?: string): Promise<Browser> {
  const executablePath = findChromium(chromiumPath);
  try {
    // Loaded on first use: every other CLI command starts faster without it.
    const { chromium } = await import('playwright-core');
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (e) {
    const first = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    throw new WorkbookError('no_chromium', `Klarte ikke å starte Chromium (${executablePath}): ${first}`, 'failure');
  }
}
