import { create } from 'zustand';
import type { FieldSaver } from './fieldSaver';

/** What a flush achieved: every field saved, or which ones were not and why. */
export interface FlushReport {
  readonly ok: boolean;
  readonly failures: { readonly label: string; readonly message: string }[];
}

interface PendingState {
  /** Fields with text not yet saved, or being saved: the header's summary reads it. */
  savers: ReadonlySet<FieldSaver<unknown>>;
  /** Bumped whenever any field's state changes. */
  revision: number;
}

/** Every field that saves as the user types, while it is on screen or still saving after it left. */
export const usePendingSaves = create<PendingState>(() => ({ savers: new Set(), revision: 0 }));

const registered = new Map<FieldSaver<unknown>, { unsubscribe: () => void; mounted: number }>();

export function registerSaver(saver: FieldSaver<unknown>): void {
  const known = registered.get(saver);
  if (known) {
    known.mounted++;
    return;
  }
  registered.set(saver, { unsubscribe: saver.subscribe(() => usePendingSaves.setState((s) => ({ revision: s.revision + 1 }))), mounted: 1 });
  usePendingSaves.setState((s) => ({ savers: new Set([...s.savers, saver]) }));
}

/** A field left the screen: it saves what it has, then goes. */
export function releaseSaver(saver: FieldSaver<unknown>): void {
  const entry = registered.get(saver);
  if (entry) entry.mounted--;
  void saver.flush().finally(() => {
    const now = registered.get(saver);
    // Back on screen, or a failed save: it stays listed, so its draft and the header's warning stay.
    if (!now || now.mounted > 0 || saver.pending) return;
    now.unsubscribe();
    registered.delete(saver);
    usePendingSaves.setState((s) => ({ savers: new Set([...s.savers].filter((x) => x !== saver)) }));
  });
}

/** Saves every field's unsaved text now: before an undo, a route change, closing the window. */
export async function flushAll(options: { keepalive?: boolean } = {}): Promise<FlushReport> {
  const savers = [...usePendingSaves.getState().savers];
  const results = await Promise.all(savers.map(async (s) => ({ saver: s, ok: await s.flush(options) })));
  const failures = results.filter((r) => !r.ok).map(({ saver }) => ({
    label: saver.label,
    message: saver.state.state === 'failed' ? saver.state.message : saver.error ?? '',
  }));
  return { ok: failures.length === 0, failures };
}

let installed = false;

/**
 * Saves on every way out of a page: a route change, and the page being hidden
 * or closed (pagehide, visibilitychange). While the page closes, unsaved text
 * is first kept as a draft (synchronously) and then sent with keepalive, so
 * the request outlives the page.
 */
export function saveOnEveryWayOut(): void {
  if (installed) return;
  installed = true;
  window.addEventListener('hashchange', () => void flushAll());
  const leaving = () => {
    for (const s of usePendingSaves.getState().savers) s.keepDraftNow();
    void flushAll({ keepalive: true });
  };
  window.addEventListener('pagehide', leaving);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') leaving();
  });
}

/** The desktop window is closing: main asks the page to save first and waits (electron/main/closeGuard.ts). */
export function answerDesktopFlush(): () => void {
  return window.prosjektboka?.onFlushRequest?.(() => flushAll()) ?? (() => undefined);
}
