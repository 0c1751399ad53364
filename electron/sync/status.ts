import type { z } from 'zod';
import type { syncStatusSchema } from '../../shared/api/syncContract.js';
import { listBackups } from '../workbook/backup.js';
import { installationNotice } from '../workbook/installation.js';
import type { Workbook } from '../workbook/workbook.js';

/** What `sync status` and the API's getSyncStatus report (shared/api/syncContract.ts). */
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export function syncStatus(wb: Workbook): SyncStatus {
  const store = wb.sync;
  const held = wb.commands.lineage.localVector();
  const origins = Object.keys(held);
  const backups = listBackups(wb.path);
  return {
    workbookId: wb.workbookId,
    replicaId: wb.replicaId,
    replicaName: wb.replicaName,
    changeCount: wb.changes.count(),
    versionVector: { ...held },
    openConflicts: wb.conflicts.countOpen(),
    backups: backups.length,
    lastBackupAt: backups[0]?.createdAt ?? null,
    lastExportAt: store.setting('lastExportAt') ?? null,
    syncFolder: store.setting('folder') ?? null,
    installationNotice: installationNotice(wb),
    peers: store
      .peers()
      .filter((p) => p.replicaId !== wb.replicaId)
      .map((p) => ({
        replicaId: p.replicaId,
        name: p.name,
        lastImportAt: p.lastImportAt,
        lastExportAt: p.lastExportAt,
        pendingForThem: p.versionVector ? store.countSince(p.versionVector, origins) : null,
      })),
  };
}
