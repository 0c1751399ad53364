import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { backupFolder, backupWorkbook, listBackups, BACKUPS_KEPT } from '../../electron/workbook/backup.js';
import { createWorkbook } from '../../electron/workbook/open.js';
import { progress } from '../lib/log.js';
import { median, nowMs, round } from '../lib/stats.js';
import { tempDir } from '../lib/tmp.js';
import type { BenchResult, BenchSection } from '../lib/types.js';
import { buildInto } from './build.js';
import { dataset } from './dataset.js';
import { bytesByObject, contentBytes, fileBytes } from './diskUsage.js';

const MB = 2 ** 20;

/**
 * The bench workbook on disk against its content (issue 15: ≤ 2.5×): the
 * large data set built through the command layer in one transaction, then
 * the file, its WAL right after that commit, and the backups: the ten kept,
 * each made after a small edit as a day of imports would, each timed, and
 * after each a whole VACUUM INTO copy as backups were made before.
 */
const section: BenchSection = {
  name: 'disk',
  description: 'the bench workbook on disk (database, WAL, ten backups) ÷ its content as compact JSON',
  async run() {
    const dir = tempDir();
    const path = join(dir, 'disk.prosjektboka');
    const wb = createWorkbook(path, { empty: true, replicaName: 'bench' });
    let content: number;
    let walAfterBuild: number;
    let dbOpen: number;
    let objects: ReturnType<typeof bytesByObject>;
    const backupMs: number[] = [];
    const vacuumMs: number[] = [];
    let vacuumBytes = 0;
    try {
      progress('building the large workbook through the command layer');
      buildInto(wb, dataset());
      walAfterBuild = fileBytes(`${path}-wal`);
      dbOpen = fileBytes(path);
      content = contentBytes(wb);
      objects = bytesByObject(wb.sqliteForTests);
      const meetings = wb.records.list('meeting').slice(0, BACKUPS_KEPT);
      for (let i = 0; i < BACKUPS_KEPT; i++) {
        wb.commands.update('meeting', meetings[i]!.id, { minutes: `${String(meetings[i]!.fields.minutes)}\nTillegg ${i + 1}.` });
        const start = nowMs();
        backupWorkbook(wb, 'import');
        backupMs.push(nowMs() - start);
        // What a backup cost before: a whole copy with VACUUM INTO, in the same run for a fair comparison.
        const copy = join(dir, 'vacuum-into.prosjektboka');
        const vacuumStart = nowMs();
        wb.sqliteForTests.prepare('VACUUM INTO ?').run(copy);
        vacuumMs.push(nowMs() - vacuumStart);
        vacuumBytes = fileBytes(copy);
        rmSync(copy);
      }
    } finally {
      wb.close();
    }
    const db = fileBytes(path);
    const walClosed = fileBytes(`${path}-wal`);
    const backups = listBackups(path);
    const backupBytes = backups.reduce((n, b) => n + b.bytes, 0);
    // Every file in the folder counts: the backups and the page hashes beside the full ones.
    const folder = backupFolder(path);
    const folderBytes = readdirSync(folder).reduce((n, f) => n + fileBytes(join(folder, f)), 0);
    const x = (bytes: number) => round(bytes / content, 3);
    progress(`where the pages go: ${objects.map((o) => `${o.name} ${round(o.bytes / MB)} MB`).join(', ')}`);
    const results: BenchResult[] = [
      { name: 'content_mb', label: 'content: live records as compact JSON', value: round(content / MB), unit: 'MB' },
      { name: 'database_mb', label: 'database file (closed)', value: round(db / MB), unit: 'MB', detail: { openBytes: dbOpen, objects } },
      { name: 'database_over_content', label: 'database ÷ content', value: x(db), unit: '×', target: { op: '<=', value: 2.5 } },
      { name: 'wal_after_build_mb', label: 'WAL right after the build\'s commit (open)', value: round(walAfterBuild / MB), unit: 'MB' },
      { name: 'wal_after_close_mb', label: 'WAL after close', value: round(walClosed / MB), unit: 'MB' },
      {
        name: 'backups_mb',
        label: `the ${backups.length} backups' folder`,
        value: round(folderBytes / MB),
        unit: 'MB',
        samples: backups.map((b) => round(b.bytes / MB)),
        detail: { forms: backups.map((b) => b.form), backupBytes },
      },
      { name: 'backups_over_content', label: 'backups ÷ content', value: x(folderBytes), unit: '×' },
      { name: 'backup_ms', label: 'one backup, median', value: round(median(backupMs)), unit: 'ms', samples: backupMs.map((m) => round(m)) },
      { name: 'vacuum_into_ms', label: 'a whole copy with VACUUM INTO (as before), median', value: round(median(vacuumMs)), unit: 'ms', samples: vacuumMs.map((m) => round(m)) },
      { name: 'vacuum_into_mb', label: 'ten such copies (as before)', value: round((10 * vacuumBytes) / MB), unit: 'MB' },
      { name: 'all_over_content', label: 'database + WAL + backups ÷ content', value: x(db + walClosed + folderBytes), unit: '×' },
    ];
    return results;
  },
};
export default section;
