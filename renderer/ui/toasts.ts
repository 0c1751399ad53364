import { create } from 'zustand';

/** A short message after something happened, with the way back («Angre») when there is one. */
export interface ToastEntry {
  id: number;
  message: string;
  /** Undoes what the message reports; the toast closes after it runs. */
  undo?: () => void | Promise<void>;
}

interface ToastState {
  toasts: ToastEntry[];
  show: (toast: Omit<ToastEntry, 'id'>) => number;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** The app's toasts. They stay until dismissed or undone: no timer takes a way back from a slow reader. */
export const useToasts = create<ToastState>((set) => ({
  toasts: [],
  show: (toast) => {
    const id = nextId++;
    // The newest three at most: older reports have been read or no longer matter.
    set((s) => ({ toasts: [...s.toasts, { ...toast, id }].slice(-3) }));
    return id;
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));

export function showToast(message: string, undo?: ToastEntry['undo']): number {
  return useToasts.getState().show({ message, undo });
}
