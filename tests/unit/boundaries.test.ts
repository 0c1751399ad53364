import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The process boundaries of the write path, as lint enforces them: only
 * electron/workbook talks to SQLite, it imports no other electron/ folder,
 * and no folder imports one that imports it back.
 */
const REPO = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: REPO });
const messages = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath: resolve(REPO, filePath) }))[0]!.messages.map((m) => m.message);

describe('the write path\'s boundaries', () => {
  it('refuses better-sqlite3 and the raw connection outside electron/workbook', async () => {
    expect((await messages("import Database from 'better-sqlite3';\nexport const d = Database;\n", 'electron/sync/sneaky.ts')).join())
      .toContain('Only electron/workbook talks to SQLite; use the Workbook and its stores.');
    expect(await messages('export const rows = (wb: { sqliteForTests: { prepare(s: string): unknown } }) => wb.sqliteForTests.prepare("SELECT 1");\n', 'electron/api/sneaky.ts'))
      .toContain('The raw connection is for tests and the benchmark; use a typed accessor of the Workbook.');
    expect(await messages("import Database from 'better-sqlite3';\nexport const d = Database;\n", 'electron/workbook/fine.ts')).toEqual([]);
  });

  it('refuses an import of another electron/ folder from electron/workbook', async () => {
    expect((await messages("import { syncErrors } from '../sync/errors.js';\nexport const e = syncErrors;\n", 'electron/workbook/sneaky.ts')).join())
      .toContain('electron/workbook imports no other electron/ folder.');
  });

  it('finds no import cycle among the modules or the folders', () => {
    const r = spawnSync(process.execPath, ['scripts/lint/importCycles.js'], { cwd: REPO, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/no import cycles among \d+ modules and \d+ folders/);
  });
});
