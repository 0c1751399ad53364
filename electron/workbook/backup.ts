import { msg } from '../../shared/messages/catalogue.js';
import Database from 'better-sqlite3';
import { existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { WorkbookError } from '../../shared/errors.js';
import {
  changedPages, formOf, FULL_EXT, hashesPath, pageHashes, pageSizeOf, PAGES_EXT, PLAIN_EXT, readBackupDatabase, readHashes, readPagesHeader,
  writeFull, writeHashes, writePages,
  type BackupForm,
} from './backupFiles.js';
import { becomeNewInstallation } from './installation.js';
import { openWorkbook, type OpenOptions } from './open.js';
import { removeStaleTemps, removeStaleTempsIn } from './staleTemps.js';
import { COPIED_THROUGH } from './changeLog.js';
import { PURGE_BACKUPS_BEFORE } from './erasure.js';
import type { Workbook } from './workbook.js';

/** How many backups a workbook keeps; the oldest goes when another is made (but a full backup a kept one builds on stays). */
export const BACKUPS_KEPT = 10;

/**
 * A backup holds only changed pages if its base is among this many newest
 * backups, otherwise it is a full one: so the folder holds the ten newest
 * and at most one older full backup the oldest of them build on.
 */
const BASE_REACH = BACKUPS_KEPT - 1;

export interface BackupInfo {
  /** The file name inside the backup folder; what `backup restore` takes. */
  readonly name: string;
  readonly path: string;
  readonly createdAt: string;
  readonly bytes: number;
  /** Why it was made: "import", "gjenoppretting", … */
  readonly reason: string;
  /** How it is kept (electron/workbook/backupFiles.ts). */
  readonly form: BackupForm;
}

/** The rotation folder beside the workbook: `<dir>/.<file>.backups/`. */
export function backupFolder(workbookPath: string): string {
  return join(dirname(workbookPath), `.${basename(workbookPath)}.backups`);
}

const NAME = /^(.+)-(\d{8}T\d{9}Z)(?:-(\d+))?-([a-z0-9-]+)\.prosjektboka(?:\.gz|\.pages)?$/;

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
 * Backs the open workbook up into the rotation folder: a consistent snapshot
 * even while the workbook is in use (Workbook.snapshot), written under a
 * temporary name and linked to its name when whole, so a crash leaves no half
 * backup. Most backups hold only the pages that changed since a recent full
 * one; a full one (gzip-compressed) is made when there is none among the
 * nine newest, more than half the pages changed, or an erasure is pending.
 */
export function backupWorkbook(wb: Workbook, reason: string): BackupInfo {
  const dir = backupFolder(wb.path);
  mkdirSync(dir, { recursive: true });
  removeStaleTempsIn(dir);
  const stem = basename(wb.path, extname(wb.path));
  const stamp = new Date().toISOString().replace(/[-:.]/g, '');
  // The copy holds our unsent changes as they are now: from here they count as having left, and are kept (Commands.update).
  const ownLatest = wb.changes.latestStampOf(wb.replicaId);
  if (ownLatest !== null) wb.transaction(() => wb.setMetaValue(COPIED_THROUGH, ownLatest));
  const db = wb.snapshot();
  const pageSize = pageSizeOf(db);
  const hashes = pageHashes(db, pageSize);
  const base = wb.metaValue(PURGE_BACKUPS_BEFORE) === undefined ? recentBase(wb.path, pageSize) : undefined;
  const changed = base ? changedPages(hashes, base.hashes) : undefined;
  const whole = (tmp: string) => {
    writeFull(tmp, db);
    return FULL_EXT;
  };
  let name = claimBackup(dir, `${stem}-${stamp}`, reason, (tmp) => {
    if (!base || !changed) return whole(tmp);
    writePages(tmp, db, hashes, base.name, changed);
    return PAGES_EXT;
  });
  // Another process's rotation may have taken the base meanwhile (it keeps those a kept backup builds on, and this
  // one was not yet there): then this one is made again, whole.
  if (base && changed && !existsSync(join(dir, base.name))) {
    rmSync(join(dir, name), { force: true });
    name = claimBackup(dir, `${stem}-${stamp}`, reason, whole);
  }
  if (formOf(name) === 'full') writeHashes(join(dir, name), pageSize, hashes);
  rotate(wb.path);
  purgeBackupsBeforeErasure(wb, name);
  return listBackups(wb.path).find((b) => b.name === name)!;
}

/**
 * Writes a backup under a temporary name (`write` says which extension it
 * has earned) and gives it its name `<stem-stamp>[-n]-<reason><ext>`. Two imports in the
 * same millisecond (two processes) must not take one name: a hard link claims
 * a name atomically or fails, where a rename would silently replace the
 * other process's backup.
 */
function claimBackup(dir: string, head: string, reason: string, write: (tmp: string) => string): string {
  const tmp = join(dir, `.${head}-${reason}.prosjektboka.${process.pid}.tmp`);
  try {
    const ext = write(tmp);
    // A name is taken in any of the forms: one millisecond, one backup.
    const taken = (stem: string) => [PLAIN_EXT, FULL_EXT, PAGES_EXT].some((e) => existsSync(join(dir, stem + e)));
    let stem = `${head}-${reason}`;
    for (let n = 2; taken(stem) || !claim(tmp, join(dir, stem + ext)); n++) stem = `${head}-${n}-${reason}`;
    return stem + ext;
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** The newest full backup among the newest BASE_REACH, with its page hashes, if there is one of this page size. */
function recentBase(workbookPath: string, pageSize: number): { name: string; hashes: Buffer } | undefined {
  const full = listBackups(workbookPath).slice(0, BASE_REACH).find((b) => b.form === 'full');
  const hashes = full ? readHashes(full.path, pageSize) : undefined;
  // Without its hashes (gone, or another page size) the next backup is a full one.
  return full && hashes ? { name: full.name, hashes } : undefined;
}

/** The full backup a `pages` backup builds on, or undefined. */
function baseOf(b: BackupInfo): string | undefined {
  if (b.form !== 'pages') return undefined;
  try {
    return readPagesHeader(b.path).base;
  } catch {
    return undefined;
  }
}

/** Removes a backup and the page hashes beside it. */
function removeBackup(b: BackupInfo): void {
  rmSync(b.path, { force: true });
  rmSync(hashesPath(b.path), { force: true });
}

/**
 * Keeps the BACKUPS_KEPT newest and the full backups those build on; the
 * rest go, with page hashes whose backup is gone.
 */
function rotate(workbookPath: string): void {
  const all = listBackups(workbookPath);
  const kept = all.slice(0, BACKUPS_KEPT);
  const bases = new Set(kept.map(baseOf).filter((n) => n !== undefined));
  for (const old of all.slice(BACKUPS_KEPT)) if (!bases.has(old.name)) removeBackup(old);
  const dir = backupFolder(workbookPath);
  for (const entry of readdirSync(dir)) {
    const m = /^\.(.+)\.hashes$/.exec(entry);
    if (m && !existsSync(join(dir, m[1]!))) rmSync(join(dir, entry), { force: true });
  }
}

/**
 * After an erasure (electron/workbook/erasure.ts) the backups made before it
 * still hold the erased name: the first backup made after it, which does
 * not, takes their place, and they go.
 */
function purgeBackupsBeforeErasure(wb: Workbook, keep: string): void {
  const before = wb.metaValue(PURGE_BACKUPS_BEFORE);
  if (before === undefined) return;
  // The backup made now is a full one (backupWorkbook), so no kept backup builds on one that goes.
  for (const b of listBackups(wb.path)) if (b.name !== keep && b.createdAt < before) removeBackup(b);
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
    out.push({ name, path, createdAt, bytes: statSync(path).size, reason: m[4]!, form: formOf(name) });
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
    writeFileSync(tmp, backupDatabase(backup));
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

/**
 * The database a backup holds, whole, as a workbook file's bytes (a `pages`
 * backup with its base's pages under it). A backup that cannot be read back
 * whole is refused as damaged.
 */
export function backupDatabase(backup: BackupInfo): Buffer {
  try {
    return readBackupDatabase(backup.path);
  } catch {
    throw new WorkbookError('corrupt', msg('backup.damaged', { name: backup.name }), 'failure');
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
