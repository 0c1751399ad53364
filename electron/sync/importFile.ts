import type { MessageParam } from '../../shared/messages/format.js';
import { rmSync } from 'node:fs';
import { isWorkbookError } from '../../shared/errors.js';
import type { Kind } from '../../shared/model/kinds.js';
import { MAX_CLOCK_LEAD_MS, decodeHlc } from '../../shared/rules/hlc.js';
import { covers, dominates, type VersionVector } from '../../shared/sync/versionVector.js';
import { applyChanges, type ApplyResult, type IncomingChange } from '../workbook/applyChanges.js';
import { backupWorkbook } from '../workbook/backup.js';
import { DELETED_FIELD } from '../workbook/changeLog.js';
import { countLiveRecords } from '../workbook/liveRecords.js';
import { isMassDeletion, type MassDeletion } from '../../shared/rules/massDeletion.js';
import { adoptSyncKey, withheldOrigins } from '../workbook/installation.js';
import type { ExchangeVia } from '../workbook/exchangeLog.js';
import { SyncStore } from '../workbook/syncStore.js';
import type { Workbook } from '../workbook/workbook.js';
import { listConflicts, type ConflictView } from './conflicts.js';
import { syncErrors } from './errors.js';
import { openSyncFile, verifyMac, type SyncHeader, type SyncLimits } from './fileFormat.js';
import { attachHeldUnsigned, checkOrigins, storeOrigins } from './originCheck.js';
import { readPayload, type Deadline, type ReadPayload } from './payload.js';

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
  /** Stop reading the file when this passes (the sync folder's bound per file). */
  readonly deadline?: Deadline;
  /**
   * The person has seen the preview and agrees to an import that deletes
   * more than the guard lets through (shared/rules/massDeletion.ts). Without
   * it such an import is refused (`sync_mass_deletion`) and changes nothing.
   */
  readonly allowMassDeletion?: boolean;
  /**
   * The file is a copy (a sync engine's conflict copy, maybe older): what it
   * says its sender holds does not replace a newer note of that (docs/sync.md, "Sync folder").
   */
  readonly copy?: boolean;
  /** How the file came (the exchange history's note of it): chosen (default) or from the sync folder. */
  readonly via?: ExchangeVia;
}

/** An installation whose changes are stamped further ahead of our wall clock than MAX_CLOCK_LEAD_MS: its clock is wrong. */
export interface ClockAhead {
  readonly replicaId: string;
  readonly name: string;
  /** How far its latest change in the file is ahead of our clock. */
  readonly aheadMs: number;
}

/** Changes of an installation the sender holds and this workbook lacks, which the file did not carry. */
export interface StillMissing {
  readonly replicaId: string;
  readonly name: string;
  readonly missing: number;
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
  readonly clockAhead: ClockAhead[];
  /**
   * Changes in this installation's own name, signed with its key, that this
   * workbook lacked: it was put back from an older copy of itself, and the
   * others had what it wrote since. Taken in, and said so.
   */
  readonly recoveredOwn: number;
  /** They come with a later file from the sender, once it has had one from here (docs/sync.md, "Counts"). */
  readonly stillMissing: StillMissing[];
  /** This workbook had no sync key (moved from another machine) and took it from the full file. */
  readonly tookKey: boolean;
  /** The conflicts it raised, as they will be listed (a preview's, before it is rolled back); the first MAX_LISTED_CONFLICTS. */
  readonly conflicts: ConflictView[];
  /** Set when the import deletes more live records than the guard lets through unasked; a preview shows it and asks. */
  readonly massDeletion: MassDeletion | null;
}

/** How many raised conflicts a report lists; newConflicts counts them all. */
export const MAX_LISTED_CONFLICTS = 50;

/**
 * A sync file meant for this workbook, decrypted and authenticated with its
 * key. The changes are unpacked and checked only if the file has something
 * this workbook lacks: a file already imported is recognised by its header.
 */
