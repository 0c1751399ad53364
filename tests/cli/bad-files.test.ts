import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_SUCH_ID, expectOneLineError, freshDir, makeSeed, run, snapshotDir, type Seed } from './run.js';

/**
 * Every command that opens a workbook, given a file that is not a usable
 * workbook: a clear one-line refusal, and the file (and its folder) exactly as
 * it was. `init` refuses every existing file; see init-info.test.ts.
 */

type BadFile = 'missing' | 'text' | 'empty' | 'foreign-sqlite' | 'corrupt' | 'newer-schema';

const COMMANDS: Record<string, (file: string) => string[]> = {
  info: (f) => ['info', f, '--json'],
  list: (f) => ['list', f, 'risk'],
  add: (f) => ['add', f, 'risk', 'title=Ny risiko', 'probability=2', 'consequence=2'],
  update: (f) => ['update', f, 'risk', NO_SUCH_ID, 'title=Ny tittel'],
  delete: (f) => ['delete', f, 'risk', NO_SUCH_ID],
  search: (f) => ['search', f, 'innbygger'],
  dump: (f) => ['dump', f],
};

/** What each bad file must be refused with: exit code(s) and words the one line must hold besides the file name. */
const EXPECTED: Record<BadFile, { codes: number[]; words: (string | RegExp)[] }> = {
  missing: { codes: [2], words: ['Finner ikke'] },
  text: { codes: [2], words: ['ikke en Prosjektboka-arbeidsbok'] },
  empty: { codes: [2], words: ['ikke en Prosjektboka-arbeidsbok'] },
  'foreign-sqlite': { codes: [2], words: ['ikke en Prosjektboka-arbeidsbok'] },
  corrupt: { codes: [1, 2], words: ['skadet'] },
  'newer-schema': { codes: [2], words: ['nyere versjon'] },
};

let seed: Seed;
let templates: string;

/** Overwrites pages 3–6 of a database file with fixed pseudo-random bytes. */
function corruptPages(path: string): void {
  const bytes = readFileSync(path);
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16);
  expect(bytes.length).toBeGreaterThan(8 * pageSize);
  let x = 0x2545f491;
  for (let i = 2 * pageSize; i < 6 * pageSize; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  writeFileSync(path, bytes);
}

beforeAll(async () => {
  seed = await makeSeed();
  templates = mkdtempSync(join(tmpdir(), 'prosjektboka-cli-bad-'));
  writeFileSync(join(templates, 'text'), 'Dette er en handleliste, ikke en arbeidsbok.\nMelk\nBrød\n');
  writeFileSync(join(templates, 'empty'), '');

  const foreign = new Database(join(templates, 'foreign-sqlite'));
  foreign.exec('create table t(x)');
  foreign.close();

  copyFileSync(seed.path, join(templates, 'corrupt'));
  corruptPages(join(templates, 'corrupt'));

  copyFileSync(seed.path, join(templates, 'newer-schema'));
  const newer = new Database(join(templates, 'newer-schema'));
  newer.pragma('user_version = 99');
  newer.close();

  // Each template is a single closed file.
  expect(readdirSync(templates).sort()).toEqual(['corrupt', 'empty', 'foreign-sqlite', 'newer-schema', 'text']);
});
afterAll(() => {
  seed.remove();
  rmSync(templates, { recursive: true, force: true });
});

describe('the bad files are what they claim to be', () => {
  it('the newer-schema copy differs from the seed only in its header', () => {
    const a = readFileSync(seed.path);
    const b = readFileSync(join(templates, 'newer-schema'));
    expect(b.readUInt32BE(60)).toBe(99); // user_version
    expect(b.subarray(100).equals(a.subarray(100))).toBe(true);
  });
});

/** Every command with every bad file: 42 runs of the CLI in this process. */
const cases: { bad: BadFile; command: string }[] = (Object.keys(EXPECTED) as BadFile[]).flatMap((bad) =>
  Object.keys(COMMANDS).map((command) => ({ bad, command })),
);

describe.concurrent('a file that is no usable workbook is refused and left as it was', () => {
  it.for(cases)('$command on a $bad file', async ({ bad, command }, { onTestFinished }) => {
    const dir = freshDir(onTestFinished);
    const file = join(dir, 'arbeidsbok.prosjektboka');
    if (bad !== 'missing') copyFileSync(join(templates, bad), file);
    const before = snapshotDir(dir);

    const r = await run(...COMMANDS[command]!(file));

    const { codes, words } = EXPECTED[bad];
    expect(codes, `exit code ${r.code}: ${r.stderr}`).toContain(r.code);
    expectOneLineError(r, r.code, file, ...words);
    // Nothing written, created (no workbook, no -wal or -shm) or removed.
    expect(snapshotDir(dir)).toEqual(before);
  });
});
