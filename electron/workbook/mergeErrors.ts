import { WorkbookError } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';
import { kindWord } from '../../shared/model/kindLabels.js';
import type { Kind } from '../../shared/model/kinds.js';

/** «Ingenting er importert.», the end of every refusal of a sync file. */
export const NOTHING_IMPORTED = msg('sync.nothing_imported');
const nothing = NOTHING_IMPORTED;

/**
 * The refusals of the sync apply path (applyChanges.ts, settleRecord.ts):
 * incoming changes that do not make a record. Here, beside the code that
 * finds them, so the workbook needs nothing from electron/sync; sync's own
 * errors (electron/sync/errors.ts) include them.
 */
export const mergeErrors = {
  missingField: (kind: Kind, recordId: string, field: string) =>
    new WorkbookError('sync_malformed', msg('sync.missing_field', { kind: kindWord(kind), id: recordId, field, nothing })),
  kindMismatch: (recordId: string, local: Kind, incoming: Kind) =>
    new WorkbookError('sync_malformed', msg('sync.kind_mismatch', { id: recordId, local: kindWord(local), incoming: kindWord(incoming), nothing })),
  danglingReference: (kind: Kind, recordId: string, field: string, target: string) =>
    new WorkbookError('sync_malformed', msg('sync.dangling_reference', { kind: kindWord(kind), id: recordId, field, target, nothing })),
  erasedWithoutErasure: () =>
    new WorkbookError('sync_malformed', msg('sync.erased_without_erasure', { nothing })),
};
