import { rmSync } from 'node:fs';
import type { Kind } from '../../shared/model/kinds.js';
import { covers, dominates } from '../../shared/sync/versionVector.js';
import { applyChanges, type ApplyResult, type IncomingChange } from '../workbook/applyChanges.js';
import { backupWorkbook } from '../workbook/backup.js';
import type { Workbook } from '../workbook/workbook.js';
import { syncErrors } from './errors.js';
import { openSyncFile, verifyMac, type SyncLimits } from './fileFormat.js';
import { readPayload, type ReadPayload } from './payload.js';

export interface ImportOptions {
  readonly passphrase?: string;
  /** How the file is named in messages. */
  readonly what?: string;
  /** Work out what the import would do, then roll it back: the preview. */
  readonly dryRun?: boolean;
  /** Back up the workbook first (default). Only tests and the benchmark turn it off. */
  readonly backup?: boolean;
  readonly limits?: SyncLimits;
  readonly now?: () => Date;
}

export interface ImportReport extends ApplyResult {
  readonly sender: { readonly replicaId: string; readonly name: string };
  readonly full: boolean;
  readonly encrypted: boolean;
  readonly fileBytes: number;
  readonly createdAt: string;
  /** The backup made before the import, or null when nothing was to be applied (or in a dry run). */
  readonly backup: string | null;
  readonly dryRun: boolean;
}

/**
 * A sync file meant for this workbook, decrypted and authenticated with its
 * key. The changes are unpacked and checked only if the file has something
 * this workbook lacks: a file already imported is recognised by its header.
 */
export async function readSyncFileFor(wb: Workbook, bytes: Uint8Array, options: ImportOptions = {}): Promise<SyncFileFor> {
  const opened = await openSyncFile(bytes, { passphrase: options.passphrase, what: options.what, limits: options.limits });
  if (opened.header.workbookId !== wb.workbookId) throw syncErrors.otherWorkbook(opened.what, opened.header.workbookId);
  verifyMac(opened, wb.syncKey, options.limits);
  const held = wb.commands.lineage.localVector();
  if (dominates(held, opened.header.versionVector)) {
    return { ...opened.header, replicas: [], changes: [], fileBytes: opened.fileBytes, encrypted: opened.encrypted, what: opened.what, allHeld: true };
  }
  const payload = readPayload(opened, options.limits, (options.now?.() ?? new Date()).getTime());
  return { ...payload, what: opened.what, allHeld: false };
}

/** A file read for this workbook; `allHeld` when its header showed nothing new, and its changes were not read. */
export type SyncFileFor = ReadPayload & { readonly what: string; readonly allHeld: boolean };

/**
 * Imports a sync file: one transaction after a backup, so the workbook is
 * either as before or as after, whatever happens. The same file twice, or
 * files in any order, give the same workbook; a file that brings nothing new
 * changes nothing but the note of what its sender holds.
 */
export async function importSyncFile(wb: Workbook, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportReport> {
  return applySyncPayload(wb, await readSyncFileFor(wb, bytes, options), options);
}

export function applySyncPayload(
  wb: Workbook,
  payload: SyncFileFor,
  options: ImportOptions = {},
): ImportReport {
  const what = payload.what;
  const now = (options.now?.() ?? new Date()).toISOString();
  const store = wb.sync;
  const fromSelf = payload.sender.replicaId === wb.replicaId;
  const held = wb.commands.lineage.localVector();
  const fresh = payload.changes.filter((c) => !covers(held, c));
  checkNoGap(payload, fresh, held, what);
  const base = {
    sender: payload.sender,
    full: payload.full,
    encrypted: payload.encrypted,
    fileBytes: payload.fileBytes,
    createdAt: payload.createdAt,
    dryRun: options.dryRun === true,
  };

  const bookkeeping = () => {
    if (fromSelf) return;
    store.recordImportFrom(payload.sender.replicaId, payload.sender.name, payload.versionVector, now);
    for (const r of payload.replicas) if (r.name && r.id !== wb.replicaId && r.id !== payload.sender.replicaId) store.learnName(r.id, r.name);
  };

  if (fresh.length === 0) {
    if (!options.dryRun) wb.transaction(bookkeeping);
    return { ...base, ...nothingApplied(payload.changeCount), backup: null };
  }
  if (options.dryRun) {
    let result: ApplyResult | undefined;
    try {
      wb.transaction(() => {
        result = applyChanges(wb, fresh, now);
        throw new RollBack();
      });
    } catch (e) {
      if (!(e instanceof RollBack)) throw e;
    }
    return { ...base, ...result!, received: payload.changes.length, backup: null };
  }
  const backup = options.backup === false ? null : backupWorkbook(wb, 'import').path;
  let result: ApplyResult;
  try {
    result = wb.transaction(() => {
      const r = applyChanges(wb, fresh, now);
      bookkeeping();
      return r;
    });
  } catch (e) {
    // Refused half-way through (a dangling reference, say): the workbook is as it was, so the copy of it goes.
    if (backup) rmSync(backup, { force: true });
    throw e;
  }
  return { ...base, ...result, received: payload.changes.length, backup };
}

class RollBack extends Error {}

function nothingApplied(received: number): ApplyResult {
  return { received, applied: 0, created: 0, updated: 0, deleted: 0, restored: 0, byKind: {} as Partial<Record<Kind, number>>, newConflicts: 0 };
}

/**
 * A delta starts where its sender believed this replica stood. If it believed
 * more than is here (a file made for another installation, or this workbook
 * was restored from a backup since), changes in between are missing, and the
 * file's changes may build on them: refuse, and say how to get a file that
 * fits. A file that brings nothing new is let through: it changes nothing.
 */
function checkNoGap(payload: ReadPayload, fresh: readonly IncomingChange[], held: Readonly<Record<string, string>>, what: string): void {
  const since = payload.since;
  if (!since || fresh.length === 0) return;
  for (const [origin, assumed] of Object.entries(since)) {
    const have = held[origin];
    if (have === undefined || assumed > have) throw syncErrors.gap(what, payload.sender.name || payload.sender.replicaId);
  }
}