export async function readSyncFileFor(wb: Workbook, bytes: Uint8Array, options: ImportOptions = {}): Promise<SyncFileFor> {
  const opened = await openSyncFile(bytes, { passphrase: options.passphrase, what: options.what, limits: options.limits });
  if (opened.header.workbookId !== wb.workbookId) throw syncErrors.otherWorkbook(opened.what, opened.header.workbookId);
  let key: string;
  try {
    key = wb.syncKey;
  } catch (e) {
    // Moved from another machine, without the key: a full file of this workbook carries it (as joining does).
    if (!isWorkbookError(e) || e.code !== 'sync_key_missing' || !opened.header.full) throw e;
    const payload = readPayload(opened, options.limits, options.deadline);
    verifyMac(opened, payload.key!, options.limits);
    return { ...payload, what: opened.what, allHeld: false, adoptKey: payload.key };
  }
  verifyMac(opened, key, options.limits);
  const held = wb.commands.lineage.localVector();
  if (dominates(held, opened.header.versionVector) && holes(wb, opened.header).length === 0) {
    return {
      ...opened.header, replicas: [], signatures: [], changes: [], fileBytes: opened.fileBytes, encrypted: opened.encrypted, what: opened.what, allHeld: true,
    };
  }
  const payload = readPayload(opened, options.limits, options.deadline);
  return { ...payload, what: opened.what, allHeld: false };
}

/** A file read for this workbook; `allHeld` when its header showed nothing new, and its changes were not read. */
export type SyncFileFor = ReadPayload & { readonly what: MessageParam; readonly allHeld: boolean; readonly adoptKey?: string };

/**
 * Imports a sync file: one transaction after a backup, so the workbook is
 * either as before or as after, whatever happens. The same file twice, or
 * files in any order, give the same workbook; a file that brings nothing new
 * changes nothing but the note of what its sender holds.
 */
