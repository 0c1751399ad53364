import { create } from 'zustand';
import type { ApiResult } from '../../shared/api/contract';
import { call, errorMessage } from '../api/client';
import { flushAll } from './pendingSaves';
import { windowSession } from './windowSession';

type Step = { readonly tx: string; readonly label: string } | null;
export type UndoOutcome = ApiResult<'undo'>;

interface HistoryState {
  /** What Angre would take back and Gjør om would do again, as the workbook keeps them for this window. */
  undoStep: Step;
  redoStep: Step;
  busy: boolean;
  /** The last undo or redo that could not do all of it, or failed: said under the buttons. */
  notice: { readonly action: 'undo' | 'redo'; readonly outcome?: UndoOutcome; readonly error?: string } | undefined;
  /** Reads this window's history from the workbook (on start: it survives a reload). */
  load(): Promise<void>;
  /** A write just made a new step. */
  recorded(tx: string, label: string): void;
  undo(): Promise<void>;
  redo(): Promise<void>;
  dismiss(): void;
}

/**
 * Angre and Gjør om: calls to the workbook, which keeps this window's history
 * and inverts whole transactions (electron/workbook/undoHistory.ts). Unsaved
 * typing is saved first, as its own step. Presses in quick succession run one
 * after another, each on the history as the previous one left it.
 */
export const useHistory = create<HistoryState>((set) => {
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (work: () => Promise<void>) => {
    queue = queue.then(work, work);
    return queue;
  };
  const move = (action: 'undo' | 'redo') =>
    enqueue(async () => {
      set({ busy: true, notice: undefined });
      try {
        await flushAll();
        const outcome = await call(action, { session: windowSession() });
        set({
          undoStep: outcome.history.undo,
          redoStep: outcome.history.redo,
          notice: outcome.tx !== null && outcome.done !== 'all' ? { action, outcome } : undefined,
        });
      } catch (e) {
        set({ notice: { action, error: errorMessage(e) } });
      } finally {
        set({ busy: false });
      }
    });
  return {
    undoStep: null,
    redoStep: null,
    busy: false,
    notice: undefined,
    async load() {
      try {
        const view = await call('getHistory', { session: windowSession() });
        set({ undoStep: view.undo, redoStep: view.redo });
      } catch {
        // No workbook yet: nothing to undo.
      }
    },
    recorded: (tx, label) => set({ undoStep: { tx, label }, redoStep: null }),
    undo: () => move('undo'),
    redo: () => move('redo'),
    dismiss: () => set({ notice: undefined }),
  };
});
