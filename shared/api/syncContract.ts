import { z } from 'zod';
import { recordId } from '../model/fields.js';
import { historyTag, kindSchema, txId } from './historyContract.js';

/**
 * The sync part of the API (docs/sync.md), spread into API in contract.ts.
 * Paths are accepted only where the transport may choose files (the desktop
 * app, whose save and open dialogs give them); the web host's page sends and
 * receives file content as base64 instead.
 */
const kind = kindSchema;
/** Base64 of a sync file; the file itself may be at most 256 MiB. */
const content = z.string().max(360_000_000);
const path = z.string().min(1).max(4096);
const passphrase = z.string().min(1).max(1000);
const conflictId = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, { message: 'id' });
const when = z.string().nullable();

const workbookInfo = z.object({
  path: z.string(),
  fileName: z.string(),
  workbookId: z.string(),
  replicaId: z.string(),
  replicaName: z.string(),
  replicaNameChosen: z.boolean(),
  lastChange: z.string().nullable(),
  canSwitchWorkbook: z.boolean(),
});

export const syncStatusSchema = z.object({
  workbookId: z.string(),
  replicaId: z.string(),
  replicaName: z.string(),
  changeCount: z.number().int(),
  versionVector: z.record(z.string(), z.string()),
  openConflicts: z.number().int(),
  backups: z.number().int(),
  lastBackupAt: when,
  lastExportAt: when,
  syncFolder: z.string().nullable(),
  /** Set once this workbook became a new installation: a copy, an old file put back, moved from another machine, upgraded. */
  installationNotice: z
    .object({ reason: z.enum(['copied', 'restored', 'new-machine', 'upgraded']), formerReplicaId: z.string(), at: z.string() })
    .nullable(),
  peers: z.array(
    z.object({
      replicaId: z.string(),
      name: z.string(),
      lastImportAt: when,
      lastExportAt: when,
      /** Changes held here that the peer is not known to hold; null when nothing came from it yet. */
      pendingForThem: z.number().int().nullable(),
    }),
  ),
});

export const conflictSchema = z.object({
  id: conflictId,
  kind,
  recordId,
  recordTitle: z.string(),
  /** The field, or "_deleted" when a delete met an edit made without knowing of it. */
  field: z.string(),
  /** Markdown merged line by line; `current` already holds the non-overlapping edits of both. */
  longText: z.boolean(),
  current: z.unknown(),
  other: z.unknown(),
  otherReplicaId: z.string(),
  otherReplicaName: z.string(),
  otherHlc: z.string(),
  detectedAt: z.string(),
  /** What both values are shown with (shared/report/fieldValue.ts). */
  context: z.object({
    titles: z.record(z.string(), z.string()),
    related: z.record(z.string(), z.unknown()),
    scale: z.array(z.string()).optional(),
    zoneBands: z.array(z.object({ from: z.number(), to: z.number() })).length(3).optional(),
  }),
});

/** What an import did, or (dryRun) would do. */
export const importReportSchema = z.object({
  sender: z.object({ replicaId: z.string(), name: z.string() }),
  full: z.boolean(),
  encrypted: z.boolean(),
  fileBytes: z.number().int(),
  createdAt: z.string(),
  received: z.number().int(),
  applied: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  deleted: z.number().int(),
  restored: z.number().int(),
  byKind: z.record(z.string(), z.number().int()),
  newConflicts: z.number().int(),
  /** The backup made before the import; null in a preview or when nothing was new. */
  backup: z.string().nullable(),
  dryRun: z.boolean(),
  /** Installations whose clocks run further ahead of ours than five minutes, and by how much (ms). */
  clockAhead: z.array(z.object({ replicaId: z.string(), name: z.string(), aheadMs: z.number() })),
  /** Changes in this installation's own name, signed by it, that were missing here (an older copy put back). */
  recoveredOwn: z.number().int(),
  /** Changes the sender holds and this installation lacks that the file did not carry; the next file brings them. */
  stillMissing: z.array(z.object({ replicaId: z.string(), name: z.string(), missing: z.number().int() })),
  /** This installation had no sync key and took it from the full file. */
  tookKey: z.boolean(),
  /** The conflicts the import raised (or, in a preview, would raise), as listConflicts shows them; at most the first 50 of newConflicts. */
  conflicts: z.array(conflictSchema),
  /** Set when the import deletes more live records than the guard lets through unasked (shared/rules/massDeletion.ts): a preview asks before importSync is called with allowMassDeletion. */
  massDeletion: z.object({ deleted: z.number().int(), live: z.number().int() }).nullable(),
});

