import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { act } from '@testing-library/react';
import { isApiMethod } from '../../shared/api/contract';
import { dispatch } from '../../electron/api/dispatch.js';
import { createHandlers } from '../../electron/api/handlers.js';
import { WorkbookSession } from '../../electron/api/session.js';
import { createWorkbook } from '../../electron/workbook/open.js';
import { loadSeedPlan } from '../../electron/workbook/seed.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { listenToWorkbookChanges, useChanges } from '../../renderer/data/changes';
import { useDrafts } from '../../renderer/data/drafts';
import { useHistory } from '../../renderer/data/history';
import { useSaveStatus } from '../../renderer/data/saveStatus';
import { useWorkbookStore } from '../../renderer/stores/workbookStore';

export interface BridgeCall {
  method: string;
  args: Record<string, unknown>;
}

/**
 * A real workbook behind window.prosjektboka for the component tests: a
 * temporary file with the seed plan (or empty), the real API handlers and
 * dispatch, and every envelope passed through JSON as the web host sends it.
 * So a screen can only do what the contract and the command layer accept.
 * The page's change listener runs, so screens reload as in the app.
 */
export interface RealWorkbook {
  /** The workbook the handlers serve now (a backup restore reopens it). */
  readonly wb: Workbook;
  /** The id a seed key ("period.1", "risk.6") got. */
  id(key: string): string;
  readonly calls: BridgeCall[];
  callsOf(method: string): Record<string, unknown>[];
  /** The calls of a mutating method as the screen made them, without the history tag each carries. */
  writes(method: string): Record<string, unknown>[];
  /** Makes a later call of `method` fail as a full disk would. */
  failing: Set<string>;
  close(): void;
}

let open: RealWorkbook | undefined;

export interface RealWorkbookOptions {
  readonly empty?: boolean;
  /** This installation's name (default "Testmaskin"). */
  readonly replicaName?: string;
  /** The workbook's wall clock (tests of sync order edits by it). */
  readonly now?: () => number;
  /** Served as the desktop app serves it: files may be read by path. */
  readonly desktop?: boolean;
}

export function installRealWorkbook(options: RealWorkbookOptions = {}): RealWorkbook {
  open?.close();
  const dir = mkdtempSync(join(tmpdir(), 'prosjektboka-components-'));
  const openOptions = options.now ? { now: options.now } : {};
  const first = createWorkbook(join(dir, 'test.prosjektboka'), { ...openOptions, empty: true, replicaName: options.replicaName ?? 'Testmaskin' });
  const ids = options.empty ? new Map<string, string>() : first.transaction(() => loadSeedPlan(first));
  const session = new WorkbookSession(first, { canSwitch: options.desktop === true, open: openOptions });
  const handlers = createHandlers(session);
  const calls: BridgeCall[] = [];
  const failing = new Set<string>();
  // Only the contract's methods, as the web host's bridge has: no desktop events, nothing else a screen might probe for.
  const bridge = new Proxy({}, {
    get: (_target, method: string) => !isApiMethod(method) ? undefined : async (args: unknown) => {
      const wire = JSON.parse(JSON.stringify(args ?? {})) as Record<string, unknown>;
      calls.push({ method, args: wire });
      if (failing.has(method)) return { ok: false, error: { code: 'test_failure', message: 'Disken er full.', issues: [] } };
      return JSON.parse(JSON.stringify(await dispatch(handlers, method, wire))) as unknown;
    },
  });
  Object.defineProperty(window, 'prosjektboka', { value: bridge, configurable: true, writable: true });
  useHistory.setState({ undoStep: null, redoStep: null, busy: false, notice: undefined });
  useChanges.setState({ versions: {}, records: {}, unlisted: {}, workbook: 0 });
  useSaveStatus.setState({ status: { state: 'idle' }, pending: 0 });
  localStorage.clear();
  useDrafts.getState().reload();
  const stop = listenToWorkbookChanges({ timeoutMs: 5_000 });
  // As the app does on start: which workbook is open (drafts are kept per workbook).
  useWorkbookStore.setState({ info: undefined, summary: undefined, loaded: false, error: undefined });
  void useWorkbookStore.getState().load();
  const real: RealWorkbook = {
    get wb() {
      return session.workbook;
    },
    id: (key) => {
      const id = ids.get(key);
      if (!id) throw new Error(`no seed record ${key}`);
      return id;
    },
    calls,
    callsOf: (method) => calls.filter((c) => c.method === method).map((c) => c.args),
    writes: (method) => calls.filter((c) => c.method === method).map(({ args: { history: _history, ...rest } }) => rest),
    failing,
    close: () => {
      stop();
      session.close();
      rmSync(dir, { recursive: true, force: true });
      if (open === real) open = undefined;
    },
  };
  open = real;
  return real;
}

/** Closes the workbook of the last test (call in afterEach). */
export function closeRealWorkbook(): void {
  open?.close();
}

/** Lets the page hear of the changes committed so far and reload what it shows. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 30));
  });
}
