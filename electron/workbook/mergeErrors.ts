import { WorkbookError } from '../../shared/errors.js';
import { KIND_LABELS_NB } from '../../shared/model/kindLabels.js';
import type { Kind } from '../../shared/model/kinds.js';

export const NOTHING_IMPORTED = 'Ingenting er importert.';
const NOTHING = NOTHING_IMPORTED;

/**
 * The refusals of the sync apply path (applyChanges.ts, settleRecord.ts):
 * incoming changes that do not make a record. Here, beside the code that
 * finds them, so the workbook needs nothing from electron/sync; sync's own
 * errors (electron/sync/errors.ts) include them.
 */
export const mergeErrors = {
  missingField: (kind: Kind, recordId: string, field: string) =>
    new WorkbookError(
      'sync_malformed',
      `Synkfila er ugyldig: ${KIND_LABELS_NB[kind]} ${recordId} mangler feltet «${field}» (opprettelsen av posten er ikke med). ${NOTHING}`,
    ),
  kindMismatch: (recordId: string, local: Kind, incoming: Kind) =>
    new WorkbookError(
      'sync_malformed',
      `Synkfila er ugyldig: posten ${recordId} er ${KIND_LABELS_NB[local]} her, men ${KIND_LABELS_NB[incoming]} i fila. ${NOTHING}`,
    ),
  danglingReference: (kind: Kind, recordId: string, field: string, target: string) =>
    new WorkbookError(
      'sync_malformed',
      `Synkfila er ugyldig: ${KIND_LABELS_NB[kind]} ${recordId} viser i feltet «${field}» til ${target}, som verken fila eller arbeidsboka har. ${NOTHING}`,
    ),
  erasedWithoutErasure: () =>
    new WorkbookError(
      'sync_malformed',
      `Synkfila er ugyldig: den har slettede verdier (personopplysninger som er fjernet), men ingen sletting av en person som forklarer dem. ${NOTHING}`,
    ),
};
