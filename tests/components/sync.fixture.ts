import { vi } from 'vitest';
import type { ApiEnvelope, ApiResult, ProsjektbokaBridge } from '../../shared/api/contract';
import { useChanges } from '../../renderer/data/changes';
import { useHistory } from '../../renderer/data/history';
import { useSyncFocus } from '../../renderer/screens/sync/desktop';
import { useImportFlow, useSyncData } from '../../renderer/screens/sync/store';

/**
 * A fake window.prosjektboka for the Synkronisering page: two installations
 * heard of, open conflicts and backups as the real API reports them, and
 * spies on every sync call. Answers are envelopes, as the real bridge sends.
 */
export const HERE = '01900000-0000-7000-8000-00000000aaaa';
export const DRAMMEN = '01900000-0000-7000-8000-00000000bbbb';
export const ASKIM = '01900000-0000-7000-8000-00000000cccc';
export const RISK = '01900000-0000-7000-8000-000000000001';

type Status = ApiResult<'getSyncStatus'>;
type Conflict = ApiResult<'listConflicts'>[number];
type Report = ApiResult<'importSync'>;

export function status(overrides: Partial<Status> = {}): Status {
  return {
    workbookId: '01900000-0000-7000-8000-0000000000ff',
    replicaId: HERE,
    replicaName: 'Indre Østfold – Mysen bibliotek',
    changeCount: 763,
    versionVector: {},
    openConflicts: 0,
    backups: 1,
    lastBackupAt: '2026-11-20T09:15:00.000Z',
    lastExportAt: null,
    syncFolder: null,
    installationNotice: null,
    peers: [
      { replicaId: DRAMMEN, name: 'Drammen bibliotek', lastImportAt: '2026-11-20T09:15:00.000Z', lastExportAt: null, pendingForThem: 4 },
      { replicaId: ASKIM, name: 'Askim', lastImportAt: null, lastExportAt: null, pendingForThem: null },
    ],
    ...overrides,
  };
}

export function report(overrides: Partial<Report> = {}): Report {
  return {
    sender: { replicaId: DRAMMEN, name: 'Drammen bibliotek' },
    full: false,
    encrypted: false,
    fileBytes: 14_336,
    createdAt: '2026-11-26T17:46:00.000Z',
    received: 12,
    applied: 3,
    created: 1,
    updated: 1,
    deleted: 0,
    restored: 0,
    byKind: { risk: 2, meeting: 1 },
    newConflicts: 1,
    backup: null,
    dryRun: true,
    clockAhead: [],
    recoveredOwn: 0,
    stillMissing: [],
    tookKey: false,
    ...overrides,
  };
}

export function conflict(overrides: Partial<Conflict> = {}): Conflict {
  return {
    id: '8b538468-5c7e-878b-b00a-cd43bc28fc58',
    kind: 'risk',
    recordId: RISK,
    recordTitle: 'Tittel fra Mysen',
    field: 'title',
    longText: false,
    current: 'Tittel fra Mysen',
    other: 'Tittel fra Drammen',
    otherReplicaId: DRAMMEN,
    otherReplicaName: 'Drammen bibliotek',
    otherHlc: '0001795718795185-00000',
    detectedAt: '2026-11-26T17:47:00.000Z',
    ...overrides,
  };
}

const ok = <T,>(result: T): Promise<ApiEnvelope<T>> => Promise.resolve({ ok: true, result });
export const refuse = (code: string, message: string): Promise<ApiEnvelope<never>> =>
  Promise.resolve({ ok: false, error: { code, message, issues: [] } });

export interface FakeSync {
  state: { status: Status; conflicts: Conflict[]; backups: ApiResult<'listBackups'> };
  bridge: { [M in keyof ProsjektbokaBridge]: ReturnType<typeof vi.fn> };
}

export function installFakeSync(init: Partial<FakeSync['state']> = {}): FakeSync {
  const state: FakeSync['state'] = {
    status: status(),
    conflicts: [],
    backups: [{ name: 'mysen-20261120T091500000Z-import.prosjektboka', createdAt: '2026-11-20T09:15:00.000Z', bytes: 638_976, reason: 'import' }],
    ...init,
  };
  const info = () => ok({
    path: '/tmp/mysen.prosjektboka', fileName: 'mysen.prosjektboka', workbookId: state.status.workbookId, replicaId: HERE,
    replicaName: state.status.replicaName, lastChange: null, canSwitchWorkbook: false,
  });
  const bridge = {
    getWorkbookInfo: vi.fn(info),
    getSummary: vi.fn(() => refuse('not_needed', 'ikke i denne testen')),
    getSyncStatus: vi.fn(() => ok({ ...state.status, openConflicts: state.conflicts.length })),
    listConflicts: vi.fn(() => ok(state.conflicts.map((c) => ({ ...c })))),
    listBackups: vi.fn(() => ok(state.backups)),
    previewSync: vi.fn(() => ok(report())),
    importSync: vi.fn(() => ok(report({ dryRun: false, backup: '/tmp/.mysen.prosjektboka.backups/x.prosjektboka' }))),
    exportSync: vi.fn((args: { full?: boolean; passphrase?: string }) => ok({
      path: null, fileName: 'mysen-Indre-Østfold-Mysen-bibliotek.pbsync', changeCount: 763, bytes: 14_336,
      full: args.full === true, encrypted: Boolean(args.passphrase), contentBase64: 'AAEC',
    })),
    resolveConflict: vi.fn((args: { id: string }) => {
      const c = state.conflicts.find((x) => x.id === args.id)!;
      state.conflicts = state.conflicts.filter((x) => x !== c);
      return ok({ kind: c.kind, recordId: c.recordId, field: c.field, value: null });
    }),
    setReplicaName: vi.fn((args: { name: string }) => {
      state.status = { ...state.status, replicaName: args.name };
      return info();
    }),
    restoreBackup: vi.fn(info),
  } as unknown as FakeSync['bridge'];
  Object.defineProperty(window, 'prosjektboka', { value: bridge, configurable: true, writable: true });
  return { state, bridge };
}

/** Every test starts from an empty page: nothing loaded, no import under way, no notes in storage. */
export function resetSyncPage(): void {
  vi.restoreAllMocks();
  localStorage.clear();
  window.location.hash = '';
  useSyncData.setState({ status: undefined, conflicts: [], backups: [], loaded: false, error: undefined });
  useImportFlow.setState({ phase: { step: 'idle' }, imported: undefined, passphrase: '', waiting: [] });
  useSyncFocus.setState({ target: null, seq: 0 });
  useHistory.setState({ undoStep: null, redoStep: null, busy: false, notice: undefined });
  useChanges.setState({ versions: {}, records: {}, unlisted: {}, workbook: 0 });
}
