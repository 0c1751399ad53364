import type Database from 'better-sqlite3';
import { encodeHlc } from '../../shared/rules/hlc.js';
import { COPIED_THROUGH, ChangeLog } from './changeLog.js';
import { Commands } from './commands.js';
import { ConflictStore } from './conflictStore.js';
import { FieldLineage } from './fieldLineage.js';
import { listActionItems, listMeetingLog, type ActionItemRow, type MeetingLogPage, type MeetingLogQuery } from './meetingQueries.js';
import { SignatureStore } from './signatureStore.js';
import { SyncStore } from './syncStore.js';
import { ExchangeLog } from './exchangeLog.js';
import { RecordStore } from './recordStore.js';
import { ReplicaClock } from './replicaClock.js';
import { SearchIndex } from './searchIndex.js';
import { TxJournal } from './txJournal.js';
import { busyError, isBusy, syncKeyMissing } from './workbookErrors.js';
import { UndoHistory } from './undoHistory.js';
import { shrinkWalIfLarge } from './walLimit.js';
import { checkInstallationName, readNameChosen, writeNameChosen } from './installationName.js';
import { defaultInstallationStore, type InstallationSecrets, type InstallationStore } from './installationStore.js';


/** How long a run of commits may go before this machine's record of the installation learns its latest stamp. */
const OWN_LATEST_DELAY_MS = 250;
export interface Identity {
  /** Shared by every replica of one workbook. */
  readonly workbookId: string;
  /** This installation's copy of the workbook. */
  readonly replicaId: string;
  readonly replicaName: string;
  /** Whether a person chose the name (not a placeholder); the app asks for one until then. */
  readonly replicaNameChosen: boolean;
}

export interface WorkbookOptions {
  /** Wall clock in ms; tests pass a skewed one. */
  readonly now?: () => number;
  /** Where this machine keeps its installation records and keys (electron/workbook/installationStore.ts). */
  readonly installations?: InstallationStore;
}

/** Meta key set by an erasure until its space is reclaimed (Workbook.reclaimErasedSpace). */
export const RECLAIM_PENDING = 'privacy.reclaim_pending';

/** How long a write waits for another process's write to finish before it gives up (PROSJEKTBOKA_BUSY_TIMEOUT_MS overrides). */
export const BUSY_TIMEOUT_MS = 30_000;

/**
 * One open workbook file. Reads go through `records` and `search`; writes go
 * through `commands`, which is the only code that changes records. The SQLite
 * connection is private: what other code needs (sync's bookkeeping, the
 * conflicts, the meeting log) it gets as typed stores from here.
 *
 * Several processes may have one workbook open at once (the app or `serve`,
 * and the CLI beside it). Every write transaction therefore starts as a
 * writer (BEGIN IMMEDIATE, waiting its turn behind the busy timeout) and
 * reads the installation's id and clock inside it, from the file: a stamp is
 * always later than every stamp any process wrote before it, whichever
 * process imported what.
 */
