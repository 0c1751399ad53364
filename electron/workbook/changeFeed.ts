import { randomUUID } from 'node:crypto';
import { isKind, type Kind } from '../../shared/model/kinds.js';
import type { Workbook } from './workbook.js';

/** The records of one kind a transaction changed; ids null when there were too many to list. */
export interface ChangedRecords {
  readonly kind: Kind;
  readonly ids: string[] | null;
}

/** One or more committed transactions, as the open windows hear of them. */
export interface WorkbookChange {
  /** Increasing per feed; a window asks for what came after the last one it saw. */
  readonly seq: number;
  readonly records: ChangedRecords[];
  /** Something besides records changed (the installation's name, sync settings, conflicts), or everything may have. */
  readonly workbook: boolean;
}

export interface ChangesAfter {
  /** Names this feed; a window that saw another (the host restarted) starts over. */
  readonly epoch: string;
  readonly cursor: number;
  readonly changes: WorkbookChange[];
  /** The window missed changes (too old a cursor, another epoch, another workbook): reload everything. */
  readonly reset: boolean;
}

const IDS_PER_KIND = 200;
const KEPT = 200;
/** How often another process's commits (the CLI writing the same file) are looked for. */
export const POLL_MS = 250;

/**
 * Tells the open windows what every committed transaction changed, whatever
 * made it: this process (after each commit), or another process writing the
 * same file, noticed through SQLite's PRAGMA data_version, which changes when
 * another connection commits. What changed is read from the change log (its
 * rows after the last one seen), so every writer is covered alike.
 */
export class ChangeFeed {
  readonly epoch = randomUUID();
  private wb: Workbook | undefined;
  private detach: (() => void) | undefined;
  private lastSeq = 0;
  private dataVersion = 0;
  private localCommit = false;
  private cursor = 0;
  private kept: WorkbookChange[] = [];
  private waiters = new Set<() => void>();
  private timer: NodeJS.Timeout | undefined;

  /** Follows this workbook from now on; a switch from another one is announced as a change of everything. */
  attach(wb: Workbook): void {
    const switched = this.wb !== undefined && this.wb !== wb;
    this.detach?.();
    this.wb = wb;
    this.detach = wb.onCommit(() => {
      this.localCommit = true;
      // After the caller's own work, so one API call's commits come as one change.
      setImmediate(() => this.poll());
    });
    this.lastSeq = wb.changes.lastSeq();
    this.dataVersion = wb.dataVersion();
    if (switched) this.publish({ records: [], workbook: true });
  }

  /** Looks for commits from other processes every POLL_MS until closed. */
  watch(intervalMs = POLL_MS): void {
    this.timer ??= setInterval(() => this.poll(), intervalMs);
    this.timer.unref();
  }

  /** Publishes what was committed since the last look, if anything. */
  poll(): void {
    const wb = this.wb;
    if (!wb || !wb.isOpen || wb.inTransaction) return;
    // The newest change first: a statement begins a read of the file, after which data_version is current
    // (the pragma alone may report the connection's last view); a new change row is the common case anyway.
    const newest = wb.changes.lastSeq();
    const version = wb.dataVersion();
    if (newest === this.lastSeq && version === this.dataVersion && !this.localCommit) return;
    const other = version !== this.dataVersion;
    this.dataVersion = version;
    this.localCommit = false;
    const { lastSeq, changed } = wb.changes.recordsAfter(this.lastSeq);
    this.lastSeq = lastSeq;
    const records: ChangedRecords[] = [];
    for (const [kind, ids] of changed) {
      if (isKind(kind)) records.push({ kind, ids: ids.size > IDS_PER_KIND ? null : [...ids] });
    }
    // A commit without change rows (a setting, a conflict, the installation's name), or one from elsewhere.
    this.publish({ records, workbook: records.length === 0 || other });
  }

  /** The changes after `cursor`; waits up to timeoutMs for the next one when there are none yet. */
  async after(cursor: number, epoch: string | undefined, timeoutMs: number): Promise<ChangesAfter> {
    this.poll();
    const answer = this.answer(cursor, epoch);
    if (cursor < 0 || answer.reset || answer.changes.length > 0 || timeoutMs === 0) return answer;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
    });
    return this.answer(cursor, epoch);
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.detach?.();
    this.wb = undefined;
    for (const wake of [...this.waiters]) wake();
  }

  private answer(cursor: number, epoch: string | undefined): ChangesAfter {
    const oldest = this.kept[0]?.seq ?? this.cursor + 1;
    const reset = cursor >= 0 && (epoch !== this.epoch || cursor > this.cursor || cursor < oldest - 1);
    const changes = reset || cursor < 0 ? [] : this.kept.filter((c) => c.seq > cursor);
    return { epoch: this.epoch, cursor: this.cursor, changes, reset };
  }

  private publish(change: Omit<WorkbookChange, 'seq'>): void {
    this.cursor += 1;
    this.kept = [...this.kept, { seq: this.cursor, ...change }].slice(-KEPT);
    for (const wake of [...this.waiters]) wake();
  }
}
