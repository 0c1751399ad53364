import { msg } from '../../shared/messages/catalogue.js';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { WorkbookError } from '../../shared/errors.js';
import { becomeNewInstallation } from './installation.js';
import { openWorkbook, type OpenOptions } from './open.js';
import { removeStaleTemps, removeStaleTempsIn } from './staleTemps.js';
import { COPIED_THROUGH } from './changeLog.js';
import { PURGE_BACKUPS_BEFORE } from './erasure.js';
import type { Workbook } from './workbook.js';

/** How many backups a workbook keeps; the oldest goes when another is made. */
export const BACKUPS_KEPT = 10;

export interface BackupInfo {
  /** The file name inside the backup folder; what `backup restore` takes. */
  readonly name: string;
  readonly path: string;
  readonly createdAt: string;
  readonly bytes: number;
  /** Why it was made: "import", "gjenoppretting", … */
  readonly reason: string;
}

/** The rotation folder beside the workbook: `<dir>/.<file>.backups/`. */
export function backupFolder(workbookPath: string): string {
  return join(dirname(workbookPath), `.${basename(workbookPath)}.backups`);
}

const NAME = /^(.+)-(\d{8}T\d{9}Z)(?:-(\d+))?-([a-z0-9-]+)\.prosjektboka$/;

