import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { REPO, tempDir } from './helpers.js';

/**
 * `npm start` where Electron cannot run (as on this machine, where its
 * download is blocked): one Norwegian line, then the app in the browser
 * through the web host on the default workbook, made on first start.
 */
const dirs: ReturnType<typeof tempDir>[] = [];
afterAll(() => dirs.forEach((d) => d.remove()));
function fresh(): string {
  const d = tempDir('prosjektboka-start-');
  dirs.push(d);
  return d.path;
}

interface Started {
  url: string;
  stdout: () => string;
  stderr: () => string;
  stop: () => Promise<void>;
}

/** Runs `node scripts/start.js` with Electron ruled out and waits for the address it prints. */
async function start(env: NodeJS.ProcessEnv): Promise<Started> {
  const child = spawn(process.execPath, ['scripts/start.js'], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
  };
  try {
    const url = await new Promise<string>((resolveUrl, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address within 60 s: ${stdout}${stderr}`)), 60_000);
      child.stdout.setEncoding('utf8').on('data', (s: string) => {
        stdout += s;
        const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(stdout);
        if (m) {
          clearTimeout(timer);
          resolveUrl(m[0]);
        }
      });
      child.once('exit', (code) => reject(new Error(`start.js exited with ${String(code)}: ${stdout}${stderr}`)));
    });
    return { url, stdout: () => stdout, stderr: () => stderr, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** A start takes a second or two; this is room for a machine busy with every suite at once. */
const START_TIMEOUT = 150_000;

function baseEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PROSJEKTBOKA_NO_ELECTRON: '1', PROSJEKTBOKA_HOME: home };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  return env;
}

describe('npm start without Electron', () => {
  it('says why in one line, creates the default workbook and serves the app on 127.0.0.1', async () => {
    const home = fresh();
    const started = await start(baseEnv(home));
    try {
      const lines = started.stdout().split('\n');
      expect(lines[0]).toBe('Skrivebordsappen kan ikke starte fordi Electron ikke kunne lastes ned; Prosjektboka åpnes i nettleseren i stedet.');
      const workbook = join(home, 'Prosjektboka.prosjektboka');
      expect(existsSync(workbook)).toBe(true);
      expect(started.stdout()).toContain(workbook);

      const page = await fetch(started.url);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<div id="root"></div>');
      expect(html).toContain('/_host/bridge.js');

      const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
      const info = await fetch(new URL('/api/getWorkbookInfo', started.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie },
        body: '{}',
      });
      expect(await info.json()).toMatchObject({ ok: true, result: { path: workbook, canSwitchWorkbook: false } });
      expect(started.stderr()).toBe('');
    } finally {
      await started.stop();
    }
  }, START_TIMEOUT);

  it.skipIf(process.platform !== 'linux')('opens the default browser on the address when there is a display', async () => {
    const home = fresh();
    // A stand-in xdg-open that writes down what it was asked to open.
    const bin = join(home, 'bin');
    mkdirSync(bin);
    const log = join(home, 'xdg-open.log');
    writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > '${log}'\n`);
    chmodSync(join(bin, 'xdg-open'), 0o755);
    const started = await start({ ...baseEnv(home), DISPLAY: ':99', PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` });
    try {
      await vi.waitFor(() => expect(readFileSync(log, 'utf8')).toBe(started.url), { timeout: 60_000 });
    } finally {
      await started.stop();
    }
  }, START_TIMEOUT);

  it('reuses the default workbook on the next start', async () => {
    const home = fresh();
    const first = await start(baseEnv(home));
    await first.stop();
    const second = await start(baseEnv(home));
    try {
      expect(second.stdout()).not.toContain('Laget standardarbeidsboka');
      expect((await fetch(second.url)).status).toBe(200);
    } finally {
      await second.stop();
    }
  }, START_TIMEOUT);
});