/** A message as data (shared/messages): the reader's language words it. */
const messageText = z.object({ key: z.string(), params: z.record(z.string(), z.unknown()).optional() });

/** A folder entry left alone, with why: bokmål in `reason`, as data in `text`. */
const folderSkip = z.strictObject({ file: z.string(), reason: z.string(), text: messageText });

const backupSchema = z.object({ name: z.string(), createdAt: z.string(), bytes: z.number().int(), reason: z.string() });

/** A preview's handle on the file it read (previewSync → importSync). */
const previewToken = z.string().min(1).max(100);

/** One entry of the exchange history (electron/workbook/exchangeLog.ts), newest first in listExchanges. */
export const exchangeEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  /** A file read in, one written out, or a sync folder file the mass-deletion guard held back. */
  event: z.enum(['import', 'export', 'held-back']),
  /** Chosen by hand (the page, the CLI), the sync folder, or joining from a full file. */
  via: z.enum(['file', 'folder', 'join']),
  file: z.string().nullable(),
  /** The sender, or the recipient of an export; null: a file for every installation. */
  peerId: z.string().nullable(),
  peerName: z.string(),
  full: z.boolean(),
  encrypted: z.boolean(),
  /** Changes the file carried; `applied` of them were new here (the rest were here already). */
  changes: z.number().int(),
  applied: z.number().int(),
  conflicts: z.number().int(),
  /** The mass deletion agreed to or held back: live records deleted, of how many. */
  deleted: z.number().int().nullable(),
  live: z.number().int().nullable(),
});

/** A sync folder file the guard holds back now (as the last exchange with the folder found it). */
export const heldBackFileSchema = z.object({
  file: z.string(),
  /** Where it lies, for a preview by path (desktop). */
  path: z.string(),
  peerId: z.string().nullable(),
  peerName: z.string(),
  deleted: z.number().int(),
  live: z.number().int(),
  at: z.string(),
});

/** A sync file to read: its content, or (desktop only) its path. */
const fileToRead = z.strictObject({
  contentBase64: content.optional(),
  path: path.optional(),
  /** The file's name, for messages. */
  fileName: z.string().max(255).optional(),
  passphrase: passphrase.optional(),
});

