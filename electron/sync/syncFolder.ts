import { msg, word } from '../../shared/messages/catalogue.js';
import type { MessageText } from '../../shared/messages/format.js';
import { deletionPercent, type MassDeletion } from '../../shared/rules/massDeletion.js';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readdirSync, renameSync, rmSync, statSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { WorkbookError, isWorkbookError } from '../../shared/errors.js';
import type { HeldBackFile } from '../workbook/exchangeLog.js';
import { removeStaleTemps } from '../workbook/staleTemps.js';
import type { Workbook } from '../workbook/workbook.js';
import { exportSyncFile } from './exportChanges.js';
import { classifyFolderEntry, type CopyEngine } from './folderEntries.js';
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
/** Passes over the files that built on changes not here yet; each pass must bring something. */
const MAX_PASSES = 4;

/** A file left alone this time, and why (`reason` in bokmål for logs; `text` to word in the reader's language). */
export interface FolderSkip {
  readonly file: string;
  readonly reason: string;
  readonly text: MessageText;
}

/** A file that would delete more than the guard lets through: never applied by the folder (shared/rules/massDeletion.ts). */
export interface FolderHeldBack extends FolderSkip, MassDeletion {}

export interface FolderExchange {
  readonly imported: readonly { readonly file: string; readonly report: ImportReport; readonly note?: FolderSkip }[];
  readonly skipped: readonly FolderSkip[];
  readonly heldBack: readonly FolderHeldBack[];
  /** This installation's own file, or null when it was already up to date. */
  readonly written: { readonly path: string; readonly changeCount: number } | null;
}

/** One exchange: import every other installation's file, then write our own. */
export async function exchangeWithFolder(wb: Workbook, dir: string, options: FolderOptions = {}): Promise<FolderExchange> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new WorkbookError('not_found', msg('sync.folder_not_found', { path: dir }));
  }
  const own = ownFolderFileName(wb);
  const imported: { file: string; report: ImportReport; note?: FolderSkip }[] = [];
  const skipped: FolderSkip[] = [];
  const heldBack: FolderHeldBack[] = [];
  const held: HeldBackFile[] = [];
  let backedUp = options.backup === false;
  const budgetMs = (options.fileSeconds ?? FILE_SECONDS) * 1000;
  const entries = readdirSync(dir).sort().map((file) => ({ file, entry: classifyFolderEntry(file, wb.replicaId) }));
  // Plain files first, the engines' copies after: a copy usually brings nothing its plain file has not.
  entries.sort((a, b) => Number(a.entry.kind === 'peerCopy') - Number(b.entry.kind === 'peerCopy'));
  const toRead: { file: string; copy: boolean; engine?: CopyEngine }[] = [];
  for (const { file, entry } of entries) {
    if (entry.kind === 'inTransfer') skipped.push(skip(file, msg('sync.folder_in_transfer', { target: entry.target })));
    if (entry.kind === 'ownCopy') skipped.push(skip(file, msg('sync.folder_own_copy', { engine: engineWord(entry.engine) })));
    if (entry.kind === 'peer') toRead.push({ file, copy: false });
    if (entry.kind === 'peerCopy') toRead.push({ file, copy: true, engine: entry.engine });
  }
  // A file may build on another installation's changes that a file later in the list brings
  // (a gap): read it again after the others, as long as a pass brings something.
  let pending = toRead;
  for (let pass = 0; pending.length > 0; pass++) {
    const gaps: (typeof toRead[number] & { refusal?: WorkbookError })[] = [];
    let progress = false;
    for (const item of pending) {
      const { file, copy } = item;
      const path = join(dir, file);
      let sender: { readonly replicaId: string; readonly name: string } | undefined;
      try {
        // Anyone who can write to the folder chooses what is there: a link to /dev/zero, a FIFO, a
        // huge file, a file on a drive that hangs. Each is skipped with a reason, and the next one read.
        const deadline = deadlineAfter(budgetMs);
        const bytes = await readSyncInput(path, { followSymlinks: false, timeoutMs: budgetMs });
        const payload = await readSyncFileFor(wb, bytes, { passphrase: options.passphrase, what: file, deadline });
        sender = payload.sender;
        if (payload.sender.replicaId === wb.replicaId) continue;
        const report = applySyncPayload(wb, payload, { what: file, backup: !backedUp, copy, via: 'folder' });
        if (report.backup) backedUp = true;
        if (report.applied > 0) progress = true;
        const note = item.engine ? { note: skip(file, msg('sync.folder_peer_copy', { engine: engineWord(item.engine) })) } : {};
        imported.push({ file, report, ...note });
      } catch (e) {
        if (!isWorkbookError(e) && !isFsError(e)) throw e;
        if (isWorkbookError(e) && e.code === 'sync_mass_deletion') {
          const deleted = Number(e.params.deleted);
          const live = Number(e.params.live);
          heldBack.push({ ...skip(file, msg('sync.folder_held_back', { deleted, live, percent: deletionPercent({ deleted, live }) })), deleted, live });
          held.push({ file, path, peerId: sender?.replicaId ?? null, peerName: sender?.name ?? '', deleted, live, at: new Date(wb.now()).toISOString() });
        } else if (isWorkbookError(e) && e.code === 'sync_gap') {
          gaps.push({ ...item, refusal: e });
        } else {
          skipped.push(isWorkbookError(e) ? { file, reason: e.message, text: e.text } : skip(file, msg('sync.file_unopenable', { path, detail: String((e as Error).message) })));
        }
      }
    }
    pending = progress && pass < MAX_PASSES ? gaps : [];
    if (pending.length === 0) for (const { file, refusal } of gaps) skipped.push({ file, reason: refusal!.message, text: refusal!.text });
  }
  noteHeldBack(wb, held);
  const written = await writeOwnFile(wb, dir, own, options);
  return { imported, skipped, heldBack, written };
}

