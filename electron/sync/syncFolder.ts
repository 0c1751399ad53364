import { msg } from '../../shared/messages/catalogue.js';
import { existsSync, readdirSync, renameSync, rmSync, statSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { WorkbookError, isWorkbookError } from '../../shared/errors.js';
import { removeStaleTemps } from '../workbook/staleTemps.js';
import type { Workbook } from '../workbook/workbook.js';
import { exportSyncFile } from './exportChanges.js';
import { SYNC_EXTENSION } from './fileFormat.js';
import { applySyncPayload, readSyncFileFor, type ImportReport } from './importFile.js';
import { deadlineAfter } from './payload.js';
import { readSyncInput } from './readSyncInput.js';

/**
 * A sync folder: a network drive or a folder that OneDrive, Nextcloud or
 * Syncthing keeps in step. Each installation writes one file of its own
 * there and reads everyone else's. It never edits or deletes another
 * installation's file, so the folder's own sync engine never has two
 * versions of one file to reconcile; a file that engine has only half
 * written fails to read whole and is skipped until a later exchange.
 */
export function ownFolderFileName(wb: Workbook): string {
  return `prosjektboka-${wb.replicaId}${SYNC_EXTENSION}`;
}

export interface FolderOptions {
  readonly passphrase?: string;
  readonly scryptLogN?: number;
  /** Back up before the first import that changes anything (default). */
  readonly backup?: boolean;
  /** How long one file may take to read and check before it is skipped (default two minutes). */
  readonly fileSeconds?: number;
}

const FILE_SECONDS = 120;

export interface FolderExchange {
  readonly imported: readonly { readonly file: string; readonly report: ImportReport }[];
  readonly skipped: readonly { readonly file: string; readonly reason: string }[];
  /** This installation's own file, or null when it was already up to date. */
  readonly written: { readonly path: string; readonly changeCount: number } | null;
}

/** One exchange: import every other installation's file, then write our own. */
export async function exchangeWithFolder(wb: Workbook, dir: string, options: FolderOptions = {}): Promise<FolderExchange> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new WorkbookError('not_found', msg('sync.folder_not_found', { path: dir }));
  }
  const own = ownFolderFileName(wb);
  const imported: { file: string; report: ImportReport }[] = [];
  const skipped: { file: string; reason: string }[] = [];
  let backedUp = options.backup === false;
  const budgetMs = (options.fileSeconds ?? FILE_SECONDS) * 1000;
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith(SYNC_EXTENSION) || file.startsWith('.') || file === own) continue;
    const path = join(dir, file);
    try {
      // Anyone who can write to the folder chooses what is there: a link to /dev/zero, a FIFO, a
      // huge file, a file on a drive that hangs. Each is skipped with a reason, and the next one read.
      const deadline = deadlineAfter(budgetMs);
      const bytes = await readSyncInput(path, { followSymlinks: false, timeoutMs: budgetMs });
      const payload = await readSyncFileFor(wb, bytes, { passphrase: options.passphrase, what: file, deadline });
      if (payload.sender.replicaId === wb.replicaId) continue;
      const report = applySyncPayload(wb, payload, { what: file, backup: !backedUp });
      if (report.backup) backedUp = true;
      imported.push({ file, report });
    } catch (e) {
      if (!isWorkbookError(e) && !isFsError(e)) throw e;
      skipped.push({ file, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  const written = await writeOwnFile(wb, dir, own, options);
  return { imported, skipped, written };
}

/** Writes our file when what it would say has changed: under a temporary dot-name first, renamed when whole. */
async function writeOwnFile(wb: Workbook, dir: string, own: string, options: FolderOptions): Promise<FolderExchange['written']> {
  const store = wb.sync;
  const fingerprint = JSON.stringify({
    held: wb.commands.lineage.localVector(),
    peers: store.peers().map((p) => [p.replicaId, p.versionVector]),
    name: wb.replicaName,
    encrypted: Boolean(options.passphrase),
  });
  const path = join(dir, own);
  if (existsSync(path) && store.setting('folderWritten') === `${dir}\n${fingerprint}`) return null;
  const file = await exportSyncFile(wb, { passphrase: options.passphrase, scryptLogN: options.scryptLogN });
  removeStaleTemps(dir, own);
  const tmp = join(dir, `.${own}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, file.bytes);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
  wb.transaction(() => store.setSetting('folderWritten', `${dir}\n${fingerprint}`));
  return { path, changeCount: file.changeCount };
}

function isFsError(e: unknown): boolean {
  return typeof (e as { code?: unknown }).code === 'string' && typeof (e as { syscall?: unknown }).syscall === 'string';
}

/**
 * Runs `exchange` when the folder changes: debounced, since a sync engine
 * writes a file in several steps, and never two at once. Our own writes are
 * ignored. The desktop app starts one for the workbook's sync folder.
 */
export class SyncFolderWatcher {
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly dir: string,
    private readonly ownFile: string,
    private readonly exchange: () => Promise<unknown>,
    private readonly options: { debounceMs?: number; onError?: (e: unknown) => void } = {},
  ) {}

  start(): this {
    this.watcher = watch(this.dir, (_event, name) => {
      const file = name?.toString() ?? '';
      if (file && (file.startsWith('.') || file === this.ownFile || !file.endsWith(SYNC_EXTENSION))) return;
      this.schedule();
    });
    this.watcher.on('error', (e) => this.options.onError?.(e));
    return this;
  }

  /** Exchange soon (after the quiet period). */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, this.options.debounceMs ?? 1500);
  }

  /** Exchange now, or right after the one already running. */
  async run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await this.exchange();
        } catch (e) {
          this.options.onError?.(e);
        }
      } while (this.again);
    })();
    try {
      await this.running;
    } finally {
      this.running = undefined;
    }
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.watcher?.close();
  }
}
