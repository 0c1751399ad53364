import { join } from 'node:path';
import { dumpWorkbook } from '../../electron/workbook/dump.js';
import type { OpenOptions } from '../../electron/workbook/open.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { exportSyncFile, type ExportOptions } from '../../electron/sync/exportChanges.js';
import { importSyncFile, type ImportOptions, type ImportReport } from '../../electron/sync/importFile.js';
import { joinWorkbook } from '../../electron/sync/join.js';
import { MAX_STAMPS_PER_BATCH, signStatement, stampDigest, stampLines, statement, type DigestedChange } from '../../electron/workbook/signatures.js';

/** Low scrypt work for tests: the format is the same, the wait is not. */
export const FAST_SCRYPT = 10;

/** A full file from `from`, joined as a new installation in `dir`. */
export async function joinFrom(from: Workbook, dir: string, name: string, replicaName = name, options: OpenOptions = {}): Promise<Workbook> {
  const file = await exportSyncFile(from, { full: true });
  const { workbook } = await joinWorkbook(join(dir, `${name}.prosjektboka`), file.bytes, { replicaName, ...options });
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

type PayloadChange = unknown[];
interface EditablePayload {
  replicas: { id: string; name: string; signingKey?: string }[];
  signatures?: { origin: number; stamps: string; signature: string }[];
  changes: PayloadChange[];
}

/**
 * Signs a payload's changes again, as each origin would have: what a forger
 * holding the origins' private keys could do. The bad-file corpus uses it to
 * reach the checks behind the signatures (a dangling reference in a file
 * that is properly signed).
 */
export function resign(payload: EditablePayload, workbookId: string, signers: readonly Workbook[]): void {
  const keys = new Map(signers.map((wb) => [wb.replicaId, wb.secrets().signingKey]));
  const groups = new Map<string, { origin: number; hlc: string; changes: DigestedChange[] }>();
  for (const c of payload.changes) {
    if (!Array.isArray(c) || c.length < 6) continue;
    const [kind, recordId, field, hlc, origin, value, prev] = c as [string, string, string, string, number, unknown, [string, number][] | undefined];
    const replicaId = payload.replicas[origin]?.id;
    if (!replicaId || !keys.has(replicaId)) continue;
    const key = `${origin} ${hlc}`;
    const group = groups.get(key) ?? { origin, hlc, changes: [] };
    const prevText = prev && prev.length > 0 ? prev.map(([h, i]) => `${h} ${payload.replicas[i]?.id}`).join(',') : null;
    group.changes.push({ kind, recordId, field, valueJson: JSON.stringify(value), prev: prevText });
    groups.set(key, group);
  }
  const byOrigin = new Map<number, { hlc: string; digest: string }[]>();
  for (const g of groups.values()) {
    const list = byOrigin.get(g.origin) ?? [];
    list.push({ hlc: g.hlc, digest: stampDigest(g.changes) });
    byOrigin.set(g.origin, list);
  }
  payload.signatures = [];
  for (const [origin, entries] of byOrigin) {
    entries.sort((a, b) => (a.hlc < b.hlc ? -1 : 1));
    const replicaId = payload.replicas[origin]!.id;
    for (let i = 0; i < entries.length; i += MAX_STAMPS_PER_BATCH) {
      const lines = stampLines(entries.slice(i, i + MAX_STAMPS_PER_BATCH));
      payload.signatures.push({ origin, stamps: lines, signature: signStatement(keys.get(replicaId)!, statement(workbookId, replicaId, lines)) });
    }
  }
}