/** Gives the finished temp file `path` as its name, unless that name is taken. */
function claim(tmp: string, path: string): boolean {
  try {
    linkSync(tmp, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    // A file system without hard links (FAT or exFAT on a USB stick): the
    // best a rename can do is not to take a name already there.
    if (existsSync(path)) return false;
    renameSync(tmp, path);
    return true;
  }
}

/**
 * Copies the open workbook into the rotation folder with VACUUM INTO: a
 * consistent snapshot even while the workbook is in use, written under a
 * temporary name and renamed when whole, so a crash leaves no half backup.
 */
export function backupWorkbook(wb: Workbook, reason: string): BackupInfo {
  const dir = backupFolder(wb.path);
  mkdirSync(dir, { recursive: true });
  removeStaleTempsIn(dir);
  const stem = basename(wb.path, extname(wb.path));
  const stamp = new Date().toISOString().replace(/[-:.]/g, '');
  const tmp = join(dir, `.${stem}-${stamp}-${reason}.prosjektboka.${process.pid}.tmp`);
  // The copy holds our unsent changes as they are now: from here they count as having left, and are kept (Commands.update).
  const ownLatest = wb.changes.latestStampOf(wb.replicaId);
  if (ownLatest !== null) wb.transaction(() => wb.setMetaValue(COPIED_THROUGH, ownLatest));
  wb.copyTo(tmp);
  // Two imports in the same millisecond (two processes) must not take one
  // name: a hard link claims a name atomically or fails, where a rename would
  // silently replace the other process's backup.
  let name = `${stem}-${stamp}-${reason}.prosjektboka`;
  for (let n = 2; !claim(tmp, join(dir, name)); n++) name = `${stem}-${stamp}-${n}-${reason}.prosjektboka`;
  rmSync(tmp, { force: true });
  const all = listBackups(wb.path);
  for (const old of all.slice(BACKUPS_KEPT)) rmSync(old.path, { force: true });
  purgeBackupsBeforeErasure(wb, name);
  return all.find((b) => b.name === name)!;
}

/**
 * After an erasure (electron/workbook/erasure.ts) the backups made before it
 * still hold the erased name: the first backup made after it, which does
 * not, takes their place, and they go.
 */
function purgeBackupsBeforeErasure(wb: Workbook, keep: string): void {
  const before = wb.metaValue(PURGE_BACKUPS_BEFORE);
  if (before === undefined) return;
  for (const b of listBackups(wb.path)) if (b.name !== keep && b.createdAt < before) rmSync(b.path, { force: true });
  wb.transaction(() => wb.setMetaValue(PURGE_BACKUPS_BEFORE, null));
}

/** The workbook's backups, newest first. */
export function listBackups(workbookPath: string): BackupInfo[] {
  const dir = backupFolder(workbookPath);
  if (!existsSync(dir)) return [];
  const out: BackupInfo[] = [];
  for (const name of readdirSync(dir)) {
    const m = NAME.exec(name);
    if (!m) continue;
    const path = join(dir, name);
    const t = m[2]!;
    const createdAt = `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${t.slice(9, 11)}:${t.slice(11, 13)}:${t.slice(13, 15)}.${t.slice(15, 18)}Z`;
    out.push({ name, path, createdAt, bytes: statSync(path).size, reason: m[4]! });
  }
  return out.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

export interface RestoreResult {
  readonly restored: BackupInfo;
  /** The state just before the restore, itself backed up. */
  readonly safety: BackupInfo;
  /** The restored installation's new replica id. */
  readonly replicaId: string;
}

/**
 * Puts a backup in place of the workbook, which must be closed. The backup is
 * checked first (it opens as a workbook, passes quick_check, is the same
 * workbook), the current state is backed up too, and the swap is one rename.
 *
 * The restored installation gets a new replica id: the others may hold
 * changes it made after the backup, and under a new id their next files bring
 * those back instead of assuming it still has them.
 */
export function restoreBackup(workbookPath: string, backupName: string, options: OpenOptions = {}): RestoreResult {
  const backup = listBackups(workbookPath).find((b) => b.name === backupName || b.path === backupName);
  if (!backup) {
    throw new WorkbookError('not_found', msg('backup.not_found', { name: backupName, path: workbookPath }));
  }
  removeStaleTemps(dirname(workbookPath), basename(workbookPath));
  const tmp = join(dirname(workbookPath), `.${basename(workbookPath)}.${process.pid}.${Date.now()}.restore.tmp`);
  const removeTmp = () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(tmp + suffix, { force: true });
  };
  try {
    copyFileSync(backup.path, tmp);
    const { workbookId: candidateId, replicaId: backupReplicaId } = readIds(tmp, options);

    const current = openWorkbook(workbookPath, options);
    let safety: BackupInfo;
    let clock: string;
    try {
      if (current.workbookId !== candidateId) {
        throw new WorkbookError('other_workbook', msg('backup.other_workbook', { name: backup.name }));
      }
      const erasedAt = current.metaValue(PURGE_BACKUPS_BEFORE);
      if (erasedAt !== undefined && backup.createdAt < erasedAt) {
        throw new WorkbookError(
          'erased_since',
          msg('workbook.backup_before_erasure', { name: backup.name }),
        );
      }
      safety = backupWorkbook(current, 'for-gjenoppretting');
      clock = current.metaValue('clock')!;
    } finally {
      current.close();
    }
    if (existsSync(`${workbookPath}-wal`) || existsSync(`${workbookPath}-shm`)) {
      throw new WorkbookError('locked', msg('backup.locked', { path: workbookPath }), 'failure');
    }
    const db = new Database(tmp, { fileMustExist: true, nativeBinding: options.nativeBinding });
    try {
      // The clock never goes back: the stamps of changes made after the backup stay unique.
      db.transaction(() => db.prepare("UPDATE meta SET value = max(value, ?) WHERE key = 'clock'").run(clock)).immediate();
    } finally {
      db.close();
    }
    renameSync(tmp, workbookPath);
    const restored = openWorkbook(workbookPath, options);
    try {
      // Opening may have found it older than what this machine last wrote, and made it new already.
      restored.settleInstallation();
      if (restored.replicaId === backupReplicaId) becomeNewInstallation(restored, 'restored');
      return { restored: backup, safety, replicaId: restored.replicaId };
    } finally {
      restored.close();
    }
  } finally {
    removeTmp();
  }
}

/** A backup's workbook and installation ids, checked as a workbook first, without writing to it. */
function readIds(path: string, options: OpenOptions): { workbookId: string; replicaId: string } {
  openWorkbook(path, { ...options, inspectOnly: true }).close();
  const db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  try {
    const get = (key: string) => (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? '';
    return { workbookId: get('workbook_id'), replicaId: get('replica_id') };
  } finally {
    db.close();
  }
}
