import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/**
 * Before any test file starts: one run of the real bin, which rebuilds the
 * CLI bundle (dist/cli) if the sources changed since `npm run build`, so the
 * tests that start the CLI as a process never race to rebuild it themselves.
 */
export default function setup(): void {
  // The suites read the CLI's bokmål messages; a machine with an English locale would get English
  // (electron/cli/language.ts). The tests of English set LANG or --lang themselves.
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    if (/^en([_.@-]|$)/i.test(process.env[name] ?? '')) process.env[name] = 'C.UTF-8';
  }
  const root = resolve(import.meta.dirname, '..');
  const r = spawnSync(process.execPath, [join(root, 'bin', 'prosjektboka.js'), '--help'], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`the CLI bundle could not be built or loaded: ${r.stderr || r.error?.message}`);
}
