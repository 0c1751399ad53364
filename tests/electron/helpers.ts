import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
