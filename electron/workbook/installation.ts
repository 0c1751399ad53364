import Database from 'better-sqlite3';
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { decodeStamps, encodeStamps, type Stamp } from '../../shared/sync/stamps.js';
import { generateSigningKey } from './signatures.js';
import { DELETED_FIELD } from './changeLog.js';
import type { InstallationSecrets } from './installationStore.js';
import type { Workbook } from './workbook.js';
import type { Kind } from '../../shared/model/kinds.js';
import { msg } from '../../shared/messages/catalogue.js';
import type { MessageText } from '../../shared/messages/format.js';

/**
 * Why a workbook file stopped being the installation it was (docs/sync.md, "Copies"):
 *  - copied: this machine uses another file as that installation, and it still exists;
 *  - restored: the file is older than what this machine last wrote in it (put back from a copy or backup);
 *  - new-machine: this machine has no record of the installation (the file was copied or moved here);
 *  - upgraded: a workbook from before signed origins, opened for the first time.
 */
export type InstallationChangeReason = 'copied' | 'restored' | 'new-machine' | 'upgraded';

/** What the user is told, in one sentence, once a workbook became a new installation. */
export interface InstallationNotice {
  readonly reason: InstallationChangeReason;
  readonly formerReplicaId: string;
  readonly at: string;
}

const NOTICE_KEY = 'installation_notice';
const FORMER_KEY = 'former_replica_ids';

/**
 * On open: whether this file is still the installation this machine knows.
 * Something the file alone cannot carry decides: this machine's record of the
 * installation (electron/workbook/installationStore.ts), with the path it was
 * used at and the latest stamp it wrote there. A copy, a file put back from
 * an ordinary backup, or a file moved from another machine becomes a new
 * installation before anything is written to it, so two files never write
 * under one installation id; nothing is lost, the copy carries everything it
 * had, and re-issues under its new id what the original had not yet sent.
 * The change is made by the file's first write (Workbook.deferInstallationChange).
 */
export function checkInstallation(wb: Workbook, nativeBinding?: string): void {
  const path = canonicalPath(wb.path);
  const record = wb.installations.get(wb.replicaId);
  const legacyKey = metaValue(wb, 'sync_key');
  const becomeNew = (reason: InstallationChangeReason) => wb.deferInstallationChange(() => becomeNewInstallation(wb, reason));
  if (!record || record.workbookId !== wb.workbookId) {
    becomeNew(legacyKey ? 'upgraded' : 'new-machine');
    return;
  }
  if (record.path !== path && fileHoldsInstallation(record.path, wb.replicaId, nativeBinding)) {
    becomeNew('copied');
    return;
  }
  const own = ownLatest(wb, wb.replicaId);
  if (record.ownLatest !== null && (own === null || own < record.ownLatest)) {
    becomeNew('restored');
    return;
  }
  // Moved on this machine: the same installation at a new path.
  if (record.path !== path) wb.installations.save({ ...record, path });
  if (legacyKey) {
    // A key left in the file by an older version (a file put back by hand): the record keeps it, the file does not.
    if (wb.installations.canOpen(record) && !wb.installations.open(record).syncKey) adoptSyncKey(wb, legacyKey);
    wb.deferInstallationChange(() => wb.setMetaValue('sync_key', null));
  }
}

/** The record of a workbook being created (or joined), written before its file is linked into place. */
export function recordNewInstallation(
  wb: Workbook,
  finalPath: string,
  secrets: { readonly syncKey: string; readonly privateKey: string; readonly publicKey: string },
): void {
  wb.signatures.learnKey(wb.replicaId, secrets.publicKey);
  wb.installations.save({
    workbookId: wb.workbookId,
    replicaId: wb.replicaId,
    path: canonicalPath(finalPath),
    ownLatest: ownLatest(wb, wb.replicaId),
    secrets: wb.installations.seal({ syncKey: secrets.syncKey, signingKey: secrets.privateKey }),
  });
}

/**
 * Makes this workbook a new installation: a new id and signing key, the sync
 * key carried over where this machine has it, and the former installation's
 * changes that never left it (no batch signs them) re-issued under the new id.
 * The record is written inside the transaction, so a failure leaves both as they were.
 */
export function becomeNewInstallation(wb: Workbook, reason: InstallationChangeReason): InstallationNotice {
  const formerId = wb.replicaId;
  const formerRecord = wb.installations.get(formerId);
  const legacyKey = metaValue(wb, 'sync_key');
  let syncKey = legacyKey;
  if (!syncKey && formerRecord && formerRecord.workbookId === wb.workbookId && wb.installations.canOpen(formerRecord)) {
    syncKey = wb.installations.open(formerRecord).syncKey;
  }
  const keys = generateSigningKey();
  const replicaId = uuidv7();
  const notice: InstallationNotice = { reason, formerReplicaId: formerId, at: new Date(wb.now()).toISOString() };
  const signatures = wb.signatures;
  wb.transaction(() => {
    const formerKeyed = signatures.publicKey(formerId) !== undefined;
    wb.adoptReplicaId(replicaId);
    signatures.learnKey(replicaId, keys.publicKey);
    setMeta(wb, FORMER_KEY, JSON.stringify([...formerReplicaIds(wb), formerId]));
    setMeta(wb, NOTICE_KEY, JSON.stringify(notice));
    // The key leaves the file: from now on it is kept in this machine's record only.
    wb.setMetaValue('sync_key', null);
    if (formerKeyed) reissueUnsent(wb, formerId, replicaId);
    const secrets: InstallationSecrets = { ...(syncKey ? { syncKey } : {}), signingKey: keys.privateKey };
    wb.installations.save({
      workbookId: wb.workbookId,
      replicaId,
      path: canonicalPath(wb.path),
      ownLatest: ownLatest(wb, replicaId),
      secrets: wb.installations.seal(secrets),
    });
  });
  // The former record stays: it still says where this machine used that installation, and holds the
  // sync key for any other old copy of it that turns up here.
  return notice;
}

