import { v7 as uuidv7 } from 'uuid';
import type { SkippedChange } from './revert.js';
import type { TxJournal } from './txJournal.js';
import type { Workbook } from './workbook.js';

/** Who is undoing: one window of the app (a browser tab, the desktop window), surviving a reload of its page. */
export interface HistoryTag {
  readonly session: string;
  /** What the step did, in the user's words ("Endret referatet"): the Angre button says it. */
  readonly label: string;
}

interface Step {
  readonly tx: string;
  readonly label: string;
  /** What the step's last application (or its undo, on the redo stack) changed. */
  readonly journal: TxJournal;
}

interface Session {
  past: Step[];
  future: Step[];
  /** Stamps of every change this session made, undos included: its own work, which undo may take back. */
  readonly own: Set<string>;
}

export interface HistoryView {
  readonly undo: { readonly tx: string; readonly label: string } | null;
  readonly redo: { readonly tx: string; readonly label: string } | null;
}

export interface UndoOutcome {
  /** The transaction taken back or done again; null when there was nothing to undo or redo. */
  readonly tx: string | null;
  readonly label: string | null;
  /** all: every change; partly: some were left alone (see skipped); nothing: all were. */
  readonly done: 'all' | 'partly' | 'nothing';
  readonly skipped: SkippedChange[];
  readonly history: HistoryView;
}

const STEPS = 200;
const SESSIONS = 20;

/**
 * Undo and redo, kept by the workbook process per window session, so a
 * reload of the page keeps them. A step is one recorded transaction; undo
 * inverts it through the command layer as new changes (which sync like any
 * edit), and redo inverts the undo. Neither overwrites a field someone else
 * changed since: the session's own stamps tell its changes from all others.
 */
export class UndoHistory {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly wb: Workbook) {}

  /** Runs fn as one transaction; with a tag, puts it on that session's undo stack. Returns its transaction id. */
  run<T>(tag: HistoryTag | undefined, fn: () => T): { result: T; tx: string } {
    const { result, journal } = this.wb.recording(fn);
    const tx = uuidv7();
    if (tag && !journal.empty) {
      const s = this.session(tag.session);
      for (const stamp of journal.stamps) s.own.add(stamp);
      s.past = [...s.past, { tx, label: tag.label, journal }].slice(-STEPS);
      s.future = [];
    }
    return { result, tx };
  }

  /**
   * Forgets every window's steps. After an erasure: a step's journal holds
   * the values it replaced, and undoing it would write a name back.
   */
  forgetAll(): void {
    for (const s of this.sessions.values()) {
      s.past = [];
      s.future = [];
    }
  }

  view(session: string): HistoryView {
    const s = this.sessions.get(session);
    const top = (steps: readonly Step[] | undefined) => {
      const step = steps?.at(-1);
      return step ? { tx: step.tx, label: step.label } : null;
    };
    return { undo: top(s?.past), redo: top(s?.future) };
  }

  undo(session: string): UndoOutcome {
    return this.move(session, 'past', 'future');
  }

  redo(session: string): UndoOutcome {
    return this.move(session, 'future', 'past');
  }

  private move(session: string, from: 'past' | 'future', to: 'past' | 'future'): UndoOutcome {
    const s = this.session(session);
    const step = s[from].at(-1);
    if (!step) return { tx: null, label: null, done: 'nothing', skipped: [], history: this.view(session) };
    const isOwn = (stamp: { hlc: string; replicaId: string }) => stamp.replicaId === this.wb.replicaId && s.own.has(stamp.hlc);
    const { result, journal } = this.wb.recording(() => this.wb.commands.revert(step.journal.effects(), step.journal, isOwn));
    for (const stamp of journal.stamps) s.own.add(stamp);
    s[from] = s[from].slice(0, -1);
    // A step of which nothing could be taken back stays out of both stacks: there is nothing left to redo.
    if (!journal.empty) s[to] = [...s[to], { tx: step.tx, label: step.label, journal }];
    const done = result.skipped.length === 0 ? 'all' : journal.empty ? 'nothing' : 'partly';
    return { tx: step.tx, label: step.label, done, skipped: result.skipped, history: this.view(session) };
  }

  private session(id: string): Session {
    let s = this.sessions.get(id);
    if (s) this.sessions.delete(id);
    else s = { past: [], future: [], own: new Set() };
    // Most recently used last; the oldest window's history goes first.
    this.sessions.set(id, s);
    if (this.sessions.size > SESSIONS) this.sessions.delete(this.sessions.keys().next().value!);
    return s;
  }
}