export async function importSyncFile(wb: Workbook, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportReport> {
  return applySyncPayload(wb, await readSyncFileFor(wb, bytes, options), options);
}

export function applySyncPayload(wb: Workbook, payload: SyncFileFor, options: ImportOptions = {}): ImportReport {
  const dryRun = options.dryRun === true;
  const wanted = !payload.allHeld && (payload.adoptKey !== undefined || hasNew(wb, payload));
  const backup = wanted && !dryRun && options.backup !== false ? backupWorkbook(wb, 'import').path : null;
  let report: ImportReport | undefined;
  try {
    wb.transaction(() => {
      report = importInTransaction(wb, payload, options, backup);
      if (dryRun) throw new RollBack();
    });
  } catch (e) {
    // Refused half-way through (a dangling reference, a forged change): the workbook is as it was, so the copy of it goes.
    if (!(e instanceof RollBack)) {
      if (backup) rmSync(backup, { force: true });
      throw e;
    }
  }
  const done = report!;
  if (payload.adoptKey && !dryRun) adoptSyncKey(wb, payload.adoptKey);
  // An erasure that came in: no free page or WAL frame may keep what it replaced (electron/workbook/erasure.ts).
  if (done.erased > 0 && !dryRun) wb.reclaimErasedSpace();
  if (backup && done.applied === 0) {
    // Another process imported the same changes while this one waited its turn.
    rmSync(backup, { force: true });
    return { ...done, backup: null };
  }
  return done;
}

/**
 * The import itself, inside the write transaction: what this workbook holds
 * is read here, not before, since another process may have imported or
 * written while this one waited for its turn.
 */
function importInTransaction(wb: Workbook, payload: SyncFileFor, options: ImportOptions, backup: string | null): ImportReport {
  const what = payload.what;
  const now = options.now?.() ?? new Date(wb.now());
  const nowIso = now.toISOString();
  const store = wb.sync;
  const held = wb.commands.lineage.localVector();
  const openBefore = new Set(wb.commands.settler.conflicts.listOpen().map((c) => c.id));
  const deletes = new DeleteWatch(wb, payload.changes);
  // Files carry each origin's changes as an unbroken run, so the vector alone says what is already here …
  const fresh = payload.changes.filter((c) => !covers(held, c));
  checkNoGap(payload, fresh, held, what);
  const take = (list: readonly IncomingChange[]): ApplyResult => {
    if (list.length === 0) return nothingApplied(0);
    const batches = storeOrigins(wb, payload, checkOrigins(wb, payload, list, what));
    return applyChanges(wb, list, nowIso, batches);
  };
  let result = take(fresh);
  const taken = [...fresh];

  // … unless it is wrong: the sender holds more changes of an origin up to a stamp than this workbook
  // does, although its vector says it holds them all (a copy wrote under one id, or a change slipped
  // past). Those are found by identity instead, and taken in.
  const gaps = holes(wb, payload);
  let stillMissing: StillMissing[] = [];
  if (gaps.length > 0) {
    const origins = new Set(gaps);
    const more = payload.changes.filter((c) => origins.has(c.replicaId) && !store.holds(c));
    result = mergeResults(result, take(more));
    taken.push(...more);
    const former = new Set(withheldOrigins(wb));
    attachHeldUnsigned(wb, payload, new Set(gaps.filter((o) => former.has(o))));
    stillMissing = holes(wb, payload).map((o) => ({
      replicaId: o, name: nameIn(store, payload, o), missing: payload.counts![o]! - countHeld(wb, o, payload.versionVector[o]!),
    }));
  }

  const massDeletion = deletes.measure();
  if (massDeletion && options.dryRun !== true && options.allowMassDeletion !== true) throw syncErrors.massDeletion(what, massDeletion);

  if (payload.sender.replicaId !== wb.replicaId) {
    const known = options.copy ? store.peer(payload.sender.replicaId)?.versionVector : undefined;
    const vector = known && dominates(known, payload.versionVector) ? known : payload.versionVector;
    store.recordImportFrom(payload.sender.replicaId, payload.sender.name, vector, nowIso);
    for (const r of payload.replicas) if (r.name && r.id !== wb.replicaId && r.id !== payload.sender.replicaId) store.learnName(r.id, r.name);
    // What the sender turns out to lack although its vector says otherwise: our next delta for it carries it again.
    store.forgetOrigins(payload.sender.replicaId, senderLacks(wb, payload));
  }
  // The history notes every file chosen by hand; of the folder's, which are read again at every change
  // there, the ones that brought something.
  const via = options.via ?? 'file';
  if (options.dryRun !== true && (via !== 'folder' || result.applied > 0 || result.newConflicts > 0)) {
    wb.exchanges.record({
      event: 'import',
      via,
      file: options.what ?? null,
      peerId: payload.sender.replicaId,
      peerName: payload.sender.name,
      full: payload.full,
      encrypted: payload.encrypted,
      changes: payload.changeCount,
      applied: result.applied,
      conflicts: result.newConflicts,
      deleted: massDeletion?.deleted ?? null,
      live: massDeletion?.live ?? null,
    }, nowIso);
  }
  return {
    sender: payload.sender,
    full: payload.full,
    encrypted: payload.encrypted,
    fileBytes: payload.fileBytes,
    createdAt: payload.createdAt,
    dryRun: options.dryRun === true,
    ...result,
    received: payload.changeCount,
    backup,
    clockAhead: clocksAhead(store, payload, taken, now.getTime()),
    recoveredOwn: taken.filter((c) => c.replicaId === wb.replicaId).length,
    stillMissing,
    tookKey: payload.adoptKey !== undefined,
    // Read before a preview rolls back: the records and values as the import leaves them.
    conflicts: result.newConflicts === 0 ? [] : listConflicts(wb, { pick: (id) => !openBefore.has(id), limit: MAX_LISTED_CONFLICTS }),
    massDeletion,
  };
}

/**
 * Which records live before the import it leaves deleted: the ones a delete
 * in the file names that were live, looked at again afterwards (a delete
 * that meets a concurrent edit keeps the record, and a record created and
 * deleted elsewhere was never live here).
 */
class DeleteWatch {
  private readonly live: { kind: Kind; id: string }[] = [];
  private readonly liveBefore: number;

  constructor(private readonly wb: Workbook, changes: readonly IncomingChange[]) {
    const seen = new Set<string>();
    for (const c of changes) {
      if (c.field !== DELETED_FIELD || c.value !== true || seen.has(c.recordId)) continue;
      seen.add(c.recordId);
      if (wb.records.exists(c.kind, c.recordId)) this.live.push({ kind: c.kind, id: c.recordId });
    }
    this.liveBefore = this.live.length === 0 ? 0 : countLiveRecords(wb);
  }

  /** The deletion, when it is more than the guard lets through unasked. */
  measure(): MassDeletion | null {
    if (this.live.length === 0) return null;
    const deleted = this.live.filter((r) => !this.wb.records.exists(r.kind, r.id)).length;
    const measured = { deleted, live: this.liveBefore };
    return isMassDeletion(measured) ? measured : null;
  }
}

class RollBack extends Error {}

/** Whether the file may bring anything: a change the vector does not cover, or a hole the counts reveal. */
function hasNew(wb: Workbook, payload: SyncFileFor): boolean {
  const held = wb.commands.lineage.localVector();
  return payload.changes.some((c) => !covers(held, c)) || holes(wb, payload).length > 0;
}

/** Origins of which the sender holds, up to its stamp, more changes than this workbook does (a v2 file's counts). */
function holes(wb: Workbook, header: Pick<SyncHeader, 'counts' | 'versionVector'>): string[] {
  if (!header.counts) return [];
  return Object.entries(header.counts)
    .filter(([o, n]) => countHeld(wb, o, header.versionVector[o]!) < n)
    .map(([o]) => o);
}

function senderLacks(wb: Workbook, header: SyncFileFor): string[] {
  if (!header.counts) return [];
  return Object.entries(header.counts)
    .filter(([o, n]) => countHeld(wb, o, header.versionVector[o]!) > n)
    .map(([o]) => o);
}

/** Changes of an origin up to a stamp held here, as a file would count them (a former installation's unsent ones left out). */
function countHeld(wb: Workbook, origin: string, upTo: string): number {
  return wb.sync.countHeld(origin, upTo, withheldOrigins(wb).includes(origin));
}

/** For each origin of the changes taken in, how far its latest stamp is ahead of our clock, where that is beyond the bound. */
function clocksAhead(store: SyncStore, payload: ReadPayload, taken: readonly IncomingChange[], now: number): ClockAhead[] {
  const latest = new Map<string, number>();
  for (const c of taken) {
    const ms = decodeHlc(c.hlc).millis;
    if (ms > (latest.get(c.replicaId) ?? 0)) latest.set(c.replicaId, ms);
  }
  const out: ClockAhead[] = [];
  for (const [replicaId, ms] of latest) {
    if (ms - now > MAX_CLOCK_LEAD_MS) out.push({ replicaId, name: nameIn(store, payload, replicaId), aheadMs: ms - now });
  }
  return out.sort((a, b) => b.aheadMs - a.aheadMs);
}

function nameIn(store: SyncStore, payload: ReadPayload, id: string): string {
  return payload.replicas.find((r) => r.id === id)?.name || store.peer(id)?.name || '';
}

function nothingApplied(received: number): ApplyResult {
  return {
    received, applied: 0, created: 0, updated: 0, deleted: 0, restored: 0, byKind: {} as Partial<Record<Kind, number>>, newConflicts: 0, erased: 0,
  };
}

function mergeResults(a: ApplyResult, b: ApplyResult): ApplyResult {
  const byKind: Partial<Record<Kind, number>> = { ...a.byKind };
  for (const [k, n] of Object.entries(b.byKind) as [Kind, number][]) byKind[k] = (byKind[k] ?? 0) + n;
  return {
    received: a.received,
    applied: a.applied + b.applied,
    created: a.created + b.created,
    updated: a.updated + b.updated,
    deleted: a.deleted + b.deleted,
    restored: a.restored + b.restored,
    byKind,
    newConflicts: a.newConflicts + b.newConflicts,
    erased: a.erased + b.erased,
  };
}

/**
 * A delta starts where its sender believed this replica stood. If it believed
 * more than is here (a file made for another installation, or this workbook
 * was restored from a backup since), changes in between are missing, and the
 * file's changes may build on them: refuse, and say how to get a file that
 * fits. A file that brings nothing new is let through: it changes nothing.
 */
function checkNoGap(payload: ReadPayload, fresh: readonly IncomingChange[], held: VersionVector, what: MessageParam): void {
  const since = payload.since;
  if (!since || fresh.length === 0) return;
  for (const [origin, assumed] of Object.entries(since)) {
    const have = held[origin];
    if (have === undefined || assumed > have) throw syncErrors.gap(what, payload.sender.name || payload.sender.replicaId);
  }
}
