import { create } from 'zustand';
import type { WorkbookChangeView } from '../../shared/api/historyContract';
import { KIND_NAMES, type Kind } from '../../shared/model/kinds';
import { call } from '../api/client';

interface ChangeState {
  /** A counter per kind of record, bumped when the workbook says records of that kind changed. */
  versions: Partial<Record<Kind, number>>;
  /** A counter per record ("kind id"), for screens that show one record. */
  records: Readonly<Record<string, number>>;
  /** Per kind: changes too many to list by id (or everything), which every record of the kind must assume. */
  unlisted: Partial<Record<Kind, number>>;
  /** Bumped when something besides records changed (the installation's name, sync settings, conflicts). */
  workbook: number;
  apply(change: Pick<WorkbookChangeView, 'records' | 'workbook'>): void;
  /** Everything may have changed: another workbook, a restored backup, missed events. */
  bumpAll(): void;
  /** Compatibility for callers that know what they changed; the workbook's events say it too. */
  bump(kinds: readonly Kind[]): void;
}

/**
 * What changed in the workbook, as its change events say (waitForChanges):
 * every committed transaction, whoever made it (this window, another, a sync
 * import, the CLI). Each area's store reloads exactly the kinds it shows.
 */
export const useChanges = create<ChangeState>((set) => ({
  versions: {},
  records: {},
  unlisted: {},
  workbook: 0,
  apply: (change) =>
    set((s) => {
      const versions = { ...s.versions };
      const records = { ...s.records };
      const unlisted = { ...s.unlisted };
      for (const { kind, ids } of change.records) {
        versions[kind] = (versions[kind] ?? 0) + 1;
        if (ids === null) unlisted[kind] = (unlisted[kind] ?? 0) + 1;
        for (const id of ids ?? []) records[`${kind} ${id}`] = (records[`${kind} ${id}`] ?? 0) + 1;
      }
      return { versions, records, unlisted, workbook: change.workbook ? s.workbook + 1 : s.workbook };
    }),
  bumpAll: () =>
    set((s) => {
      const bumped = (m: Partial<Record<Kind, number>>) => Object.fromEntries(KIND_NAMES.map((k) => [k, (m[k] ?? 0) + 1]));
      return { versions: bumped(s.versions), unlisted: bumped(s.unlisted), workbook: s.workbook + 1 };
    }),
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

/** Re-renders when one record changes (its kind's other records do not count). */
export function useRecordVersion(kind: Kind, id: string | undefined): string {
  return useChanges((s) => `${id ? (s.records[`${kind} ${id}`] ?? 0) : 0}.${s.unlisted[kind] ?? 0}`);
}

/** Re-renders when something besides records changed. */
export function useWorkbookVersion(): number {
  return useChanges((s) => s.workbook);
}

const RETRY_MS = 2_000;

/**
 * Listens to the workbook's change events for as long as the page lives:
 * one waitForChanges at a time, each answered when a commit lands (or after
 * a quiet while, to ask again). Missed events (the host restarted, another
 * workbook) mean every screen reloads. Returns the function that stops it.
 */
export function listenToWorkbookChanges(options: { timeoutMs?: number } = {}): () => void {
  let stopped = false;
  let cursor = -1;
  let epoch: string | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const loop = async () => {
    while (!stopped) {
      try {
        const answer = await call('waitForChanges', { after: cursor, ...(epoch ? { epoch } : {}), timeoutMs: options.timeoutMs ?? 25_000 });
        if (stopped) return;
        const first = cursor < 0;
        cursor = answer.cursor;
        epoch = answer.epoch;
        if (answer.reset && !first) useChanges.getState().bumpAll();
        for (const change of answer.changes) useChanges.getState().apply(change);
      } catch {
        // The host is away (restarting, the worker between workbooks): try again shortly, then reload what missed.
        if (stopped) return;
        await new Promise<void>((r) => (retry = setTimeout(r, RETRY_MS)));
      }
    }
  };
  void loop();
  return () => {
    stopped = true;
    if (retry !== undefined) clearTimeout(retry);
  };
}
