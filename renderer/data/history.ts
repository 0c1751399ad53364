import { create } from 'zustand';

/** One user action that can be taken back and done again. */
export interface HistoryStep {
  /** Short words for the Angre/Gjør om buttons' titles, already translated. */
  readonly label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

interface HistoryState {
  past: HistoryStep[];
  future: HistoryStep[];
  busy: boolean;
  record(step: HistoryStep): void;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

const LIMIT = 200;

/**
 * The session's undo and redo stacks. A new action clears what could be
 * redone. Presses of Ctrl+Z in quick succession run one after another, each
 * on the stack as the previous one left it, so none is lost.
 */
export const useHistory = create<HistoryState>((set, get) => {
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (work: () => Promise<void>) => {
    queue = queue.then(work, work);
    return queue;
  };
  return {
    past: [],
    future: [],
    busy: false,
    record: (step) => set((s) => ({ past: [...s.past, step].slice(-LIMIT), future: [] })),
    undo: () =>
      enqueue(async () => {
        const { past, future } = get();
        const step = past[past.length - 1];
        if (!step) return;
        set({ busy: true });
        try {
          await step.undo();
          set({ past: past.slice(0, -1), future: [...future, step] });
        } finally {
          set({ busy: false });
        }
      }),
    redo: () =>
      enqueue(async () => {
        const { past, future } = get();
        const step = future[future.length - 1];
        if (!step) return;
        set({ busy: true });
        try {
          await step.redo();
          set({ past: [...past, step], future: future.slice(0, -1) });
        } finally {
          set({ busy: false });
        }
      }),
  };
});
