import Database from 'better-sqlite3';
import { closeSync, existsSync, linkSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { randomBytes } from 'node:crypto';
import { isWorkbookError } from '../../shared/errors.js';
import { generateSigningKey } from './signatures.js';
import { openErrors } from './errors.js';
import { checkInstallation, recordNewInstallation } from './installation.js';
import { checkInstallationName, placeholderInstallationName } from './installationName.js';
import type { InstallationStore } from './installationStore.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index.js';
import { removeStaleTemps } from './staleTemps.js';
import { RecordStore } from './recordStore.js';
import { SearchIndex } from './searchIndex.js';
import { BUSY_TIMEOUT_MS, Workbook } from './workbook.js';
import { busyError } from './workbookErrors.js';
import { loadSeedPlan } from './seed.js';
import { limitWal } from './walLimit.js';

/** The file extension of a workbook. */
export const WORKBOOK_EXTENSION = '.prosjektboka';
const APPLICATION_ID = 1346522955; // 'PBOK'
const SQLITE_HEADER = 'SQLite format 3\0';

export interface OpenOptions {
  /** Native binding path (the Electron-ABI build of better-sqlite3); Node's own build otherwise. */
  readonly nativeBinding?: string;
  /** This machine's installation records and keys; the user data folder's, protected by file permissions, otherwise. */
  readonly installations?: InstallationStore;
  /** Wall clock in ms; tests pass a skewed one. */
  readonly now?: () => number;
  /** Only checks and migrates the file (a backup about to be restored): its installation is not looked at. */
  readonly inspectOnly?: boolean;
}

export interface CreateOptions extends OpenOptions {
  /** A workbook without the seed plan. */
  readonly empty?: boolean;
  /** This installation's human name, e.g. "Indre Østfold – Mysen bibliotek". */
  readonly replicaName?: string;
  /**
   * Joins an existing workbook (electron/sync/join.ts): its id and sync key
   * instead of new ones, and `populate` (the full sync file's changes) instead
   * of the seed plan, all inside the temporary file before it is linked into place.
   */
  readonly join?: {
    readonly workbookId: string;
    readonly syncKey: string;
    readonly populate: (wb: Workbook) => void;
  };
}

/**
 * Opens an existing workbook. Every check that can refuse the file runs before
 * anything is written to it, so a refused file is left exactly as it was.
 */
export function openWorkbook(path: string, options: OpenOptions = {}): Workbook {
  if (!existsSync(path) || !statSync(path).isFile()) throw openErrors.notFound(path);
  if (!hasSqliteHeader(path)) throw openErrors.notAWorkbook(path);
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { fileMustExist: true, nativeBinding: options.nativeBinding });
    checkIdentity(db, path);
    const check = db.pragma('quick_check', { simple: true });
    // quick_check can report hundreds of lines; the first one says enough.
    if (check !== 'ok') throw openErrors.corrupt(path, String(check).split('\n')[0]!);
    configure(db);
    migrate(db);
    const wb = new Workbook(db, path, options);
    if (!options.inspectOnly) {
      checkInstallation(wb, options.nativeBinding);
      reclaimIfPending(wb);
    }
    return wb;
  } catch (e) {
    db?.close();
    throw translateSqliteError(e, path);
  }
}

/**
 * Creates a new workbook: the seed plan unless `empty`. It is built under a
 * temporary name and linked into place only when complete, so an interrupted
 * create leaves nothing behind and an existing file is never overwritten.
 */
