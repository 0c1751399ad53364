import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupFolder, backupWorkbook, listBackups } from '../../electron/workbook/backup.js';
import { createWorkbook } from '../../electron/workbook/open.js';

/**
 * Two processes importing into one workbook at once each take a backup
 * first (tests/sync/writers.test.ts). One must not delete the other's
 * half-written backup, and two backups in the same millisecond must keep
 * two names.
 */
const dirs: string[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workbook() {
  const dir = mkdtempSync(join(tmpdir(), 'prosjektboka-backups-'));
  dirs.push(dir);
  return createWorkbook(join(dir, 'mysen.prosjektboka'), { empty: true, replicaName: 'Mysen' });
}

describe('the backup rotation', () => {
  it('leaves a running process\'s temporary backup alone and removes a dead one\'s', () => {
    const wb = workbook();
    const folder = backupFolder(wb.path);
    backupWorkbook(wb, 'import');
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const running = spawn('sleep', ['60']);
    try {
      const theirs = join(folder, `.mysen-20261202T134946603Z-import.prosjektboka.${running.pid!}.tmp`);
      const leftover = join(folder, `.mysen-20261202T134946603Z-import.prosjektboka.${dead}.tmp`);
      writeFileSync(theirs, 'under arbeid');
      writeFileSync(leftover, 'rester');
      backupWorkbook(wb, 'import');
      expect(existsSync(theirs)).toBe(true);
      expect(existsSync(leftover)).toBe(false);
    } finally {
      running.kill();
      wb.close();
    }
  });

  it('gives two backups made in the same millisecond two names, and leaves no temporary file', () => {
    const wb = workbook();
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-02T13:49:46.603Z') });
    const first = backupWorkbook(wb, 'import');
    const second = backupWorkbook(wb, 'import');
    wb.close();
    // The first is a full copy, the second only the pages that differ from it (electron/workbook/backupFiles.ts).
    expect(first.name).toBe('mysen-20261202T134946603Z-import.prosjektboka.gz');
    expect(second.name).toBe('mysen-20261202T134946603Z-2-import.prosjektboka.pages');
    expect(listBackups(wb.path).map((b) => b.name).sort()).toEqual([first.name, second.name].sort());
    expect(readdirSync(backupFolder(wb.path)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
