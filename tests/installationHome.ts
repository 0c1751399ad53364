import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * vitest globalSetup: every test, and every process a test starts, keeps
 * this machine's installation records (electron/workbook/installationStore.ts)
 * in a folder of this run, never in the user's own data folder. Tests that
 * need a machine of their own set PROSJEKTBOKA_HOME themselves.
 */
export default function setup(): () => void {
  const home = mkdtempSync(join(tmpdir(), 'prosjektboka-home-'));
  process.env.PROSJEKTBOKA_HOME = home;
  return () => rmSync(home, { recursive: true, force: true });
}
