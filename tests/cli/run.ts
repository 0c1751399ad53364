import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, onTestFinished } from 'vitest';

/**
 * Shared helpers of the CLI tests. Every test runs the real CLI as its own
 * process (`node bin/prosjektboka.js …`, as `npx prosjektboka` does) on real
 * workbook files in a temporary folder.
 */

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(REPO_ROOT, 'bin', 'prosjektboka.js');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node bin/prosjektboka.js ...args` from the repository root and waits for it. */
export function run(...args: string[]): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 25_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The same as `run`, without blocking: for the few `describe.concurrent` blocks
 * whose tests are independent, so that both cores of a small machine are used.
 */
export function runAsync(...args: string[]): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 25_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/** Runs the CLI and insists that it succeeded with nothing on stderr; returns stdout. */
export function runOk(...args: string[]): string {
  const r = run(...args);
  expect({ code: r.code, stderr: r.stderr }, `prosjektboka ${args.join(' ')}`).toEqual({ code: 0, stderr: '' });
  return r.stdout;
}

/** Runs the CLI, insists that it succeeded, and parses stdout as JSON. */
export function runJson<T = unknown>(...args: string[]): T {
  return JSON.parse(runOk(...args)) as T;
}

/**
 * The error contract: the given exit code, nothing on stdout, and exactly one
 * line on stderr, prefixed with the program's name, that contains every needle.
 */
export function expectOneLineError(r: CliResult, code: number, ...needles: (string | RegExp)[]): string {
  expect(r.code, `stderr: ${r.stderr}`).toBe(code);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n'), 'stderr ends with a newline').toBe(true);
  const line = r.stderr.slice(0, -1);
  expect(line, 'stderr is one line').not.toMatch(/[\r\n]/);
  expect(line).toMatch(/^prosjektboka: \S/);
  for (const needle of needles) {
    if (typeof needle === 'string') expect(line).toContain(needle);
    else expect(line).toMatch(needle);
  }
  return line;
}

type OnFinished = (fn: () => void) => void;

/**
 * A new empty folder, removed when the current test finishes. A concurrent
 * test passes its own context's `onTestFinished`.
 */
export function freshDir(onFinished: OnFinished = onTestFinished): string {
  const dir = mkdtempSync(join(tmpdir(), 'prosjektboka-cli-'));
  onFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A fresh copy of a closed workbook (a single file) in a new folder of the current test. */
export function copyWorkbook(source: string, name = 'arbeidsbok.prosjektboka', onFinished: OnFinished = onTestFinished): string {
  const target = join(freshDir(onFinished), name);
  copyFileSync(source, target);
  return target;
}

/** One seed workbook per test file, made by the real `init` in beforeAll; call `remove` in afterAll. */
export interface Seed {
  readonly dir: string;
  readonly path: string;
  /** What `init` printed and returned. */
  readonly init: CliResult;
  /** The folder's files right after `init`. */
  readonly filesAfterInit: readonly string[];
  remove(): void;
}

export function makeSeed(...initOptions: string[]): Seed {
  const dir = mkdtempSync(join(tmpdir(), 'prosjektboka-cli-seed-'));
  const path = join(dir, 'seed.prosjektboka');
  const r = run('init', path, ...initOptions);
  if (r.code !== 0 || !existsSync(path)) throw new Error(`init of the seed workbook failed (${String(r.code)}): ${r.stderr}`);
  return { dir, path, init: r, filesAfterInit: readdirSync(dir), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file in a folder with a hash of its bytes: equal snapshots mean nothing was written, created or removed. */
export function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    out[name] = createHash('sha256').update(readFileSync(join(dir, name))).digest('hex');
  }
  return out;
}

export const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A well-formed UUIDv7 that no workbook holds: it points at nothing. */
export const NO_SUCH_ID = '0190f0e0-0000-7000-8000-00000000dead';

/** The record shape of `list --json` and of `dump`: id plus the kind's fields. */
export type Row = { id: string } & Record<string, unknown>;

export interface Dump {
  format: string;
  version: number;
  workbookId: string;
  records: Record<string, Row[]>;
  deleted: Record<string, string[]>;
}

/** Finds the one row whose field has the value, failing the test if there is not exactly one. */
export function rowWhere(rows: readonly Row[], field: string, value: unknown): Row {
  const hits = rows.filter((r) => r[field] === value);
  expect(hits, `rows with ${field} = ${String(value)}`).toHaveLength(1);
  return hits[0]!;
}

/** The no-break space that formatKroner puts between digit groups and before "kr". */
export const NBSP = '\u00a0';
