import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { importSyncFile } from '../../electron/sync/importFile.js';
import { backupDatabase, listBackups } from '../../electron/workbook/backup.js';
import { createWorkbook, openWorkbook } from '../../electron/workbook/open.js';
import { dump, joinFrom } from './helpers.js';

/**
 * A coordinator's machine dies in the middle of an import. The test imports a
 * large file in a child process and kills it (SIGKILL, no chance to clean up):
 * once inside the write transaction just before its commit, once just after
 * the commit, and at random moments. The workbook must pass integrity_check
 * and hold exactly what it held before the import (killed before the commit)
 * or exactly what it holds after (killed after it).
 */
const CHILD = fileURLToPath(new URL('./fixtures/importChild.ts', import.meta.url));
const TRIALS = Number(process.env.SYNC_CRASH_TRIALS ?? 6);

let dir: string;
let base: string;
let file: string;
let before: string;
let after: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'prosjektboka-crash-'));
  const source = createWorkbook(join(dir, 'drammen.prosjektboka'), { empty: true, replicaName: 'Drammen' });
  const target = await joinFrom(source, dir, 'mysen', 'Mysen');
  source.transaction(() => {
    const minutes = 'Referat fra møtet i styringsgruppa.\n'.repeat(20);
    for (let i = 0; i < 3000; i++) {
      source.commands.create('meeting', { title: `Møte ${i}`, startsAt: '2022-03-01T10:00', type: 'project_group', minutes, agenda: `Sak ${i}` });
    }
  });
  writeFileSync((file = join(dir, 'drammen.pbsync')), (await exportSyncFile(source, { forReplica: target.replicaId })).bytes);
  source.close();
  base = target.path;
  before = dump(target);
  target.close();
  const copy = join(dir, 'reference.prosjektboka');
  copyFileSync(base, copy);
  const reference = openWorkbook(copy);
  await importSyncFile(reference, readFileSync(file), { backup: false });
  after = dump(reference);
  reference.close();
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  readonly readyAt: number;
  readonly endedAt: number;
  readonly killed: boolean;
  readonly stdout: string;
}

/** The child says this line when it stops at PB_CRASH_PAUSE; the test kills it then. */
type Pause = { readonly env: 'before-commit' | 'after-commit'; readonly line: string };

function importInChild(workbook: string, killAfterReadyMs: number | null, pause?: Pause): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env = pause ? { ...process.env, PB_CRASH_PAUSE: pause.env } : process.env;
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, workbook, file], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let stdout = '';
    let stderr = '';
    let readyAt = 0;
    let killed = false;
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
      if (pause && !killed && stdout.includes(`${pause.line}\n`)) killed = child.kill('SIGKILL');
      if (!readyAt && stdout.includes('ready\n')) {
        readyAt = performance.now();
        if (killAfterReadyMs !== null) {
          setTimeout(() => {
            killed = child.kill('SIGKILL');
          }, killAfterReadyMs);
        }
      }
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0 && signal !== 'SIGKILL') reject(new Error(`child failed (${String(code)}): ${stderr}`));
      else resolve({ readyAt, endedAt: performance.now(), killed: killed && signal === 'SIGKILL', stdout });
    });
  });
}

/** Opens a trial's workbook: whole, and exactly the before or the after state (or says which it is not). */
function stateOf(path: string): 'before' | 'after' | 'neither' {
  const wb = openWorkbook(path);
  try {
    expect(wb.integrityCheck()).toBe('ok');
    const now = dump(wb);
    return now === before ? 'before' : now === after ? 'after' : 'neither';
  } finally {
    wb.close();
  }
}

describe('an import killed at any moment', () => {
  it('killed inside its transaction before the commit, the workbook is exactly as before', async () => {
    const path = join(dir, 'before-commit.prosjektboka');
    copyFileSync(base, path);
    const run = await importInChild(path, null, { env: 'before-commit', line: 'before-commit' });
    expect(run.killed).toBe(true);
    expect(run.stdout).toContain('before-commit');
    expect(stateOf(path)).toBe('before');
  }, 300_000);

  it('killed just after the commit, before the workbook was closed, it is exactly as after', async () => {
    const path = join(dir, 'after-commit.prosjektboka');
    copyFileSync(base, path);
    const run = await importInChild(path, null, { env: 'after-commit', line: 'committed' });
    expect(run.killed).toBe(true);
    expect(run.stdout).not.toContain('done');
    expect(stateOf(path)).toBe('after');
  }, 300_000);

  it('leaves the workbook either as before or as after, and whole', async () => {
    const calibrate = join(dir, 'calibrate.prosjektboka');
    copyFileSync(base, calibrate);
    const full = await importInChild(calibrate, null);
    expect(full.stdout).toMatch(/done \d+/);
    const importMs = full.endedAt - full.readyAt;
    const outcomes: string[] = [];
    for (let i = 0; i < TRIALS; i++) {
      const path = join(dir, `trial-${i}.prosjektboka`);
      copyFileSync(base, path);
      // Spread over the import (backup, apply, commit) and a little past it.
      const delay = Math.round(((i + Math.random()) / TRIALS) * importMs * 1.1);
      const run = await importInChild(path, delay);
      const state = stateOf(path);
      expect(state, `killed ${delay} ms into the import`).not.toBe('neither');
      outcomes.push(`${delay}ms:${run.killed ? 'killed' : 'finished'}:${state}`);
      // A half-written backup is never left under a backup's name: every one listed is whole.
      for (const backup of listBackups(path)) {
        const copy = join(dir, 'backup-check.prosjektboka');
        writeFileSync(copy, backupDatabase(backup));
        const db = new Database(copy, { fileMustExist: true });
        expect(db.pragma('quick_check', { simple: true }), backup.name).toBe('ok');
        db.close();
        rmSync(copy, { force: true });
      }
    }
    // Random kills land where they land; the two tests above make sure both sides of the commit are covered.
    expect(outcomes.every((o) => /:(before|after)$/.test(o))).toBe(true);
    console.log(`import ${Math.round(importMs)} ms; ${outcomes.join(', ')}`);
  }, 300_000);
});
