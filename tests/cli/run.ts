import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, onTestFinished } from 'vitest';
import { lineIo, runCli } from '../../electron/cli/main.js';

/**
 * Shared helpers of the CLI tests. Most tests run the CLI in this process
 * (runCli, with its output caught line by line as the process's streams get
 * it): the same program, arguments, messages and exit codes, without paying
 * a process start per command. The tests of what only a process shows (the
 * bundle, the exit status, `npx`, the PATH) run the real `node
 * bin/prosjektboka.js …` through runProcess. Every test works on real
 * workbook files in a temporary folder.
 */

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = join(REPO_ROOT, 'bin', 'prosjektboka.js');

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `prosjektboka ...args` in this process and gives what it printed and its exit code. */
export async function run(...args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, lineIo((s) => (stdout += s), (s) => (stderr += s)));
  return { code, stdout, stderr };
}

/**
 * Generous enough for a machine whose cores are all busy with other work
 * (a CLI command takes a fraction of a second on a quiet one); a command
 * still running then is reported as a timeout, never as an exit code.
 */
export const PROCESS_TIMEOUT_MS = 180_000;

export class CliTimeout extends Error {}

export interface ProcessOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** The command to start instead of `node bin/prosjektboka.js` (npx, an installed prosjektboka). */
  readonly command?: readonly string[];
  readonly timeoutMs?: number;
}

/** Runs the real CLI as its own process, as users run it, and waits for it to end. */
export function runProcess(args: readonly string[], options: ProcessOptions = {}): Promise<CliResult> {
  const [command, ...before] = options.command ?? [process.execPath, CLI];
  const timeoutMs = options.timeoutMs ?? PROCESS_TIMEOUT_MS;
  const shown = [...(options.command ?? ['prosjektboka']), ...args].join(' ');
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command!, [...before, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new CliTimeout(`${shown} did not finish within ${timeoutMs / 1000} s (the machine may be overloaded); stderr so far: ${stderr}`));
    }, timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === null) reject(new Error(`${shown} was ended by ${String(signal)}; stderr: ${stderr}`));
      else resolvePromise({ code, stdout, stderr });
    });
  });
}

/** Runs the CLI and insists that it succeeded with nothing on stderr; returns stdout. */
export async function runOk(...args: string[]): Promise<string> {
  const r = await run(...args);
  expect({ code: r.code, stderr: r.stderr }, `prosjektboka ${args.join(' ')}`).toEqual({ code: 0, stderr: '' });
  return r.stdout;
}

/** Runs the CLI, insists that it succeeded, and parses stdout as JSON. */
export async function runJson<T = unknown>(...args: string[]): Promise<T> {
  return JSON.parse(await runOk(...args)) as T;
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

export async function makeSeed(...initOptions: string[]): Promise<Seed> {
  const dir = mkdtempSync(join(tmpdir(), 'prosjektboka-cli-seed-'));
  const path = join(dir, 'seed.prosjektboka');
  const r = await run('init', path, ...initOptions);
  if (r.code !== 0 || !existsSync(path)) throw new Error(`init of the seed workbook failed (${r.code}): ${r.stderr}`);
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
