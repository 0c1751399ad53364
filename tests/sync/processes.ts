import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { expect, onTestFinished } from 'vitest';

/**
 * Real processes for the sync scenarios of issue 9: the CLI and `serve`, each
 * its own process, optionally on a machine of its own (PROSJEKTBOKA_HOME, where
 * installation records and keys live) and with its clock moved by libfaketime
 * (Debian's `faketime`, which moves the clock of every process it starts).
 */
export const REPO = resolve(import.meta.dirname, '..', '..');
const CLI = join(REPO, 'bin', 'prosjektboka.js');

export interface Machine {
  /** Its user data folder. */
  readonly home: string;
  /** libfaketime's offset, e.g. "+2d", "-2d", "+365d"; the real clock when absent. */
  readonly clock?: string;
}

/** A machine of its own for this test: a fresh user data folder, removed afterwards. */
export function machine(clock?: string): Machine {
  const home = mkdtempSync(join(tmpdir(), 'prosjektboka-machine-'));
  onTestFinished(() => rmSync(home, { recursive: true, force: true }));
  return { home, clock };
}

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function command(m: Machine, args: readonly string[]): { file: string; argv: string[] } {
  const node = [CLI, ...args];
  // FAKETIME_DONT_FAKE_MONOTONIC keeps Node's timers on the real clock; only the date moves.
  if (m.clock) return { file: 'faketime', argv: ['-f', m.clock, process.execPath, ...node] };
  return { file: process.execPath, argv: node };
}

function environment(m: Machine, env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, PROSJEKTBOKA_HOME: m.home, NO_COLOR: '1', FAKETIME_DONT_FAKE_MONOTONIC: '1', ...env };
}

/** Runs the CLI on a machine and waits for it. */
export function cli(m: Machine, ...args: string[]): Run {
  const { file, argv } = command(m, args);
  const r = spawnSync(file, argv, { cwd: REPO, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024, env: environment(m) });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI and insists that it succeeded; returns stdout. */
export function cliOk(m: Machine, ...args: string[]): string {
  const r = cli(m, ...args);
  if (r.code !== 0) throw new Error(`prosjektboka ${args.join(' ')} failed (${String(r.code)}): ${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** Starts the CLI without waiting: for two writers at once. */
export function cliStart(m: Machine, args: readonly string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<Run> } {
  const { file, argv } = command(m, args);
  const child = spawn(file, argv, { cwd: REPO, env: environment(m, env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const done = new Promise<Run>((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`prosjektboka ${args.join(' ')}: timed out after 120 s (stdout: ${stdout}; stderr: ${stderr})`));
    }, 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
  return { child, done };
}

export interface Served {
  /** Calls the API the browser page calls; throws with the message on a refusal. */
  call<T = unknown>(method: string, args?: unknown): Promise<T>;
  stop(): Promise<void>;
}

/** `prosjektboka serve <file>` as its own long-running process, and the API a browser would call. */
export async function serve(m: Machine, file: string): Promise<Served> {
  const { child, done } = cliStart(m, ['serve', file, '--port', '0']);
  const url = await new Promise<URL>((resolvePromise, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start within 60 s: ${out}`)), 60_000);
    child.stdout!.on('data', (s: string) => {
      out += s;
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolvePromise(new URL(m[0]));
      }
    });
    void done.then((r) => reject(new Error(`serve stopped (${String(r.code)}): ${r.stderr}`)));
  });
  const token = url.searchParams.get('token')!;
  onTestFinished(() => {
    child.kill('SIGKILL');
  });
  return {
    async call<T>(method: string, args: unknown = {}): Promise<T> {
      const res = await fetch(new URL(`/api/${method}`, url.origin), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Prosjektboka-Token': token },
        body: JSON.stringify(args),
      });
      const envelope = (await res.json()) as { ok: true; result: T } | { ok: false; error: { code: string; message: string } };
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code}: ${envelope.error.message}`);
      return envelope.result;
    },
    async stop() {
      child.kill('SIGTERM');
      await done;
    },
  };
}

/** Reads a closed (or another process's) workbook file directly: what the scenarios check lies in its tables. */
export function readWorkbookFile<T>(path: string, read: (db: Database.Database) => T): T {
  const db = new Database(path, { fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

export function metaValue(path: string, key: string): string | undefined {
  return readWorkbookFile(path, (db) => (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value);
}

/** Every installation dumps the same; returns the dump. */
export function expectSameDumps(books: readonly { readonly m: Machine; readonly path: string }[]): string {
  const dumps = books.map((b) => cliOk(b.m, 'dump', b.path));
  for (const d of dumps.slice(1)) expect(d).toBe(dumps[0]);
  return dumps[0]!;
}

/** A workbook made on one machine, and installations joined from its full file on others: the start of most scenarios. */
export function startWorkbook(first: Machine, others: readonly { readonly m: Machine; readonly name: string }[]): { path: string; full: string; joined: string[] } {
  const path = join(first.home, 'w.prosjektboka');
  const full = join(first.home, 'full.pbsync');
  cliOk(first, 'init', path, '--empty', '--replica-name', 'W');
  cliOk(first, 'add', path, 'goal', 'text=Lære av hverandre');
  cliOk(first, 'sync', 'export', path, full, '--full');
  const joined = others.map((o) => {
    const p = join(o.m.home, `${o.name.toLowerCase()}.prosjektboka`);
    cliOk(o.m, 'init', p, '--from', full, '--replica-name', o.name);
    return p;
  });
  return { path, full, joined };
}
