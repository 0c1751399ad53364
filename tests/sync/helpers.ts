import { join } from 'node:path';
import { dumpWorkbook } from '../../electron/workbook/dump.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { exportSyncFile, type ExportOptions } from '../../electron/sync/exportChanges.js';
import { importSyncFile, type ImportOptions, type ImportReport } from '../../electron/sync/importFile.js';
import { joinWorkbook } from '../../electron/sync/join.js';

/** Low scrypt work for tests: the format is the same, the wait is not. */
export const FAST_SCRYPT = 10;

/** A full file from `from`, joined as a new installation in `dir`. */
export async function joinFrom(from: Workbook, dir: string, name: string, replicaName = name): Promise<Workbook> {
  const file = await exportSyncFile(from, { full: true });
  const { workbook } = await joinWorkbook(join(dir, `${name}.prosjektboka`), file.bytes, { replicaName });
  return workbook;
}

/** One file from `from` (a delta for `to` unless said otherwise), imported by `to`. */
export async function send(from: Workbook, to: Workbook, options: ExportOptions = {}, importOptions: ImportOptions = {}): Promise<ImportReport> {
  const file = await exportSyncFile(from, { forReplica: options.full ? undefined : to.replicaId, ...options });
  return importSyncFile(to, file.bytes, { backup: false, ...importOptions });
}

export function dump(wb: Workbook): string {
  return dumpWorkbook(wb);
}
