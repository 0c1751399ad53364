import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { backupDatabase, backupFolder, backupWorkbook, BACKUPS_KEPT, listBackups, restoreBackup } from '../../electron/workbook/backup.js';
import { hashesPath, readPagesHeader } from '../../electron/workbook/backupFiles.js';
import { dumpWorkbook } from '../../electron/workbook/dump.js';
import { openWorkbook } from '../../electron/workbook/open.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';

/**
 * Backups as they are kept on disk (electron/workbook/backupFiles.ts): a
 * full one gzip-compressed, the others only the pages that changed since it.
 * Each must come back whole, as the workbook was when it was made.
 */
const tmp = useTempDir();

const MINUTES = 'Referatet fra møtet om bibliotekets åpningstider og samarbeidet med skolene. '.repeat(30);

function workbookWithMeetings(n = 200, file = 'drammen.prosjektboka'): { wb: Workbook; meetings: string[] } {
  const wb = newWorkbook(tmp.dir(), file, { empty: true, replicaName: 'Drammen' });
  const meetings: string[] = [];
  wb.transaction(() => {
    for (let i = 0; i < n; i++) {
      meetings.push(wb.commands.create('meeting', { title: `Møte ${i}`, startsAt: '2026-03-01T10:00', type: 'project_group', minutes: `${MINUTES}${i}` }));
    }
  });
  return { wb, meetings };
}

/** Writes a backup's database to a file of its own, opens it as a workbook and gives its dump. */
function dumpOf(backupName: string, path: string): string {
  const backup = listBackups(path).find((b) => b.name === backupName)!;
  const file = join(tmp.dir(), `check-${backupName}.prosjektboka`);
  writeFileSync(file, backupDatabase(backup));
  const wb = openWorkbook(file, { inspectOnly: true });
  try {
    expect(wb.integrityCheck()).toBe('ok');
    return dumpWorkbook(wb);
  } finally {
    wb.close();
  }
}

