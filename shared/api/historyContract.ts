import { z } from 'zod';
import { KIND_NAMES, type Kind } from '../model/kinds.js';

/**
 * Undo, redo and change events in the API (spread into API in contract.ts).
 * The workbook keeps each window's history (electron/workbook/undoHistory.ts)
 * and tells every window what each committed transaction changed
 * (electron/workbook/changeFeed.ts).
 */
export const kindSchema = z.enum(KIND_NAMES as [Kind, ...Kind[]]);

/** A window's history session: made by the page, kept across its reloads (sessionStorage). */
const session = z.string().min(8).max(100);

/**
 * Sent with a mutating call that the user may undo: the window's session and
 * what the change is called ("Endret referatet"). Without it the change is made
 * but is no one's undo step (the CLI, tests).
 */
export const historyTag = z.strictObject({ session, label: z.string().min(1).max(300) });

/** Every mutating call answers with the id of its transaction. */
export const txId = z.string().min(1).max(100);

const step = z.strictObject({ tx: txId, label: z.string() }).nullable();
const historyView = z.strictObject({ undo: step, redo: step });

const skippedChange = z.strictObject({
  kind: kindSchema,
  recordId: z.string(),
  /** The field; "_deleted" for a delete or restore, "_record" for a create. */
  field: z.string(),
  reason: z.enum(['changed_elsewhere', 'deleted', 'invalid']),
  message: z.string().optional(),
});

const undoOutcome = z.strictObject({
  tx: txId.nullable(),
  label: z.string().nullable(),
  done: z.enum(['all', 'partly', 'nothing']),
  skipped: z.array(skippedChange),
  history: historyView,
});

const changedRecords = z.strictObject({ kind: kindSchema, ids: z.array(z.string()).nullable() });
const workbookChange = z.strictObject({ seq: z.number().int(), records: z.array(changedRecords), workbook: z.boolean() });

export const HISTORY_API = {
  /** What Angre and Gjør om would take back or do again in this window. */
  getHistory: { args: z.strictObject({ session }), result: historyView },
  /** Takes back this window's last step, as new changes; leaves alone what someone else changed since. */
  undo: { args: z.strictObject({ session }), result: undoOutcome },
  redo: { args: z.strictObject({ session }), result: undoOutcome },
  /**
   * The changes committed after `after` (a cursor from an earlier answer; -1
   * for the current cursor at once), waiting up to timeoutMs for the next.
   */
  waitForChanges: {
    args: z.strictObject({
      after: z.number().int().min(-1),
      epoch: z.string().max(100).optional(),
      timeoutMs: z.number().int().min(0).max(60_000).optional(),
    }),
    result: z.strictObject({ epoch: z.string(), cursor: z.number().int(), changes: z.array(workbookChange), reset: z.boolean() }),
  },
} as const;

export type SkippedChangeView = z.output<typeof skippedChange>;
export type WorkbookChangeView = z.output<typeof workbookChange>;
