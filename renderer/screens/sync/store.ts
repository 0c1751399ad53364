import { create } from 'zustand';
import type { ApiResult } from '../../../shared/api/contract';
import { ApiError, call } from '../../api/client';
import { useChanges } from '../../data/changes';
import { useHistory } from '../../data/history';
import { nameInstallation, resolveConflict as resolveAsStep } from '../../data/mutations';
import { createLoadedStore } from '../../data/loadedStore';
import { useWorkbookStore } from '../../stores/workbookStore';

export type SyncStatus = ApiResult<'getSyncStatus'>;
export type Conflict = ApiResult<'listConflicts'>[number];
export type Backup = ApiResult<'listBackups'>[number];
export type ImportReport = ApiResult<'importSync'>;
export type PreviewReport = ApiResult<'previewSync'>;
export type ExportResult = ApiResult<'exportSync'>;
export type Exchanges = ApiResult<'listExchanges'>;
export type ExchangeEntry = Exchanges['entries'][number];
export type HeldBackFile = Exchanges['heldBack'][number];

export function errorText(e: unknown): string {
  // The API's messages are Norwegian already; they are shown as they come.
  return e instanceof Error ? e.message : String(e);
}

/**
 * Sync's writes, other than settling a conflict, do not go through
 * data/mutations.ts: none of them can be taken back with Angre (an import is
 * undone by restoring its backup), and each says what it did on the page
 * itself. Every screen showing what changed reloads on the workbook's change
 * events, which every commit sends.
 */

/**
 * What the Synkronisering page shows: this installation and the others, open
 * conflicts, backups, and the exchange history with the sync folder's files
 * held back (kept in the workbook, per installation: electron/workbook/exchangeLog.ts).
 */
export const useSyncData = createLoadedStore(
  {
    status: undefined as SyncStatus | undefined, conflicts: [] as Conflict[], backups: [] as Backup[],
    exchanges: { entries: [], heldBack: [] } as Exchanges,
  },
  async () => {
    const [status, conflicts, backups, exchanges] = await Promise.all([
      call('getSyncStatus', {}), call('listConflicts', {}), call('listBackups', {}), call('listExchanges', { limit: HISTORY_SHOWN }),
    ]);
    forgetPageNotes(status.workbookId);
    return { status, conflicts, backups, exchanges };
  },
);

/** How many exchanges the history shows. */
export const HISTORY_SHOWN = 50;

/**
 * Before schema 15 the page kept its own notes of exchanges in the browser's
 * storage; the workbook keeps the history now, and those notes go.
 */
function forgetPageNotes(workbookId: string): void {
  try {
    globalThis.localStorage?.removeItem(`prosjektboka.syncLog.${workbookId}`);
  } catch {
    // Storage refused (a private window): there is nothing of ours in it.
  }
}

async function reload(): Promise<void> {
  await useSyncData.getState().load();
}

export async function renameInstallation(name: string): Promise<void> {
  await nameInstallation(name);
  await Promise.all([reload(), useWorkbookStore.getState().load()]);
}

/** Makes a sync file; the page offers it as a download. */
export async function makeSyncFile(options: { recipient: string; passphrase: string }): Promise<ExportResult> {
  const full = options.recipient === FULL_FILE;
  const result = await call('exportSync', {
    ...(full ? { full: true } : {}),
    ...(options.recipient && !full ? { forReplica: options.recipient } : {}),
    ...(options.passphrase ? { passphrase: options.passphrase } : {}),
  });
  // The workbook noted it in its history; the page shows that after the reload.
  await reload();
  return result;
}

/** The recipient value that asks for a full file (for a new installation). */
export const FULL_FILE = '__full__';

/** Settles a conflict as a step Angre can take back (the conflict opens again). */
export async function resolveConflict(
  conflict: Conflict, resolution: { keep: 'current' | 'other' } | { value: unknown }, label: string,
): Promise<void> {
  try {
    await resolveAsStep(conflict.id, resolution, label);
  } finally {
    await reload();
  }
}

export async function restoreBackup(name: string): Promise<void> {
  try {
    await call('restoreBackup', { name });
  } finally {
    // The workbook was reopened as it was then: every screen starts over, and its history is a new one.
    void useHistory.getState().load();
    useChanges.getState().bumpAll();
    await Promise.all([reload(), useWorkbookStore.getState().load()]);
  }
}

export async function exchangeWithSyncFolder(): Promise<ApiResult<'exchangeSyncFolder'>> {
  return call('exchangeSyncFolder', {});
}

