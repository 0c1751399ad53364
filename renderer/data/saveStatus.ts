import { create } from 'zustand';

export type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'failed'; message: string };

interface SaveStatusState {
  status: SaveState;
  pending: number;
  begin(): void;
  succeed(): void;
  fail(message: string): void;
}

/** Whether the latest writes (creates, deletes, choices) are saved; the header sums it up with the fields'. */
export const useSaveStatus = create<SaveStatusState>((set) => ({
  status: { state: 'idle' },
  pending: 0,
  begin: () => set((s) => ({ pending: s.pending + 1, status: { state: 'saving' } })),
  succeed: () => set((s) => ({ pending: s.pending - 1, status: s.pending - 1 > 0 ? { state: 'saving' } : { state: 'saved', at: new Date() } })),
  fail: (message) => set((s) => ({ pending: s.pending - 1, status: { state: 'failed', message } })),
}));
