import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const REPO = resolve(import.meta.dirname, '../..');
const CLI = join(REPO, 'bin/prosjektboka.js');

/** Debian's Chromium, or CHROME_PATH. Never a browser download. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Fant ingen Chromium: installer Debians «chromium» (apt-get install -y chromium) eller sett CHROME_PATH.');
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Room for a machine whose cores are busy with other work; a CLI command
 * takes a fraction of a second from the bundle on a quiet one.
 */
const PROCESS_TIMEOUT_MS = 180_000;

/** Runs the real CLI (`node bin/prosjektboka.js …`, from the bundle) and waits for it; a timeout is reported as one. */
export function cli(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8', timeout: PROCESS_TIMEOUT_MS, killSignal: 'SIGKILL' });
  if (r.error) {
    const timedOut = (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
    throw new Error(timedOut ? `prosjektboka ${args.join(' ')} did not finish within ${PROCESS_TIMEOUT_MS / 1000} s (the machine may be overloaded)` : r.error.message);
  }
  if (r.status === null) throw new Error(`prosjektboka ${args.join(' ')} was ended by ${String(r.signal)}: ${r.stderr}`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'prosjektboka-e2e-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface ServedWorkbook {
  url: string;
  port: number;
  token: string;
  stop(): Promise<void>;
}

/**
 * Runs `prosjektboka serve <file>` as users do and waits for the address it
 * prints. `env` may set the web host's test settings (a slow or failing API:
 * PROSJEKTBOKA_TEST_API_DELAY_MS, PROSJEKTBOKA_TEST_API_FAIL).
 */
export function serve(file: string, env: Record<string, string> = {}): Promise<ServedWorkbook> {
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', file, '--port', '0'], {
    cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env },
  });
  let output = '';
  return new Promise((resolveServe, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`prosjektboka serve printed no address within ${PROCESS_TIMEOUT_MS / 1000} s (the machine may be overloaded): ${output}`));
    }, PROCESS_TIMEOUT_MS);
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      output += d.toString();
      const m = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+)/.exec(output);
      if (!m) return;
      clearTimeout(timer);
      resolveServe({
        url: m[0],
        port: Number(m[1]),
        token: m[2]!,
        stop: () => new Promise((r) => {
          child.once('exit', () => r());
          child.kill('SIGTERM');
        }),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}: ${output}`));
    });
  });
}

/** A page in its own context: axe (AxeBuilder) needs pages made through browser.newContext(). */
export async function newPage(browser: Browser): Promise<import('playwright-core').Page> {
  const context = await browser.newContext();
  return context.newPage();
}

export interface ServedWorkbookEnv {
  readonly file: string;
  readonly browser: Browser;
  readonly served: ServedWorkbook;
}

/**
 * The usual e2e setup for one test file: a seed workbook made with the real
 * CLI in a fresh folder, served with `prosjektboka serve`, and Debian's
 * Chromium; all of it stopped and removed afterwards.
 */
export function useServedWorkbook(fileName: string): ServedWorkbookEnv {
  const dir = tempDir();
  const file = join(dir.path, fileName);
  let browser: Browser | undefined;
  let served: ServedWorkbook | undefined;
  beforeAll(async () => {
    const init = cli('init', file, '--replica-name', 'Testmaskin');
    if (init.code !== 0) throw new Error(`init failed: ${init.stderr}`);
    served = await serve(file);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    dir.remove();
  });
  return {
    file,
    get browser() {
      if (!browser) throw new Error('the browser is not running yet');
      return browser;
    },
    get served() {
      if (!served) throw new Error('the workbook is not served yet');
      return served;
    },
  };
}

/** Waits until the header says everything is saved (each field says its own state beside it too). */
export async function expectAllSaved(page: import('playwright-core').Page): Promise<void> {
  const { expect } = await import('vitest');
  await expect.poll(() => page.locator('.app-header .save-status').textContent(), { timeout: 20_000 }).toMatch(/Alt er lagret/);
}
