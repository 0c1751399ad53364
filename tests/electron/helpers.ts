import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');

/** A temporary folder, removed by the returned function. */
export function tempDir(prefix = 'prosjektboka-electron-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * Runs the real build script (`node scripts/build-electron.js --skip-native`)
 * into a fresh folder inside the repository, where Node resolves
 * better-sqlite3 from node_modules as it does for dist/electron. The bundle
 * goes to <folder>/electron, so <folder>/renderer is where main looks for the
 * renderer, as dist/renderer is beside dist/electron.
 */
export function buildBundle(): { dir: string; remove: () => void } {
  const parent = join(REPO, 'node_modules', '.cache', 'prosjektboka-electron-tests');
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(join(parent, 'bundle-'));
  const dir = join(root, 'electron');
  const r = spawnSync(process.execPath, ['scripts/build-electron.js', '--skip-native', '--out', dir], { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build-electron failed (${String(r.status)}): ${r.stderr}`);
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * The downloaded Electron executable, or null. The same lookup as
 * scripts/build-electron.js's electronBinaryPath(): require('electron') would
 * try to download the binary, so it is not used.
 */
export function electronBinary(): string | null {
  const dir = join(REPO, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const full = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron')
    : join(dir, 'dist', relative);
  return relative && existsSync(full) ? full : null;
}

/**
 * The real main bundle beside a stand-in 'electron' module
 * (fixtures/fake-electron.cjs) and a placeholder renderer, built once per test
 * file; `home()` gives each run its own data folder. All removed afterwards.
 */
/** One line of the stand-in electron module's event log on stdout. */
export type FakeElectronEvent = { type: string } & Record<string, unknown>;

export interface FakeElectronMain {
  readonly dir: string;
  home(): string;
  /** Runs main.js until it exits; its stdout is the fake module's event log, one JSON object a line. */
  run(env: Record<string, string>, args?: string[]): Promise<{ code: number | null; events: FakeElectronEvent[]; stderr: string }>;
}

export function useFakeElectronMain(homePrefix: string): FakeElectronMain {
  let bundle: ReturnType<typeof buildBundle> | undefined;
  const homes: ReturnType<typeof tempDir>[] = [];
  beforeAll(() => {
    bundle = buildBundle();
    const fake = join(bundle.dir, 'node_modules', 'electron');
    mkdirSync(fake, { recursive: true });
    copyFileSync(join(import.meta.dirname, 'fixtures', 'fake-electron.cjs'), join(fake, 'index.js'));
    writeFileSync(join(fake, 'package.json'), '{ "name": "electron", "main": "index.js" }');
    mkdirSync(join(bundle.dir, '..', 'renderer'), { recursive: true });
    writeFileSync(join(bundle.dir, '..', 'renderer', 'index.html'), '<!doctype html><title>Prosjektboka</title>');
  });
  afterAll(() => {
    bundle?.remove();
    homes.forEach((h) => h.remove());
  });
  return {
    get dir() {
      if (!bundle) throw new Error('the main bundle is not built yet');
      return bundle.dir;
    },
    home() {
      const h = tempDir(homePrefix);
      homes.push(h);
      return h.path;
    },
    run(env, args = []) {
      const dir = this.dir;
      return new Promise((resolveRun, reject) => {
        const child = spawn(process.execPath, [join(dir, 'main.js'), ...args], {
          env: { ...process.env, PROSJEKTBOKA_NATIVE_BINDING: '', ...env },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
        child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`main did not exit within 150 s (the machine may be overloaded):\n${stdout}\n${stderr}`));
        }, 150_000);
        child.on('exit', (code) => {
          clearTimeout(timer);
          const events = stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as FakeElectronEvent);
          resolveRun({ code, events, stderr });
        });
      });
    },
  };
}