export class Workbook {
  readonly records: RecordStore;
  readonly changes: ChangeLog;
  readonly search: SearchIndex;
  readonly commands: Commands;
  /** What each change supersedes, for sync's merge and for local writes (shared/sync/fieldState.ts). */
  readonly lineage: FieldLineage;
  /** The open and resolved sync conflicts. */
  readonly conflicts: ConflictStore;
  /** Sync's bookkeeping: the peers heard from, the changes they may lack, the sync settings. */
  readonly sync: SyncStore;
  /** This installation's history of sync exchanges (electron/workbook/exchangeLog.ts). */
  readonly exchanges: ExchangeLog;
  /** The installations' public keys and the signed batches that vouch for their changes. */
  readonly signatures: SignatureStore;
  readonly installations: InstallationStore;
  /** Wall clock in ms. */
  readonly now: () => number;
  private identity: Identity | undefined;
  /** The clock inside the current outermost write transaction, and the latest own stamp it gave. */
  private readonly clock: ReplicaClock;
  private depth = 0;
  /** A command whose writes failed half-way inside this (nested) transaction; see `command`. */
  private doomed: { readonly depth: number; readonly error: unknown } | undefined;
  /** COPIED_THROUGH as the running write transaction sees it, once read (see copiedThrough). */
  private copiedThroughInWrite: string | undefined;
  /** What the running recorded transaction changes (see `recording`); undefined when none is recorded. */
  private currentJournal: TxJournal | undefined;
  private readonly commitListeners = new Set<() => void>();
  /** Work for after the running outermost transaction commits; dropped if it rolls back (see `whenCommitted`). */
  private committedTasks: (() => void)[] = [];
  private historyCache: UndoHistory | undefined;
  /** A change of installation found on open (installation.ts), made by the first write: a file only read stays as it was. */
  private pendingInstallation: { readonly change: () => void; readonly replicaId: string } | undefined;
  private installationInThisWrite: { readonly change: () => void; readonly replicaId: string } | undefined;
  /** Our latest own stamp not yet in this machine's record of the installation, and the timer that writes it (see afterCommit). */
  private ownLatestUnrecorded: string | undefined;
  private ownLatestTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly replicaStmt: Database.Statement;
  /** Read on every local edit (the squash asks how far a backup copied): prepared once, not per call. */
  private readonly metaStmt: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    readonly path: string,
    options: WorkbookOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.installations = options.installations ?? defaultInstallationStore();
    this.records = new RecordStore(db);
    this.changes = new ChangeLog(db);
    this.search = new SearchIndex(db, this.records);
    this.lineage = new FieldLineage(db, this.changes.heads);
    this.conflicts = new ConflictStore(db);
    this.sync = new SyncStore(db);
    this.exchanges = new ExchangeLog(db);
    this.signatures = new SignatureStore(db);
    this.commands = new Commands(this);
    this.clock = new ReplicaClock(db, this.now);
    this.replicaStmt = db.prepare("SELECT value FROM meta WHERE key = 'replica_id'");
    this.metaStmt = db.prepare('SELECT value FROM meta WHERE key = ?');
    const meta = this.readMeta();
    if (meta.workbook_id && meta.replica_id) {
      this.identity = { workbookId: meta.workbook_id, replicaId: meta.replica_id, replicaName: meta.replica_name ?? '', replicaNameChosen: readNameChosen(meta) };
    }
  }

  /** Gives a new workbook its ids. Called once, by createWorkbook. */
  initialiseIdentity(identity: Identity): void {
    if (this.identity) throw new Error('workbook already has an identity');
    const set = this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    this.db.transaction(() => {
      set.run('workbook_id', identity.workbookId);
      set.run('replica_id', identity.replicaId);
      set.run('replica_name', identity.replicaName);
      writeNameChosen(this.db, identity.replicaNameChosen);
      set.run('clock', encodeHlc({ millis: 0, counter: 0 }));
      set.run('created_at', new Date(this.now()).toISOString());
    }).immediate();
    this.identity = identity;
  }

  get workbookId(): string {
    return this.requireIdentity().workbookId;
  }

  get replicaId(): string {
    return this.requireIdentity().replicaId;
  }

  get replicaName(): string {
    return this.requireIdentity().replicaName;
  }

  get replicaNameChosen(): boolean {
    return this.requireIdentity().replicaNameChosen;
  }

  /** The secret that authenticates this workbook's sync files (electron/sync/fileFormat.ts), from this machine's record. */
  get syncKey(): string {
    const key = this.secrets().syncKey;
    if (!key) throw syncKeyMissing();
    return key;
  }

  /** This installation's secrets (sync key, signing key), from this machine's record of it. */
  secrets(): InstallationSecrets {
    const record = this.installations.get(this.replicaId);
    if (!record || record.workbookId !== this.workbookId) throw syncKeyMissing();
    return this.installations.open(record);
  }

  /** Renames this installation, e.g. "Indre Østfold – Mysen bibliotek"; the name travels in its sync files. */
  setReplicaName(name: string): void {
    const identity = this.requireIdentity();
    const checked = checkInstallationName(name);
    this.transaction(() => {
      this.db.prepare("UPDATE meta SET value = ? WHERE key = 'replica_name'").run(checked);
      writeNameChosen(this.db, true);
    });
    this.identity = { ...identity, replicaName: checked, replicaNameChosen: true };
  }

  /**
   * Makes `change` (becoming a new installation) the first thing the next
   * write transaction does, before anything else is written: a command that
   * is refused, or a file that is only read, leaves the file as it was.
   */
  deferInstallationChange(change: () => void): void {
    this.pendingInstallation = { change, replicaId: this.replicaId };
  }

  /** Makes a deferred change of installation now (the app does, on open, so it can tell the user at once). */
  settleInstallation(): void {
    if (this.pendingInstallation) this.transaction(() => undefined);
  }

  /** Called when this workbook becomes another installation (electron/workbook/installation.ts), inside that transaction. */
  adoptReplicaId(replicaId: string): void {
    this.db.prepare("UPDATE meta SET value = ? WHERE key = 'replica_id'").run(replicaId);
    this.identity = { ...this.requireIdentity(), replicaId };
    this.clock.forgetOwnStamp();
  }

  /**
   * Moves the clock past a stamp that came from another replica, so later
   * local changes sort after it; not past one further ahead of our wall
   * clock than MAX_CLOCK_LEAD_MS (shared/rules/hlc.ts).
   */
  observeRemoteStamp(hlc: string): void {
    this.clock.observe(hlc, this.replicaIdForClock());
  }

  /** The clock stamp for the next local change: later than every stamp written to this file, by any process. */
  nextStamp(): string {
    const stamp = this.clock.next(this.replicaIdForClock());
    this.currentJournal?.stamps.add(stamp);
    return stamp;
  }

  /** Undo and redo per window session, for as long as this workbook is open in this process. */
  get history(): UndoHistory {
    return (this.historyCache ??= new UndoHistory(this));
  }

  /** The journal of the recorded transaction running now, for the code that changes rows to write into. */
  get journal(): TxJournal | undefined {
    return this.currentJournal;
  }

  /**
   * Runs fn as one transaction and keeps a journal of what it changed, for
   * undo (electron/workbook/undoHistory.ts). Only a transaction of its own:
   * inside another one there would be no single transaction to take back.
   */
  recording<T>(fn: () => T): { result: T; journal: TxJournal } {
    if (this.depth > 0) throw new Error('a recorded transaction cannot run inside another transaction');
    const journal = new TxJournal();
    this.currentJournal = journal;
    try {
      return { result: this.transaction(fn), journal };
    } finally {
      this.currentJournal = undefined;
    }
  }

  /**
   * Runs fn once the running outermost transaction has committed, never if it
   * rolls back (a preview of an import): at once outside a transaction.
   */
  whenCommitted(fn: () => void): void {
    if (this.depth === 0) fn();
    else this.committedTasks.push(fn);
  }

  /** Calls listener after every transaction this connection commits (the change feed listens). */
  onCommit(listener: () => void): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  /**
   * Runs fn in a transaction; nested calls join the outer one through a
   * savepoint, so a failed command inside a batch undoes only itself. The
   * outermost one begins as a writer (BEGIN IMMEDIATE): a transaction that
   * read first and wrote later could not wait for another process's write
   * (SQLITE_BUSY_SNAPSHOT); this one waits its turn instead.
   */
  transaction<T>(fn: () => T): T {
    const depth = ++this.depth;
    let committed = false;
    try {
      const body = this.db.transaction(() => {
        if (depth === 1) this.beginWrite();
        const result = fn();
        // A command failed half-way in here and its caller carried on: undo this whole
        // (nested) transaction rather than commit half a command.
        if (this.doomed && this.doomed.depth >= depth) throw this.doomed.error;
        // Each document the writes touched, written once, in the same transaction.
        if (depth === 1) this.search.flush();
        // Saved in the same transaction, so a committed change is never followed by a reused stamp.
        if (depth === 1) this.clock.persist();
        return result;
      });
      const result = depth === 1 ? body.immediate() : body();
      if (depth === 1) {
        this.installationInThisWrite = undefined;
        this.afterCommit();
        shrinkWalIfLarge(this.db, this.path);
        for (const task of this.committedTasks.splice(0)) task();
      }
      committed = depth === 1;
      return result;
    } catch (e) {
      // Rolled back, so the half-done writes it held are gone.
      if (this.doomed && this.doomed.depth >= depth) this.doomed = undefined;
      // A rolled-back savepoint may have set it.
      this.copiedThroughInWrite = undefined;
      if (depth === 1) {
        this.committedTasks = [];
        this.clock.reset();
        this.search.discard();
        // Rolled back with the rest: the next write makes it again.
        if (this.installationInThisWrite) {
          this.pendingInstallation = this.installationInThisWrite;
          this.installationInThisWrite = undefined;
          this.rereadReplicaId();
        }
      }
      throw isBusy(e) ? busyError(this.path) : e;
    } finally {
      this.depth--;
      if (depth === 1) this.copiedThroughInWrite = undefined;
      if (committed) for (const listener of this.commitListeners) listener();
    }
  }

  /**
   * Runs one command: `check` reads and may refuse it, without writing;
   * `write` then makes its changes. On its own a command is a transaction.
   * Inside one it joins it without a savepoint of its own: a refused command
   * has written nothing, since every check comes before the first write, and
   * a savepoint per command made a batch about twice as slow (FTS5 writes its
   * pending index out at every savepoint). A write that fails half-way anyway
   * (disk full, I/O error) cannot be undone alone, so it dooms the innermost
   * enclosing transaction: that one rolls back instead of committing, even if
   * the caller catches the error. Either way no half-done command is kept.
   */
  command<C, T>(check: () => C, write: (checked: C) => T): T {
    if (this.depth === 0) return this.transaction(() => write(check()));
    const checked = check();
    try {
      return write(checked);
    } catch (e) {
      this.doomed ??= { depth: this.depth, error: e };
      throw e;
    }
  }

  close(): void {
    this.recordOwnLatest();
    if (this.db.open) this.db.close();
  }

  /** The meeting log newest first, a window at a time, or the given meetings' rows. */
  meetingLog(query: MeetingLogQuery): MeetingLogPage {
    return listMeetingLog(this.db, query);
  }

  /** Every action item by due date, with its meeting's title and time. */
  actionItems(): ActionItemRow[] {
    return listActionItems(this.db);
  }

  /** PRAGMA integrity_check: "ok", or the first problem found. */
  integrityCheck(): string {
    return String(this.db.pragma('integrity_check', { simple: true }));
  }

  /**
   * After an erasure (electron/workbook/erasure.ts): the search index merged
   * into one segment, the file rebuilt without free pages (VACUUM) and the
   * WAL emptied, so no old page or frame keeps an erased value. Outside any
   * transaction. Returns whether the WAL could be emptied (a reader in
   * another process holding an old snapshot keeps it until it lets go).
   */
  reclaimErasedSpace(): { walEmptied: boolean } {
    if (this.depth > 0) throw new Error('reclaimErasedSpace runs outside a transaction');
    this.transaction(() => this.search.optimize());
    this.db.exec('VACUUM');
    this.transaction(() => this.setMetaValue(RECLAIM_PENDING, null));
    const [r] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    return { walEmptied: r?.busy === 0 };
  }

  /** Whether an erasure's space is still to be reclaimed (the process ended before it could). */
  get reclaimPending(): boolean {
    return this.metaValue(RECLAIM_PENDING) !== undefined;
  }

  /**
   * The whole database as it is now, page for page (sqlite3_serialize, in
   * one read transaction, so consistent while the workbook is in use), for
   * backups: unchanged pages stay byte-identical from one snapshot to the
   * next, so a backup can hold only the pages that differ from an earlier one.
   */
  snapshot(): Buffer {
    this.recordOwnLatest();
    return this.db.serialize();
  }

  /** A stored meta value (the clock, the ids), as written. */
  metaValue(key: string): string | undefined {
    return (this.metaStmt.get(key) as { value: string } | undefined)?.value;
  }

  /**
   * This installation's latest stamp when the workbook was last copied whole
   * (COPIED_THROUGH), '' for never. Read once per write transaction: every
   * update asks (Commands.update), and no other connection can write while
   * this one holds the write lock; setMetaValue and a rollback forget it.
   */
  copiedThrough(): string {
    if (this.depth === 0) return this.metaValue(COPIED_THROUGH) ?? '';
    return (this.copiedThroughInWrite ??= this.metaValue(COPIED_THROUGH) ?? '');
  }

  /** Sets (or, with null, removes) a meta value; inside a write transaction (electron/workbook/installation.ts). */
  setMetaValue(key: string, value: string | null): void {
    if (key === COPIED_THROUGH) this.copiedThroughInWrite = undefined;
    if (value === null) this.db.prepare('DELETE FROM meta WHERE key = ?').run(key);
    else this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  /**
   * The connection itself, for tests that look at the tables directly and the
   * benchmark's raw-SQL floor. Product code never uses it (eslint.config.js):
   * everything it needs has a typed accessor above.
   */
  get sqliteForTests(): Database.Database {
    return this.db;
  }

  get isOpen(): boolean {
    return this.db.open;
  }

  get inTransaction(): boolean {
    return this.db.inTransaction;
  }

  /** SQLite's counter of commits by other connections to this file (the CLI in another process, say). */
  dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  /** Identity and clock as the file has them now: another process may have written since we last looked. */
  private beginWrite(): void {
    this.clock.reset();
    this.rereadReplicaId();
    const pending = this.pendingInstallation;
    this.pendingInstallation = undefined;
    // Another process on this file (the app beside the CLI) may have made it new already.
    if (pending && pending.replicaId === this.identity?.replicaId) {
      this.installationInThisWrite = pending;
      pending.change();
    }
  }

  private rereadReplicaId(): void {
    const replicaId = (this.replicaStmt.get() as { value: string } | undefined)?.value;
    if (this.identity && replicaId && replicaId !== this.identity.replicaId) this.identity = { ...this.identity, replicaId };
  }

  /** The installation whose own stamps the clock must pass; stamps are taken only inside a write transaction. */
  private replicaIdForClock(): string | undefined {
    if (this.depth === 0) throw new Error('clock stamps are taken inside a write transaction');
    return this.identity?.replicaId;
  }

  /**
   * This machine's record of the installation learns its latest own stamp, so
   * an older copy of the file put back in its place is recognised (installation.ts)
   * and never reuses a stamp that has travelled. Writing the record costs more
   * than the edit itself (a file replaced atomically), so a run of commits
   * while someone types is recorded once, shortly after; what must not wait
   * is recorded at once: before changes leave the installation (an export
   * signs them, a backup copies them: `recordOwnLatest`) and on close. A
   * crash in between loses only the record of changes that never left, which
   * no other copy can have used.
   */
  private afterCommit(): void {
    const stamp = this.clock.committed();
    if (!stamp) return;
    if (this.ownLatestUnrecorded === undefined || stamp > this.ownLatestUnrecorded) this.ownLatestUnrecorded = stamp;
    if (this.ownLatestTimer) return;
    this.ownLatestTimer = setTimeout(() => this.recordOwnLatest(), OWN_LATEST_DELAY_MS);
    this.ownLatestTimer.unref?.();
  }

  /** Writes the latest own stamp into this machine's record of the installation now, if it is behind. */
  recordOwnLatest(): void {
    if (this.ownLatestTimer) clearTimeout(this.ownLatestTimer);
    this.ownLatestTimer = undefined;
    const stamp = this.ownLatestUnrecorded;
    this.ownLatestUnrecorded = undefined;
    if (!stamp || !this.identity) return;
    const record = this.installations.get(this.identity.replicaId);
    if (!record || record.workbookId !== this.identity.workbookId || (record.ownLatest !== null && record.ownLatest >= stamp)) return;
    try {
      this.installations.save({ ...record, ownLatest: stamp });
    } catch {
      // Committed already; a record that lags behind the file is only a weaker check on the next open, never a wrong one.
    }
  }

  private requireIdentity(): Identity {
    if (!this.identity) throw new Error('workbook has no identity yet');
    return this.identity;
  }

  private readMeta(): Record<string, string> {
    const rows = this.db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[];
    return Object.fromEntries(rows.map((r) => [r.key, r.value]));
  }
}
