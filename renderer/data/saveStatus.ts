import { create } from 'zustand';

export type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'failed'; message: string };

interface SaveStatusState {
  status: SaveState;
  pending: number;
  begin(): void;
  succeed(): void;
  fail(message: string): void;
}

/** Whether the latest edits are saved; shown in words in the header for everyone. */
export const useSaveStatus = create<SaveStatusState>((set) => ({
  status: { state: 'idle' },
  pending: 0,
  begin: () => set((s) => ({ pending: s.pending + 1, status: { state: 'saving' } })),
  succeed: () => set((s) => ({ pending: s.pending - 1, status: s.pending - 1 > 0 ? { state: 'saving' } : { state: 'saved' } })),
  fail: (message) => set((s) => ({ pending: s.pending - 1, status: { state: 'failed', message } })),
}));