/**
 * What the guard holds back now replaces what it held back before (a file
 * taken in by hand since, or replaced by its sender, is no longer listed);
 * the history notes each file once, not at every exchange.
 */
function noteHeldBack(wb: Workbook, held: readonly HeldBackFile[]): void {
  const before = wb.exchanges.heldBack();
  if (held.length === 0 && before.length === 0) return;
  wb.transaction(() => {
    for (const h of held) {
      wb.exchanges.recordHeldBack({
        event: 'held-back', via: 'folder', file: h.file, peerId: h.peerId, peerName: h.peerName, full: false, encrypted: false,
        changes: 0, applied: 0, conflicts: 0, deleted: h.deleted, live: h.live,
      }, h.at);
    }
    // A file still held back keeps the time it was first held back.
    wb.exchanges.setHeldBack(held.map((h) => ({ ...h, at: before.find((b) => b.file === h.file && b.deleted === h.deleted)?.at ?? h.at })));
  });
}

function skip(file: string, text: MessageText): FolderSkip {
  return { file, reason: word(text, 'nb'), text };
}

function engineWord(engine: CopyEngine): MessageText {
  return msg(`sync.engine_${engine}`);
}

/**
 * Writes our file when what it would say has changed, or when what lies
 * under our name is not what we wrote (an engine put an older version or a
 * half-synced one there): under a temporary dot-name first, renamed when whole.
 */
async function writeOwnFile(wb: Workbook, dir: string, own: string, options: FolderOptions): Promise<FolderExchange['written']> {
  const store = wb.sync;
  const fingerprint = JSON.stringify({
    held: wb.commands.lineage.localVector(),
    peers: store.peers().map((p) => [p.replicaId, p.versionVector]),
    name: wb.replicaName,
    encrypted: Boolean(options.passphrase),
  });
  const path = join(dir, own);
  const [noted, digest] = (store.setting('folderWritten') ?? '').split('\n#');
  if (noted === `${dir}\n${fingerprint}` && digest !== undefined && digestOf(path) === digest) return null;
  const file = await exportSyncFile(wb, { passphrase: options.passphrase, scryptLogN: options.scryptLogN, what: own, via: 'folder' });
  removeStaleTemps(dir, own);
  const tmp = join(dir, `.${own}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, file.bytes);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
  const written = createHash('sha256').update(file.bytes).digest('hex');
  wb.transaction(() => store.setSetting('folderWritten', `${dir}\n${fingerprint}\n#${written}`));
  return { path, changeCount: file.changeCount };
}

/** The SHA-256 of what lies under our name, or null when it is gone or no regular file (never followed if a link). */
function digestOf(path: string): string | null {
  try {
    const st = lstatSync(path);
    if (!st.isFile() || st.size > MAX_OWN_BYTES) return null;
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return null;
  }
}

const MAX_OWN_BYTES = 256 * 1024 * 1024;

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
