import { create } from 'zustand';
import type { Kind } from '../../../shared/model/kinds';

/** A record deleted from a list, shown where it was with «Angre» until it is back or dismissed. */
export interface Tombstone {
  readonly kind: Kind;
  readonly id: string;
  /** What the record is called: «Mål 3», «1. Bakgrunn». */
  readonly name: string;
  /** The delete's transaction: Angre is the workbook's undo while this is the window's last step. */
  readonly tx: string;
  /** The record shown before it when it was deleted (none: it was first). */
  readonly afterId: string | undefined;
  /** The list has been seen without the record (until then it is still on its way out). */
  readonly gone: boolean;
}

interface RecordUiState {
  /** Records open for editing (Rediger), by id. */
  editing: Readonly<Record<string, boolean>>;
  /** The record just made with «Legg til …»: it opens for editing with focus on its first field. */
  created: string | undefined;
  /** A record that should take focus on its Rediger button when it is shown (after Angre brought it back). */
  focusToggle: string | undefined;
  /** Each list's record ids in the order last shown, so a deleted record's place is known. */
  orders: Readonly<Record<string, readonly string[]>>;
  tombstones: Readonly<Record<string, readonly Tombstone[]>>;
  setEditing(id: string, on: boolean): void;
  markCreated(id: string): void;
  /** A record took the focus it was waiting for. */
  focused(id: string): void;
  setOrder(list: string, ids: readonly string[]): void;
  buried(list: string, stone: Omit<Tombstone, 'afterId' | 'gone'>): void;
  /** The list was shown without these deleted records. */
  sawGone(list: string, ids: readonly string[]): void;
  /** The tombstone goes (the record is back, or the user dismissed it); `back` asks focus for the record. */
  unbury(list: string, id: string, back: boolean): void;
  clearList(list: string): void;
}

/**
 * The editing state the shared record pattern keeps across reloads of a
 * screen's data (components/records/*): UI state only, never records.
 */
export const useRecordUi = create<RecordUiState>((set) => ({
  editing: {},
  created: undefined,
  focusToggle: undefined,
  orders: {},
  tombstones: {},
  setEditing: (id, on) => set((s) => ({ editing: { ...s.editing, [id]: on } })),
  markCreated: (id) => set((s) => ({ created: id, editing: { ...s.editing, [id]: true } })),
  focused: (id) => set((s) => ({
    created: s.created === id ? undefined : s.created,
    focusToggle: s.focusToggle === id ? undefined : s.focusToggle,
  })),
  setOrder: (list, ids) => set((s) => (same(s.orders[list], ids) ? s : { orders: { ...s.orders, [list]: ids } })),
  buried: (list, stone) => set((s) => {
    const order = s.orders[list] ?? [];
    const at = order.indexOf(stone.id);
    const afterId = at > 0 ? order[at - 1] : undefined;
    const others = (s.tombstones[list] ?? []).filter((t) => t.id !== stone.id);
    const editing = { ...s.editing };
    delete editing[stone.id];
    return { editing, tombstones: { ...s.tombstones, [list]: [...others, { ...stone, afterId, gone: false }] } };
  }),
  sawGone: (list, ids) => set((s) => ({
    tombstones: { ...s.tombstones, [list]: (s.tombstones[list] ?? []).map((t) => (ids.includes(t.id) ? { ...t, gone: true } : t)) },
  })),
  unbury: (list, id, back) => set((s) => ({
    tombstones: { ...s.tombstones, [list]: (s.tombstones[list] ?? []).filter((t) => t.id !== id) },
    focusToggle: back ? id : s.focusToggle,
  })),
  clearList: (list) => set((s) => {
    const tombstones = { ...s.tombstones };
    delete tombstones[list];
    return { tombstones };
  }),
}));

function same(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
}
