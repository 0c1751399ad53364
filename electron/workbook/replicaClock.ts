import type Database from 'better-sqlite3';
import { decodeHlc, encodeHlc, laterHlc, receive, tick, type Hlc } from '../../shared/rules/hlc.js';

/**
 * This installation's hybrid logical clock inside one write transaction
 * (shared/rules/hlc.ts). It is read from the file when the transaction first
 * needs it, since another process may have moved it since, and saved in the
 * same transaction, never backwards, so a committed change is never followed
 * by a reused stamp. It also remembers the latest stamp of our own changes in
 * the transaction, for this machine's record of the installation.
 */
export class ReplicaClock {
  private clock: Hlc | undefined;
  private dirty = false;
  private ownStamped: string | undefined;
  private readonly storedStmt: Database.Statement;
  private readonly ownLatestStmt: Database.Statement;
  private readonly persistStmt: Database.Statement;

  constructor(db: Database.Database, private readonly now: () => number) {
    this.storedStmt = db.prepare("SELECT value FROM meta WHERE key = 'clock'");
    this.ownLatestStmt = db.prepare('SELECT MAX(hlc) AS hlc FROM change WHERE replica_id = ?');
    // Never backwards: another process may have moved it further since we last read it.
    this.persistStmt = db.prepare("UPDATE meta SET value = ? WHERE key = 'clock' AND value < ?");
  }

  /** Forgets what this transaction knew (it begins, or rolled back): the file is read again when needed. */
  reset(): void {
    this.clock = undefined;
    this.ownStamped = undefined;
  }

  /** This workbook became another installation: stamps made so far were the old one's. */
  forgetOwnStamp(): void {
    this.ownStamped = undefined;
  }

  /** Moves past a stamp from another replica (not past one too far ahead of our wall clock). */
  observe(hlc: string, replicaId: string | undefined): void {
    this.clock = receive(this.current(replicaId), decodeHlc(hlc), this.now());
    this.dirty = true;
  }

  /** The stamp for the next local change: later than every stamp written to this file, by any process. */
  next(replicaId: string | undefined): string {
    this.clock = tick(this.current(replicaId), this.now());
    this.dirty = true;
    const stamp = encodeHlc(this.clock);
    this.ownStamped = stamp;
    return stamp;
  }

  /** Saves the clock in the running transaction, if it moved. */
  persist(): void {
    if (!this.dirty || !this.clock) return;
    const value = encodeHlc(this.clock);
    this.persistStmt.run(value, value);
    this.dirty = false;
  }

  /** After a commit: the latest own stamp it made, if any; the clock is read again next time. */
  committed(): string | undefined {
    const stamp = this.ownStamped;
    this.reset();
    return stamp;
  }

  private current(replicaId: string | undefined): Hlc {
    if (this.clock) return this.clock;
    const stored = (this.storedStmt.get() as { value: string } | undefined)?.value;
    let clock: Hlc = stored ? decodeHlc(stored) : { millis: 0, counter: 0 };
    // A workbook written by an older version may hold own stamps later than its stored clock.
    const own = replicaId && (this.ownLatestStmt.get(replicaId) as { hlc: string | null }).hlc;
    if (own) clock = laterHlc(clock, decodeHlc(own));
    this.clock = clock;
    return clock;
  }
}
