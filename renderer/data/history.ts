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

/** The session's undo and redo stacks. A new action clears what could be redone. */
export const useHistory = create<HistoryState>((set, get) => ({
  past: [],
  future: [],
  busy: false,
  record: (step) => set((s) => ({ past: [...s.past, step].slice(-LIMIT), future: [] })),
  async undo() {
    const { past, future, busy } = get();
    const step = past[past.length - 1];
    if (!step || busy) return;
    set({ busy: true });
    try {
      await step.undo();
      set({ past: past.slice(0, -1), future: [...future, step] });
    } finally {
      set({ busy: false });
    }
  },
  async redo() {
    const { past, future, busy } = get();
    const step = future[future.length - 1];
    if (!step || busy) return;
    set({ busy: true });
    try {
      await step.redo();
      set({ past: [...past, step], future: future.slice(0, -1) });
    } finally {
      set({ busy: false });
    }
  },
}));
