import { useEffect } from 'react';
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Kind } from '../../shared/model/kinds';
import { errorMessage } from '../api/client';
import { useKindsVersion, useWorkbookVersion } from './changes';

/** What every loading store has besides its data. */
export interface LoadState {
  /** The first answer has arrived (the data may be from before a later failure). */
  loaded: boolean;
  /** Why the last load failed; the screen says it instead of "loading" forever. */
  error: string | undefined;
  load(): Promise<void>;
}

export type LoadedStore<T extends object> = UseBoundStore<StoreApi<T & LoadState>>;

/**
 * A store of data read from the workbook, made one way for every screen:
 * `fetch` reads it all; a load that a newer one overtook is dropped, so a
 * slow old answer never replaces a newer one; a failed load keeps what was
 * shown and says why.
 */
export function createLoadedStore<T extends object>(initial: T, fetch: () => Promise<T>): LoadedStore<T> {
  let latest = 0;
  return create<T & LoadState>((set) => ({
    ...initial,
    loaded: false,
    error: undefined,
    async load() {
      const ticket = ++latest;
      try {
        const data = await fetch();
        if (ticket === latest) set({ ...data, loaded: true, error: undefined } as Partial<T & LoadState>);
      } catch (e) {
        if (ticket === latest) set({ error: errorMessage(e) } as Partial<T & LoadState>);
      }
    },
  }));
}

/**
 * The store's state, loaded when first used and again whenever the workbook
 * says records of these kinds changed (or, with `workbook`, anything else).
 */
export function useLoaded<T extends object>(store: LoadedStore<T>, kinds: readonly Kind[], options: { workbook?: boolean } = {}): T & LoadState {
  const state = store();
  const version = useKindsVersion(...kinds);
  const workbook = useWorkbookVersion();
  const { load } = state;
  const extra = options.workbook ? workbook : 0;
  useEffect(() => {
    void load();
  }, [load, version, extra]);
  return state;
}
