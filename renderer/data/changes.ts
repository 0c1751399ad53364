import { create } from 'zustand';
import type { Kind } from '../../shared/model/kinds';

interface ChangeState {
  versions: Partial<Record<Kind, number>>;
  bump(kinds: readonly Kind[]): void;
}

/**
 * A counter per kind of record, bumped after every write, undo and redo, so
 * each area's store reloads exactly the kinds it shows.
 */
export const useChanges = create<ChangeState>((set) => ({
  versions: {},
  bump: (kinds) =>
    set((s) => {
      const versions = { ...s.versions };
      for (const k of kinds) versions[k] = (versions[k] ?? 0) + 1;
      return { versions };
    }),
}));

/** Re-renders when records of any of these kinds change; use it as an effect dependency. */
export function useKindsVersion(...kinds: Kind[]): string {
  return useChanges((s) => kinds.map((k) => s.versions[k] ?? 0).join('.'));
}
