import { applyChanges } from '../workbook/applyChanges.js';
import { createWorkbook, type OpenOptions } from '../workbook/open.js';
import type { Workbook } from '../workbook/workbook.js';
import { syncErrors } from './errors.js';
import { fileWhat, openSyncFile, verifyMac } from './fileFormat.js';
import { checkOrigins, storeOrigins } from './originCheck.js';
import { readPayload } from './payload.js';

export interface JoinOptions extends OpenOptions {
  readonly passphrase?: string;
  readonly replicaName?: string;
  readonly what?: string;
}

export interface JoinResult {
  readonly workbook: Workbook;
  readonly changes: number;
  readonly sender: { readonly replicaId: string; readonly name: string };
}

/**
 * "Bli med i en arbeidsbok": a new installation made from a full sync file.
 * It takes the workbook's id and key from the file and gets its own replica
 * id. The file's HMAC is checked with the key the file itself carries, which
 * catches damage but proves nothing about who made it: a full file is an
 * invitation, as secret as the channel it travels by (docs/sync.md), so send
 * it with a passphrase.
 */
export async function joinWorkbook(path: string, bytes: Uint8Array, options: JoinOptions = {}): Promise<JoinResult> {
  const what = fileWhat(options.what);
  const opened = await openSyncFile(bytes, { passphrase: options.passphrase, what: options.what });
  if (!opened.header.full) throw syncErrors.notFull(what);
  const payload = readPayload(opened);
  verifyMac(opened, payload.key!);
  const now = new Date().toISOString();
  const workbook = createWorkbook(path, {
    nativeBinding: options.nativeBinding,
    installations: options.installations,
    now: options.now,
    replicaName: options.replicaName,
    join: {
      workbookId: payload.workbookId,
      syncKey: payload.key!,
      populate: (wb) => {
        // The same check as an import: every change in an installation's name is signed by it.
        const batches = storeOrigins(wb, payload, checkOrigins(wb, payload, payload.changes, what));
        const applied = applyChanges(wb, payload.changes, now, batches);
        wb.exchanges.record({
          event: 'import', via: 'join', file: options.what ?? null, peerId: payload.sender.replicaId, peerName: payload.sender.name, full: true,
          encrypted: opened.encrypted, changes: payload.changeCount, applied: applied.applied, conflicts: applied.newConflicts, deleted: null, live: null,
        }, now);
        const store = wb.sync;
        store.recordImportFrom(payload.sender.replicaId, payload.sender.name, payload.versionVector, now);
        for (const r of payload.replicas) if (r.name && r.id !== payload.sender.replicaId) store.learnName(r.id, r.name);
      },
    },
  });
  return { workbook, changes: payload.changes.length, sender: payload.sender };
}
