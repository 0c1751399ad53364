import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/**
 * Before any test file starts: one run of the real bin, which rebuilds the
 * CLI bundle (dist/cli) if the sources changed since `npm run build`, so the
 * tests that start the CLI as a process never race to rebuild it themselves.
 */
export default function setup(): void {
  const root = resolve(import.meta.dirname, '..');
  const r = spawnSync(process.execPath, [join(root, 'bin', 'prosjektboka.js'), '--help'], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`the CLI bundle could not be built or loaded: ${r.stderr || r.error?.message}`);
}
