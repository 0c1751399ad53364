import { create } from 'zustand';
import { useHistory } from './history';

/**
 * «Angre» offered right where something was deleted (components/UndoOffer.tsx).
 * It is the workbook's own undo of that step (data/history.ts), so it is
 * offered only while that step is still the window's last one: after any
 * other change the header's Angre is the way back.
 */
export interface Offer {
  /** What happened, said in the screen's words: «Risiko 4 er slettet.» */
  readonly message: string;
  /** The transaction Angre would take back. */
  readonly tx: string;
  /** Which screen shows it, so a meeting deleted on its page is offered back on the log it returns to. */
  readonly place: string;
  /** After the undo has been done: open what came back, put focus on it. */
  readonly onUndone?: () => void;
  /** Bumped for each offer, so the same words twice are a new offer. */
  readonly seq: number;
}

interface UndoOfferState {
  offer: Offer | undefined;
  make(offer: Omit<Offer, 'seq'>): void;
  dismiss(): void;
  /** Takes the offered step back, then runs its onUndone if the workbook undid it. */
  take(): Promise<void>;
}

export const useUndoOffer = create<UndoOfferState>((set, get) => ({
  offer: undefined,
  make: (offer) => set((s) => ({ offer: { ...offer, seq: (s.offer?.seq ?? 0) + 1 } })),
  dismiss: () => set({ offer: undefined }),
  async take() {
    const offer = get().offer;
    if (!offer || useHistory.getState().undoStep?.tx !== offer.tx) return;
    set({ offer: undefined });
    await useHistory.getState().undo();
    const { notice } = useHistory.getState();
    // A failed or empty undo is said by the history notice; nothing came back to open.
    if (!notice?.error && notice?.outcome?.done !== 'nothing') offer.onUndone?.();
  },
}));

/** The offer to show at `place`, while its step is still the one Angre would take back. */
export function useLiveOffer(place: string): Offer | undefined {
  const offer = useUndoOffer((s) => s.offer);
  const undoTx = useHistory((s) => s.undoStep?.tx);
  return offer && offer.place === place && offer.tx === undoTx ? offer : undefined;
}