/**
 * A sync file chosen, dropped or handed over by the desktop app: by its path
 * where it has one (the desktop app; the API's worker reads it), else by its
 * content (the web host's page).
 */
export type ChosenFile =
  | { readonly name: string; readonly path: string; readonly base64?: undefined }
  | { readonly name: string; readonly base64: string; readonly path?: undefined };

export type ImportPhase =
  | { readonly step: 'idle' }
  | { readonly step: 'reading'; readonly name: string }
  | { readonly step: 'previewing'; readonly file: ChosenFile }
  /** `report.token` names the file as read for the preview: «Les inn» applies that, without sending the file again. */
  | { readonly step: 'preview'; readonly file: ChosenFile; readonly report: PreviewReport }
  /**
   * The file could not be read, previewed or imported; `code` is the API's
   * (importFailure.ts says what it calls for). The file is kept for another try.
   */
  | { readonly step: 'failed'; readonly file?: ChosenFile; readonly message: string; readonly code?: string }
  | { readonly step: 'importing'; readonly file: ChosenFile; readonly report: PreviewReport };

interface ImportFlow {
  phase: ImportPhase;
  /** The last import, said on the page until the next one. */
  imported?: { readonly file: ChosenFile; readonly report: ImportReport };
  passphrase: string;
  /** Files the desktop app handed over while another was being previewed. */
  waiting: ChosenFile[];
  setPassphrase(passphrase: string): void;
  reading(name: string): void;
  readFailed(name: string, message: string): void;
  /** Previews a file: what importing it would do. Nothing is changed. */
  choose(file: ChosenFile): Promise<void>;
  /** A file from the desktop app: previewed now, or after the one on screen. */
  receive(file: ChosenFile): void;
  retry(): Promise<void>;
  apply(): Promise<void>;
  cancel(): void;
}

const fileArgs = (file: ChosenFile, passphrase: string) => ({
  ...(file.path !== undefined ? { path: file.path } : { contentBase64: file.base64 }),
  fileName: file.name,
  ...(passphrase ? { passphrase } : {}),
});

const failed = (file: ChosenFile, e: unknown): ImportPhase => ({
  step: 'failed', file, message: errorText(e), ...(e instanceof ApiError ? { code: e.code } : {}),
});

const busy = (phase: ImportPhase) => phase.step === 'previewing' || phase.step === 'preview' || phase.step === 'importing';

/** "Les inn synkfil": choose → preview → apply or cancel. */
export const useImportFlow = create<ImportFlow>((set, get) => {
  const next = () => {
    const [file, ...rest] = get().waiting;
    if (file) {
      set({ waiting: rest });
      void get().choose(file);
    }
  };
  return {
    phase: { step: 'idle' },
    passphrase: '',
    waiting: [],
    setPassphrase: (passphrase) => set({ passphrase }),
    reading: (name) => set({ phase: { step: 'reading', name } }),
    readFailed: (_name, message) => set({ phase: { step: 'failed', message } }),
    async choose(file) {
      set({ phase: { step: 'previewing', file } });
      try {
        const report = await call('previewSync', fileArgs(file, get().passphrase));
        set({ phase: { step: 'preview', file, report } });
      } catch (e) {
        set({ phase: failed(file, e) });
      }
    },
    receive(file) {
      if (busy(get().phase)) set((s) => ({ waiting: [...s.waiting, file] }));
      else void get().choose(file);
    },
    async retry() {
      const phase = get().phase;
      if (phase.step === 'failed' && phase.file) await get().choose(phase.file);
    },
    async apply() {
      const phase = get().phase;
      if (phase.step !== 'preview') return;
      const { file } = phase;
      set({ phase: { step: 'importing', file, report: phase.report } });
      try {
        // The preview showed the mass deletion and asked (ImportNotes); "Les inn" after it is the person's yes.
        // The file as the preview read it (the token), so it is not sent, decrypted and parsed again.
        // An expired preview is refused by name (ImportFailure); «Prøv igjen» previews the file anew.
        const report = await call('importSync', { token: phase.report.token, fileName: file.name, allowMassDeletion: phase.report.massDeletion !== null });
        // The passphrase is for this file only.
        set({ phase: { step: 'idle' }, imported: { file, report }, passphrase: '' });
      } catch (e) {
        set({ phase: failed(file, e) });
      } finally {
        await reload();
      }
      next();
    },
    cancel() {
      set({ phase: { step: 'idle' }, passphrase: '' });
      next();
    },
  };
});
