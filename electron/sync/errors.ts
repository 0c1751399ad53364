import { WorkbookError } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';
import type { MessageParam } from '../../shared/messages/format.js';
import { deletionPercent } from '../../shared/rules/massDeletion.js';
import { mergeErrors, NOTHING_IMPORTED as nothing } from '../workbook/mergeErrors.js';

/**
 * Every way a sync file can be refused, in words a coordinator can act on.
 * Each refusal leaves the workbook as it was; the message says so. `what`
 * names the file (a message part: «plan.pbsync», or «Fila»), `detail` what is
 * wrong in it (a message part too, see shared/messages/syncMessages.ts).
 */
type What = MessageParam;

export const syncErrors = {
  notASyncFile: (what: What) => new WorkbookError('sync_not_a_sync_file', msg('sync.not_a_sync_file', { what, nothing })),
  truncated: (what: What) => new WorkbookError('sync_truncated', msg('sync.truncated', { what, nothing })),
  truncatedOrDamaged: (what: What) => new WorkbookError('sync_truncated', msg('sync.truncated_or_damaged', { what, nothing })),
  corrupt: (what: What, detail: MessageParam) => new WorkbookError('sync_corrupt', msg('sync.corrupt', { what, detail, nothing })),
  tooLarge: (what: What, limit: MessageParam) => new WorkbookError('sync_too_large', msg('sync.too_large', { what, limit, nothing })),
  tooSlow: (what: What, seconds: number) =>
    new WorkbookError('sync_too_slow', msg('sync.too_slow', { what, seconds, nothing }), 'failure'),
  newerFormat: (what: What, version: number, minApp: string) =>
    new WorkbookError('sync_newer_format', msg('sync.newer_format', { what, version, minApp, nothing })),
  otherWorkbook: (what: What, theirs: string) =>
    new WorkbookError('sync_other_workbook', msg('sync.other_workbook', { what, theirs, nothing })),
  tampered: (what: What) => new WorkbookError('sync_tampered', msg('sync.tampered', { what, nothing })),
  passphraseMissing: (what: What) => new WorkbookError('sync_passphrase_missing', msg('sync.passphrase_missing', { what, nothing })),
  passphraseWrong: (what: What) => new WorkbookError('sync_passphrase_wrong', msg('sync.passphrase_wrong', { what, nothing })),
  malformed: (what: What, detail: MessageParam) => new WorkbookError('sync_malformed', msg('sync.malformed', { what, detail, nothing })),
  // The apply path's own refusals live with it (electron/workbook/mergeErrors.ts).
  ...mergeErrors,
  gap: (what: What, sender: string) => new WorkbookError('sync_gap', msg('sync.gap', { what, sender, nothing })),
  notFull: (what: What) => new WorkbookError('sync_not_full', msg('sync.not_full', { what })),
  keyMismatch: (what: What, name: string) => new WorkbookError('sync_forged', msg('sync.key_mismatch', { what, name, nothing })),
  unsigned: (what: What, name: string, n: number) => new WorkbookError('sync_forged', msg('sync.unsigned', { what, name, n, nothing })),
  ownForged: (what: What, n: number) => new WorkbookError('sync_forged', msg('sync.own_forged', { what, n, nothing })),
  badSignature: (what: What, name: string) => new WorkbookError('sync_forged', msg('sync.bad_signature', { what, name, nothing })),
  altered: (what: What, name: string, n: number) => new WorkbookError('sync_forged', msg('sync.altered', { what, name, n, nothing })),
  massDeletion: (what: What, m: { deleted: number; live: number }) =>
    new WorkbookError('sync_mass_deletion', msg('sync.mass_deletion', { what, deleted: m.deleted, live: m.live, percent: deletionPercent(m), nothing })),
  ownFile: (what: What) => new WorkbookError('sync_own_file', msg('sync.own_file', { what })),
  unknownReplica: (name: string) => new WorkbookError('sync_unknown_replica', msg('sync.unknown_replica', { name })),
  ambiguousReplica: (name: string) => new WorkbookError('sync_ambiguous_replica', msg('sync.ambiguous_replica', { name })),
};

