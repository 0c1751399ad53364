import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { decodeHlc, encodeHlc, receive, tick, type Hlc } from '../../shared/rules/hlc.js';
import { ChangeLog } from './changeLog.js';
import { Commands } from './commands.js';
import { ConflictStore } from './conflictStore.js';
import { FieldLineage } from './fieldLineage.js';
import { listActionItems, listMeetingLog, type ActionItemRow, type MeetingLogPage, type MeetingLogQuery } from './meetingQueries.js';
import { SyncStore } from './syncStore.js';
import { RecordStore } from './recordStore.js';
import { SearchIndex } from './searchIndex.js';
import { TxJournal } from './txJournal.js';
import { UndoHistory } from './undoHistory.js';

export interface Identity {
  /** Shared by every replica of one workbook. */
  readonly workbookId: string;
  /** This installation's copy of the workbook. */
  readonly replicaId: string;
  readonly replicaName: string;
  /** The workbook's sync key (64 hex digits); a new one unless joining (electron/sync/join.ts). */
  readonly syncKey?: string;
}

/**
 * One open workbook file. Reads go through `records` and `search`; writes go
 * through `commands`, which is the only code that changes records. The SQLite
 * connection is private: what other code needs (sync's bookkeeping, the
 * conflicts, the meeting log) it gets as typed stores from here.
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
  private identity: Identity | undefined;
  private clock: Hlc = { millis: 0, counter: 0 };
  private clockDirty = false;
  private depth = 0;
  /** A command whose writes failed half-way inside this (nested) transaction; see `command`. */
  private doomed: { readonly depth: number; readonly error: unknown } | undefined;
  /** What the running recorded transaction changes (see `recording`); undefined when none is recorded. */
  private currentJournal: TxJournal | undefined;
  private readonly commitListeners = new Set<() => void>();
  private historyCache: UndoHistory | undefined;

  constructor(
    private readonly db: Database.Database,
    readonly path: string,
    /** Wall clock in ms; tests pass a fixed one. */
    private readonly now: () => number = Date.now,
  ) {
    this.records = new RecordStore(db);
    this.changes = new ChangeLog(db);
    this.search = new SearchIndex(db);
    this.lineage = new FieldLineage(db);
    this.conflicts = new ConflictStore(db);
    this.sync = new SyncStore(db);
    this.commands = new Commands(this);
    const meta = this.readMeta();
    if (meta.workbook_id && meta.replica_id) {
      this.identity = { workbookId: meta.workbook_id, replicaId: meta.replica_id, replicaName: meta.replica_name ?? '' };
      if (meta.clock) this.clock = decodeHlc(meta.clock);
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
      set.run('sync_key', identity.syncKey ?? randomBytes(32).toString('hex'));
      set.run('clock', encodeHlc(this.clock));
      set.run('created_at', new Date(this.now()).toISOString());
    })();
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

  /** The secret that authenticates this workbook's sync files (electron/sync/fileFormat.ts). */
  get syncKey(): string {
    const row = this.db.prepare("SELECT value FROM meta WHERE key = 'sync_key'").get() as { value: string } | undefined;
    if (!row) throw new Error('workbook has no sync key');
    return row.value;
  }

  /** Renames this installation, e.g. "Indre Østfold – Mysen bibliotek"; the name travels in its sync files. */
  setReplicaName(name: string): void {
    const identity = this.requireIdentity();
    this.transaction(() => this.db.prepare("UPDATE meta SET value = ? WHERE key = 'replica_name'").run(name));
    this.identity = { ...identity, replicaName: name };
  }

  /** Moves the clock past a stamp that came from another replica, so later local changes sort after it. */
  observeRemoteStamp(hlc: string): void {
    this.clock = receive(this.clock, decodeHlc(hlc), this.now());
    this.clockDirty = true;
  }

  /** The clock stamp for the next local change. */
  nextStamp(): string {
    this.clock = tick(this.clock, this.now());
    this.clockDirty = true;
    const stamp = encodeHlc(this.clock);
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

  /** Calls listener after every transaction this connection commits (the change feed listens). */
  onCommit(listener: () => void): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  /**
   * Runs fn in a transaction; nested calls join the outer one through a
   * savepoint, so a failed command inside a batch undoes only itself.
   */
  transaction<T>(fn: () => T): T {
    const depth = ++this.depth;
    let committed = false;
    try {
      const result = this.db.transaction(() => {
        const result = fn();
        // A command failed half-way in here and its caller carried on: undo this whole
        // (nested) transaction rather than commit half a command.
        if (this.doomed && this.doomed.depth >= depth) throw this.doomed.error;
        // Saved in the same transaction, so a committed change is never followed by a reused stamp.
        if (depth === 1) this.persistClock();
        return result;
      })();
      committed = depth === 1;
      return result;
    } catch (e) {
      // Rolled back, so the half-done writes it held are gone.
      if (this.doomed && this.doomed.depth >= depth) this.doomed = undefined;
      throw e;
    } finally {
      this.depth--;
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

  /** A consistent copy of the whole file at `path` (VACUUM INTO), for backups. */
  copyTo(path: string): void {
    this.db.prepare('VACUUM INTO ?').run(path);
  }

  /** A stored meta value (the clock, the ids), as written. */
  metaValue(key: string): string | undefined {
    return (this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
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

  private persistClock(): void {
    if (!this.clockDirty) return;
    this.db.prepare("UPDATE meta SET value = ? WHERE key = 'clock'").run(encodeHlc(this.clock));
    this.clockDirty = false;
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