export const SYNC_API = {
  getSyncStatus: { args: z.strictObject({}), result: syncStatusSchema },
  /**
   * Writes a sync file to `path` (desktop: from the save dialog) or, without
   * a path, returns its content for the page to download.
   */
  exportSync: {
    args: z.strictObject({
      path: path.optional(),
      full: z.boolean().optional(),
      /** A delta for one installation, by id or name. */
      forReplica: z.string().min(1).max(500).optional(),
      passphrase: passphrase.optional(),
    }),
    result: z.strictObject({
      path: z.string().nullable(),
      fileName: z.string(),
      changeCount: z.number().int(),
      bytes: z.number().int(),
      full: z.boolean(),
      encrypted: z.boolean(),
      contentBase64: z.string().optional(),
    }),
  },
  /**
   * What importing the file would do; changes nothing. The `token` names the
   * file as read for the preview: importSync with it applies that, without
   * reading, decrypting and parsing the file again (for a while; see
   * electron/api/previewTokens.ts).
   */
  previewSync: { args: fileToRead, result: importReportSchema.extend({ token: previewToken }) },
  /**
   * Imports the file in one transaction, after a backup: the one a preview's
   * `token` names, or the file given as content or (desktop) path. A file
   * that deletes more than the guard lets through is refused
   * (`sync_mass_deletion`) unless the person saw the preview and agreed:
   * `allowMassDeletion`. An unknown or expired token is refused
   * (`sync_preview_unknown`), naming it.
   */
  importSync: { args: fileToRead.extend({ token: previewToken.optional(), allowMassDeletion: z.boolean().optional() }), result: importReportSchema },
  /**
   * Desktop: "Bli med i en arbeidsbok". Creates a workbook at `path` (from the
   * save dialog) from a full sync file, given as content or path, and opens it.
   */
  joinWorkbook: {
    args: z.strictObject({
      path,
      contentBase64: content.optional(),
      sourcePath: path.optional(),
      fileName: z.string().max(255).optional(),
      passphrase: passphrase.optional(),
      replicaName: z.string().trim().min(1).max(200).optional(),
    }),
    result: workbookInfo,
  },
  listConflicts: { args: z.strictObject({}), result: z.array(conflictSchema) },
  /** Keep the current value, the other one, or write a combination (`value`, typed as the field). */
  resolveConflict: {
    args: z.strictObject({
      id: conflictId, keep: z.enum(['current', 'other']).optional(), value: z.unknown().optional(), history: historyTag.optional(),
    }),
    result: z.strictObject({ kind, recordId, field: z.string(), value: z.unknown(), tx: txId }),
  },
  listBackups: { args: z.strictObject({}), result: z.array(backupSchema) },
  /**
   * This installation's exchange history, newest first (it is kept in the
   * workbook and never synced), and the sync folder's files the
   * mass-deletion guard holds back now.
   */
  listExchanges: {
    args: z.strictObject({ limit: z.number().int().min(1).max(500).optional() }),
    result: z.strictObject({ entries: z.array(exchangeEntrySchema), heldBack: z.array(heldBackFileSchema) }),
  },
  /** Puts a backup back (the state before is itself backed up); the workbook is reopened. */
  restoreBackup: { args: z.strictObject({ name: z.string().min(1).max(255) }), result: workbookInfo },
  /** Names this installation (first start, or later on the sync page); an empty or overlong name is refused field by field (the workbook checks again, for the CLI). */
  setReplicaName: { args: z.strictObject({ name: z.string().trim().min(1).max(200) }), result: workbookInfo },
  /** Desktop: the sync folder this installation exchanges with (null: none). */
  setSyncFolder: { args: z.strictObject({ path: path.nullable() }), result: syncStatusSchema },
  /** One exchange with the sync folder now. */
  exchangeSyncFolder: {
    args: z.strictObject({ passphrase: passphrase.optional() }),
    result: z.strictObject({
      imported: z.array(z.strictObject({ file: z.string(), report: importReportSchema, note: folderSkip.optional() })),
      skipped: z.array(folderSkip),
      /** Files that would delete too much to import unattended: never applied by the folder. */
      heldBack: z.array(folderSkip.extend({ deleted: z.number().int(), live: z.number().int() })),
      written: z.strictObject({ path: z.string(), changeCount: z.number().int() }).nullable(),
    }),
  },
} as const satisfies Record<string, { args: z.ZodType; result: z.ZodType }>;

export const SYNC_API_METHOD_NAMES = [
  'getSyncStatus',
  'exportSync',
  'previewSync',
  'importSync',
  'joinWorkbook',
  'listConflicts',
  'resolveConflict',
  'listBackups',
  'listExchanges',
  'restoreBackup',
  'setReplicaName',
  'setSyncFolder',
  'exchangeSyncFolder',
] as const satisfies readonly (keyof typeof SYNC_API)[];

/**
 * The desktop worker's progress event (`operation`) once its sync folder
 * watcher has imported files; done equals total. The Synkronisering page and
 * every screen reload on it.
 */
export const SYNC_FOLDER_OPERATION = 'sync-folder';
