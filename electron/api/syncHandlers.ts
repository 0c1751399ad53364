import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ApiArgs, ApiMethod, ApiResult } from '../../shared/api/contract.js';
import type { SYNC_API } from '../../shared/api/syncContract.js';
import { WorkbookError } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';
import { listConflicts } from '../sync/conflicts.js';
import { exportSyncFile } from '../sync/exportChanges.js';
import { SYNC_EXTENSION } from '../sync/fileFormat.js';
import { applySyncPayload, importSyncFile, readSyncFileFor } from '../sync/importFile.js';
import { joinWorkbook } from '../sync/join.js';
import { readSyncInput } from '../sync/readSyncInput.js';
import { syncStatus } from '../sync/status.js';
import { exchangeWithFolder } from '../sync/syncFolder.js';
import { listBackups, restoreBackup } from '../workbook/backup.js';
import { PreviewTokens } from './previewTokens.js';
import type { WorkbookSession } from './session.js';

type SyncMethod = keyof typeof SYNC_API & ApiMethod;
type SyncHandlers = { [M in SyncMethod]: (args: ApiArgs<M>) => ApiResult<M> | Promise<ApiResult<M>> };

function requireFileAccess(canChooseFiles: boolean): void {
  if (!canChooseFiles) {
    throw new WorkbookError('not_available', msg('api.no_disk'));
  }
}

type SyncFileArgs = { contentBase64?: string; path?: string; fileName?: string };

/**
 * A sync file's bytes from the API's arguments: its content, or (only where
 * the transport may choose files, the desktop app) its path. Also used by the
 * desktop worker to join a workbook before any is open.
 */
export async function syncFileBytes(args: SyncFileArgs, canChooseFiles: boolean): Promise<{ bytes: Buffer; what: string | undefined }> {
  if (args.path !== undefined) {
    requireFileAccess(canChooseFiles);
    return { bytes: await readSyncInput(args.path), what: args.fileName ?? basename(args.path) };
  }
  if (args.contentBase64 === undefined) throw new WorkbookError('usage', msg('api.sync_file_needed'));
  return { bytes: Buffer.from(args.contentBase64, 'base64'), what: args.fileName };
}

/** The sync methods of the API: thin calls into electron/sync. */
export function createSyncHandlers(session: WorkbookSession, previews = new PreviewTokens()): SyncHandlers {
  const wb = () => session.workbook;
  const desktopOnly = () => requireFileAccess(session.canChooseFiles);
  const fileBytes = (args: SyncFileArgs) => syncFileBytes(args, session.canChooseFiles);
  return {
    getSyncStatus: () => syncStatus(wb()),
    exportSync: async ({ path, full, forReplica, passphrase }) => {
      if (path !== undefined) desktopOnly();
      const fileName = path ? basename(path) : `${basename(wb().path).replace(/\.[^.]*$/, '')}-${wb().replicaName.replace(/[^\p{L}\p{N}]+/gu, '-')}${SYNC_EXTENSION}`;
      const file = await exportSyncFile(wb(), { full, forReplica, passphrase, what: fileName });
      if (path) {
        // Whole or not at all: a half-written file on a USB stick would be refused as truncated.
        const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
        try {
          writeFileSync(tmp, file.bytes);
          renameSync(tmp, path);
        } finally {
          rmSync(tmp, { force: true });
        }
      }
      return {
        path: path ?? null,
        fileName,
        changeCount: file.changeCount,
        bytes: file.bytes.length,
        full: file.full,
        encrypted: file.encrypted,
        ...(path ? {} : { contentBase64: file.bytes.toString('base64') }),
      };
    },
    previewSync: async (args) => {
      const { bytes, what } = await fileBytes(args);
      const workbook = wb();
      const payload = await readSyncFileFor(workbook, bytes, { passphrase: args.passphrase, what });
      const report = applySyncPayload(workbook, payload, { what, dryRun: true });
      return { ...report, token: previews.put(workbook, { payload, what }) };
    },
    importSync: async (args) => {
      const { token, allowMassDeletion } = args;
      if (token !== undefined) {
        if (args.contentBase64 !== undefined || args.path !== undefined) throw new WorkbookError('usage', msg('api.preview_token_and_file'));
        const workbook = wb();
        const { payload, what } = previews.get(token, workbook);
        const report = applySyncPayload(workbook, payload, { what: args.fileName ?? what, allowMassDeletion });
        previews.drop(token);
        return report;
      }
      const { bytes, what } = await fileBytes(args);
      return importSyncFile(wb(), bytes, { passphrase: args.passphrase, what, allowMassDeletion });
    },
    joinWorkbook: async ({ path, contentBase64, sourcePath, fileName, passphrase, replicaName }) => {
      desktopOnly();
      const { bytes, what } = await fileBytes({ contentBase64, path: sourcePath, fileName });
      const joined = await joinWorkbook(path, bytes, { ...session.openOptions, passphrase, replicaName, what });
      return session.adopt(joined.workbook);
    },
    listConflicts: () => listConflicts(wb()),
    resolveConflict: ({ id, keep, value, history }) => {
      if (keep === undefined && value === undefined) throw new WorkbookError('usage', msg('conflict.choose'));
      const { result, tx } = wb().history.run(history, () => wb().commands.resolveConflict(id, keep !== undefined ? { keep } : { value }));
      return { ...result, tx };
    },
    listBackups: () => listBackups(wb().path).map(({ name, createdAt, bytes, reason }) => ({ name, createdAt, bytes, reason })),
    listExchanges: ({ limit }) => ({ entries: wb().exchanges.list(limit ?? 100), heldBack: wb().exchanges.heldBack() }),
    restoreBackup: ({ name }) => session.reopenAfter((path) => void restoreBackup(path, name, session.openOptions)),
    setReplicaName: ({ name }) => {
      wb().setReplicaName(name);
      return session.info();
    },
    setSyncFolder: ({ path }) => {
      desktopOnly();
      if (path !== null && !statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
        throw new WorkbookError('not_found', msg('api.folder_not_found', { path }));
      }
      wb().transaction(() => wb().sync.setSetting('folder', path));
      return syncStatus(wb());
    },
    exchangeSyncFolder: async ({ passphrase }) => {
      desktopOnly();
      const dir = wb().sync.setting('folder');
      if (!dir) throw new WorkbookError('not_found', msg('api.no_sync_folder'));
      const r = await exchangeWithFolder(wb(), dir, { passphrase });
      return { imported: r.imported.map((i) => ({ file: i.file, report: i.report, ...(i.note ? { note: i.note } : {}) })), skipped: [...r.skipped], heldBack: [...r.heldBack], written: r.written };
    },
  };
}