describe('backups on disk', () => {
  it('makes the first backup a full gzip copy and the next ones only the changed pages, each restoring what was there', () => {
    const { wb, meetings } = workbookWithMeetings();
    const path = wb.path;
    const first = backupWorkbook(wb, 'import');
    const atFirst = dumpWorkbook(wb);
    expect(first.form).toBe('full');
    expect(first.name).toMatch(/\.prosjektboka\.gz$/);
    // gunzip gives a workbook file any SQLite tool opens.
    expect(gunzipSync(readFileSync(first.path)).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');

    wb.commands.update('meeting', meetings[7]!, { minutes: 'Endret etter første kopi.' });
    const second = backupWorkbook(wb, 'import');
    const atSecond = dumpWorkbook(wb);
    expect(second.form).toBe('pages');
    expect(readPagesHeader(second.path).base).toBe(first.name);
    expect(second.bytes).toBeLessThan(first.bytes / 10);
    expect(atSecond).not.toBe(atFirst);
    wb.close();

    expect(dumpOf(first.name, path)).toBe(atFirst);
    expect(dumpOf(second.name, path)).toBe(atSecond);

    // restoreBackup puts the pages backup back as the workbook.
    restoreBackup(path, second.name);
    const restored = tmp.track(openWorkbook(path));
    expect(dumpWorkbook(restored)).toBe(atSecond);
    expect(restored.integrityCheck()).toBe('ok');
  });

  it('keeps the ten newest and the full backup the oldest of them builds on; every one listed restores as it was', () => {
    const { wb, meetings } = workbookWithMeetings(50);
    const path = wb.path;
    const dumps = new Map<string, string>();
    for (let i = 0; i < BACKUPS_KEPT + 5; i++) {
      wb.commands.update('meeting', meetings[i]!, { title: `Versjon ${i}` });
      const b = backupWorkbook(wb, 'import');
      dumps.set(b.name, dumpWorkbook(wb));
    }
    wb.close();
    const backups = listBackups(path);
    const newest = backups.slice(0, BACKUPS_KEPT);
    const bases = new Set(newest.filter((b) => b.form === 'pages').map((b) => readPagesHeader(b.path).base));
    expect(backups.length).toBeLessThanOrEqual(BACKUPS_KEPT + 1);
    for (const base of bases) expect(backups.some((b) => b.name === base && b.form === 'full')).toBe(true);
    expect(newest.filter((b) => b.form === 'full').length).toBeGreaterThanOrEqual(1);
    for (const b of backups) expect(dumpOf(b.name, path), b.name).toBe(dumps.get(b.name));
    // Only backups and the page hashes of the full ones are in the folder.
    const folder = readdirSync(backupFolder(path));
    const fulls = backups.filter((b) => b.form === 'full').map((b) => `.${b.name}.hashes`);
    expect(folder.sort()).toEqual([...backups.map((b) => b.name), ...fulls].sort());
  });

  it('refuses a pages backup whose full backup is gone or damaged, and leaves the workbook as it was', () => {
    const { wb, meetings } = workbookWithMeetings(50);
    const path = wb.path;
    const full = backupWorkbook(wb, 'import');
    wb.commands.update('meeting', meetings[0]!, { title: 'Etter kopien' });
    const pages = backupWorkbook(wb, 'import');
    const now = dumpWorkbook(wb);
    wb.close();
    expect(pages.form).toBe('pages');

    // Another full backup's bytes under the base's name: the pages do not add up to the database they came from.
    const saved = readFileSync(full.path);
    const other = workbookWithMeetings(3, 'mysen.prosjektboka').wb;
    const otherFull = backupWorkbook(other, 'import');
    other.close();
    copyFileSync(otherFull.path, full.path);
    expect(() => restoreBackup(path, pages.name)).toThrow(/kan ikke leses helt/);
    writeFileSync(full.path, saved);
    expect(dumpOf(pages.name, path)).toBe(now);

    writeFileSync(full.path, Buffer.alloc(0));
    expect(() => restoreBackup(path, pages.name)).toThrow(/kan ikke leses helt/);
    const again = tmp.track(openWorkbook(path));
    expect(dumpWorkbook(again)).toBe(now);
  });

  it('makes a full backup again when the last full one\'s page hashes are gone or were taken with another page size', () => {
    const { wb, meetings } = workbookWithMeetings(20);
    const first = backupWorkbook(wb, 'import');
    const hashes = readFileSync(hashesPath(first.path));
    const otherSize = Buffer.from(hashes);
    otherSize.writeUInt32BE(8192, 0);
    writeFileSync(hashesPath(first.path), otherSize);
    wb.commands.update('meeting', meetings[0]!, { title: 'Én' });
    expect(backupWorkbook(wb, 'import').form).toBe('full');
    rmSync(hashesPath(listBackups(wb.path)[0]!.path));
    wb.commands.update('meeting', meetings[0]!, { title: 'To' });
    const third = backupWorkbook(wb, 'import');
    expect(third.form).toBe('full');
    wb.commands.update('meeting', meetings[0]!, { title: 'Tre' });
    const fourth = backupWorkbook(wb, 'import');
    expect(fourth.form).toBe('pages');
    expect(readPagesHeader(fourth.path).base).toBe(third.name);
    wb.close();
    expect(dumpOf(fourth.name, wb.path)).toMatch(/"title": "Tre"/);
  });

  it('still lists and restores a backup made as a plain workbook file, as backups were before', () => {
    const { wb, meetings } = workbookWithMeetings(20);
    const path = wb.path;
    const before = dumpWorkbook(wb);
    const full = backupWorkbook(wb, 'import');
    wb.commands.update('meeting', meetings[0]!, { title: 'Etter kopien' });
    wb.close();
    const plainName = full.name.replace(/\.gz$/, '').replace('-import', '-eldre');
    writeFileSync(join(backupFolder(path), plainName), gunzipSync(readFileSync(full.path)));
    const plain = listBackups(path).find((b) => b.name === plainName)!;
    expect(plain.form).toBe('plain');
    restoreBackup(path, plainName);
    const restored = tmp.track(openWorkbook(path));
    expect(dumpWorkbook(restored)).toBe(before);
    expect(existsSync(join(backupFolder(path), plainName))).toBe(true);
  });
});
