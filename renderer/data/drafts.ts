import { create } from 'zustand';

/**
 * Text typed into a field that is not known to be saved: kept on this machine
 * (localStorage) until the workbook has it, and offered back on the next
 * start if it never got there. Nothing typed is silently dropped.
 */
export interface Draft {
  /** The field: "meeting:<id>:minutes" for a record's field, or the page and label of another field. */
  readonly key: string;
  readonly workbookId: string;
  /** The field's label, for the notice that offers it back. */
  readonly label: string;
  /** Where the field is (the hash route), so the notice can take the user there. */
  readonly route: string;
  readonly text: string;
  /** When it was kept (ISO). */
  readonly at: string;
  /** The record field it belongs to, when it belongs to one: then it can be saved from the notice. */
  readonly target?: { readonly kind: string; readonly id: string; readonly field: string };
}

const PREFIX = 'prosjektboka.draft.';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function readAll(): Draft[] {
  const store = storage();
  if (!store) return [];
  const out: Draft[] = [];
  for (let i = 0; i < store.length; i++) {
    const name = store.key(i);
    if (!name?.startsWith(PREFIX)) continue;
    try {
      const draft = JSON.parse(store.getItem(name) ?? '') as Draft;
      if (typeof draft.text === 'string' && typeof draft.key === 'string') out.push(draft);
    } catch {
      // A damaged entry is no one's text any more.
      store.removeItem(name);
    }
  }
  return out.sort((a, b) => a.at.localeCompare(b.at));
}

interface DraftState {
  /** The drafts on this machine, every workbook's. */
  drafts: Draft[];
  /** Keeps (or replaces) a field's draft; synchronous, so it works while the page is closing. */
  keep(draft: Draft): void;
  discard(workbookId: string, key: string): void;
  reload(): void;
}

const storageKey = (workbookId: string, key: string) => `${PREFIX}${workbookId}.${key}`;

export const useDrafts = create<DraftState>((set) => ({
  drafts: readAll(),
  keep(draft) {
    try {
      storage()?.setItem(storageKey(draft.workbookId, draft.key), JSON.stringify(draft));
    } catch {
      // A full or refused storage: the field still shows the text and says it is not saved.
    }
    set({ drafts: readAll() });
  },
  discard(workbookId, key) {
    storage()?.removeItem(storageKey(workbookId, key));
    set({ drafts: readAll() });
  },
  reload: () => set({ drafts: readAll() }),
}));

export function draftFor(workbookId: string | undefined, key: string): Draft | undefined {
  if (!workbookId) return undefined;
  return useDrafts.getState().drafts.find((d) => d.workbookId === workbookId && d.key === key);
}