/** The installation ids this workbook had before (copies, restores); their unsigned changes never leave it. */
export function formerReplicaIds(wb: Workbook): string[] {
  const text = metaValue(wb, FORMER_KEY);
  return text ? (JSON.parse(text) as string[]) : [];
}

/**
 * The former installations whose unsigned changes never leave this workbook:
 * those that had a key (only they could have signed them; they were re-issued
 * under the new id). A former installation from before signing had none, and
 * its changes travel as they are, as every installation's from then do.
 */
export function withheldOrigins(wb: Workbook): string[] {
  const keys = wb.signatures;
  return formerReplicaIds(wb).filter((id) => keys.publicKey(id) !== undefined);
}

export function installationNotice(wb: Workbook): InstallationNotice | null {
  const text = metaValue(wb, NOTICE_KEY);
  return text ? (JSON.parse(text) as InstallationNotice) : null;
}

/** The notice as a message (the CLI words it in its language; the app has its own in the i18n catalogues). */
export function describeInstallationNotice(n: InstallationNotice): MessageText {
  const d = new Date(n.at);
  const when = `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
  return msg('installation.notice', { when, reason: msg(NOTICE_REASONS[n.reason]) });
}

const NOTICE_REASONS = {
  copied: 'installation.notice_copied',
  restored: 'installation.notice_restored',
  'new-machine': 'installation.notice_new_machine',
  upgraded: 'installation.notice_upgraded',
} as const satisfies Record<InstallationChangeReason, string>;

/** A workbook without the sync key (moved from another machine) takes it from a full file of its workbook. */
export function adoptSyncKey(wb: Workbook, syncKey: string): void {
  const record = wb.installations.get(wb.replicaId);
  if (!record) return;
  const secrets = wb.installations.open(record);
  wb.installations.save({ ...record, secrets: wb.installations.seal({ ...secrets, syncKey }) });
}

/**
 * The former installation's changes that no batch signs never left it: only
 * it could have signed them, and it cannot any more (this is a copy, or it
 * moved). Each is written again under the new id with the same value,
 * superseding the original, and what it built on mapped to the re-issued
 * changes, so an installation that receives only the re-issues sees the same
 * history, and one that also receives the originals from the original file
 * sees the same values.
 */
function reissueUnsent(wb: Workbook, formerId: string, replicaId: string): void {
  const rows = wb.changes.unsignedOf(formerId);
  if (rows.length === 0) return;
  const stampFor = new Map<string, string>();
  const touched = new Map<string, { kind: Kind; fields: Set<string> }>();
  for (const r of rows) {
    let stamp = stampFor.get(r.hlc);
    if (!stamp) stampFor.set(r.hlc, (stamp = wb.nextStamp()));
    const original: Stamp = { hlc: r.hlc, replicaId: formerId };
    let prev: Stamp[];
    if (r.field === DELETED_FIELD) {
      // A delete's prev is what its author had seen: still all of it, and now the re-issues up to this one too.
      prev = [...decodeStamps(r.prev), { hlc: stamp, replicaId }];
    } else {
      const mapped = decodeStamps(r.prev).map((p) => {
        const again = p.replicaId === formerId ? stampFor.get(p.hlc) : undefined;
        return again ? { hlc: again, replicaId } : p;
      });
      prev = [...mapped, original];
    }
    wb.changes.append({ hlc: stamp, replicaId, kind: r.kind, recordId: r.recordId, field: r.field, value: JSON.parse(r.value) as unknown, prev: encodeStamps(prev) });
    const t = touched.get(r.recordId) ?? { kind: r.kind, fields: new Set<string>() };
    t.fields.add(r.field);
    touched.set(r.recordId, t);
  }
  // The originals stay behind in no file: kept here, they would make this workbook's fields differ from everyone's.
  wb.changes.dropStranded(formerId);
  const now = new Date(wb.now()).toISOString();
  for (const [id, t] of touched) wb.commands.settler.settle(t.kind, id, wb.commands.lineage.history(id).fields, t.fields, now);
}

/** The file as this machine names it: the real folder and the file's own name. */
export function canonicalPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

function fileHoldsInstallation(path: string, replicaId: string, nativeBinding: string | undefined): boolean {
  if (!existsSync(path)) return false;
  let db: Database.Database | undefined;
  try {
    // Not read-only: a read-only connection to a WAL file leaves its -wal and -shm behind it. Nothing is written.
    db = new Database(path, { fileMustExist: true, nativeBinding });
    const row = db.prepare("SELECT value FROM meta WHERE key = 'replica_id'").get() as { value: string } | undefined;
    return row?.value === replicaId;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

function ownLatest(wb: Workbook, replicaId: string): string | null {
  return wb.changes.latestStampOf(replicaId);
}

function metaValue(wb: Workbook, key: string): string | undefined {
  return wb.metaValue(key);
}

function setMeta(wb: Workbook, key: string, value: string): void {
  wb.setMetaValue(key, value);
}