export function createWorkbook(path: string, options: CreateOptions = {}): Workbook {
  if (existsSync(path)) throw openErrors.exists(path);
  removeStaleTemps(dirname(path), basename(path));
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const keys = generateSigningKey();
  let recorded: Workbook | undefined;
  try {
    const db = new Database(tmp, { nativeBinding: options.nativeBinding });
    configure(db);
    migrate(db);
    const wb = new Workbook(db, tmp, options);
    const replicaId = uuidv7();
    const chosenName = options.replicaName?.trim();
    wb.initialiseIdentity({
      workbookId: options.join?.workbookId ?? uuidv7(),
      replicaId,
      // A name given on creation (--replica-name, joining) was chosen; otherwise the app asks for one.
      replicaName: chosenName ? checkInstallationName(chosenName) : placeholderInstallationName(replicaId),
      replicaNameChosen: Boolean(chosenName),
    });
    const join = options.join;
    try {
      // The key first: a joining workbook checks the signatures of what it takes in against the keys it learns.
      wb.transaction(() => recordNewInstallation(wb, path, {
        syncKey: join?.syncKey ?? randomBytes(32).toString('hex'), privateKey: keys.privateKey, publicKey: keys.publicKey,
      }));
      recorded = wb;
      if (join) wb.transaction(() => join.populate(wb));
      else if (!options.empty) wb.transaction(() => loadSeedPlan(wb));
    } finally {
      wb.close();
    }
    try {
      linkSync(tmp, path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw openErrors.exists(path);
      throw e;
    }
    recorded = undefined;
  } catch (e) {
    // Not created after all: its record describes nothing.
    if (recorded) recorded.installations.remove(recorded.replicaId);
    throw e;
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(tmp + suffix, { force: true });
  }
  return openWorkbook(path, options);
}

function hasSqliteHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return n === 16 && buf.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

function checkIdentity(db: Database.Database, path: string): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  if (appId !== APPLICATION_ID) throw openErrors.notAWorkbook(path);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) throw openErrors.newerVersion(path, version, SCHEMA_VERSION);
}

function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  limitWal(db);
  db.pragma('foreign_keys = ON');
  // NORMAL is durable across application crashes in WAL mode; only a power
  // loss can lose the last commits, never corrupt the file.
  db.pragma('synchronous = NORMAL');
  // A write waits this long for another process's write (an import) to finish, then says so in words.
  db.pragma(`busy_timeout = ${busyTimeoutMs()}`);
}

function busyTimeoutMs(): number {
  const text = process.env.PROSJEKTBOKA_BUSY_TIMEOUT_MS;
  const n = text === undefined ? NaN : Number(text);
  return Number.isInteger(n) && n >= 0 ? n : BUSY_TIMEOUT_MS;
}

/**
 * Applies the migrations newer than the file's user_version, each in its own
 * write transaction that reads the version again inside it, so two processes
 * opening an old workbook at once apply each migration once.
 */
export function migrate(db: Database.Database, migrations: typeof MIGRATIONS = MIGRATIONS): void {
  if ((db.pragma('user_version', { simple: true }) as number) < (migrations[migrations.length - 1]?.version ?? 0)) {
    for (const m of migrations) {
      db.transaction(() => {
        if ((db.pragma('user_version', { simple: true }) as number) >= m.version) return;
        db.exec(m.sql);
        db.pragma(`user_version = ${m.version}`);
      }).immediate();
    }
  }
  // Also when no migration ran: a process that stopped between the migration and its rebuild left the request.
  rebuildSearchIfAsked(db);
}

/**
 * A migration that changes what the search index holds asks for a rebuild
 * (meta 'search_rebuild'); it runs once, after every migration, so the
 * documents are composed from the tables as the code now knows them.
 */
function rebuildSearchIfAsked(db: Database.Database): void {
  const asked = db.prepare("SELECT 1 FROM meta WHERE key = 'search_rebuild'").pluck();
  if (!asked.get()) return;
  db.transaction(() => {
    if (!asked.get()) return;
    new SearchIndex(db, new RecordStore(db)).rebuild();
    db.prepare("DELETE FROM meta WHERE key = 'search_rebuild'").run();
  }).immediate();
}

function translateSqliteError(e: unknown, path: string): unknown {
  if (isWorkbookError(e)) return e;
  const code = (e as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB') return openErrors.notAWorkbook(path);
  if (code.startsWith('SQLITE_CORRUPT')) return openErrors.corrupt(path, code);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return busyError(path);
  return e;
}

/**
 * An erasure whose process ended before it could rebuild the file
 * (electron/workbook/erasure.ts) still has old pages in it: the next open
 * does it. Busy with another process, it waits for a later open.
 */
function reclaimIfPending(wb: Workbook): void {
  if (!wb.reclaimPending) return;
  try {
    wb.reclaimErasedSpace();
  } catch {
    // Another program is writing; the mark stays and the next open tries again.
  }
}
