import { KIND_NAMES, type Kind } from '../../shared/model/kinds.js';
import { ERASED_NAME, eraseNames, valueMentions } from '../../shared/rules/personName.js';
import { ERASED_FIELD } from './changeLog.js';
import { notFound } from './commands.js';
import { RECLAIM_PENDING, type Workbook } from './workbook.js';

/**
 * Erasing a person (privacy: staff names in meeting logs are personal data;
 * docs/sync.md «Erasing a person» says what remains where, and for how long).
 *
 * The erasure is itself a change: `_erased = true` on the person, signed by
 * this installation when it leaves like any other, followed by ordinary
 * changes through the command layer that replace the name by «Slettet
 * person» wherever it stands (the person record, and any text field of any
 * record, deleted ones too) and clear the e-mail. Those sync everywhere. Then
 * the old values go: every change in the log whose value names the person
 * keeps instead the text with the name replaced and the SHA-256 of what it
 * was (Ed25519 signatures cover that hash, so the history still verifies on
 * every installation), conflicts set aside with the name are settled and
 * scrubbed, the undo history is forgotten, backups older than the erasure go
 * with the next backup, and the file is rebuilt so no free page or WAL frame
 * keeps the old bytes.
 *
 * An installation that imports the mark does the same with the names it
 * knows the person by (electron/workbook/applyChanges.ts).
 */
export interface ErasureOutcome {
  /** Records whose fields were changed (the person's own included). */
  readonly records: number;
  readonly fields: number;
  /** Changes in the log whose value was replaced. */
  readonly scrubbed: number;
}

/** Meta key: backups made before this time (ISO) go with the next backup (electron/workbook/backup.ts). */
export const PURGE_BACKUPS_BEFORE = 'privacy.purge_backups_before';

/**
 * Erases a person here, and (through the change it writes) on every
 * installation. Not undoable. `alsoNames`: names to erase besides those the
 * workbook knows (a late edit that arrived after an erasure, docs/sync.md).
 */
export function erasePerson(wb: Workbook, personId: string, alsoNames: readonly string[] = []): ErasureOutcome & { readonly tx: string } {
  const outcome = wb.transaction(() => {
    const person = wb.records.get('person', personId);
    if (!person) throw notFound('person', personId);
    if (!wb.changes.has(personId, ERASED_FIELD)) {
      const stamp = wb.nextStamp();
      wb.changes.append({ hlc: stamp, replicaId: wb.replicaId, kind: 'person', recordId: personId, field: ERASED_FIELD, value: true, prev: null });
    }
    return applyErasure(wb, personId, alsoNames);
  });
  wb.reclaimErasedSpace();
  return { ...outcome, tx: `erasure-${personId}` };
}

/** Whether this workbook holds an erasure of the person. */
export function isErased(wb: Workbook, personId: string): boolean {
  return wb.changes.has(personId, ERASED_FIELD);
}

/**
 * What an erasure does to this workbook, inside the caller's transaction:
 * called by erasePerson, and by the import for a mark that comes in a file.
 */
export function applyErasure(wb: Workbook, personId: string, alsoNames: readonly string[] = []): ErasureOutcome {
  const names = namesOf(wb, personId, alsoNames);
  const erase = (value: unknown) => eraseNames(value, names);
  let records = 0;
  let fields = 0;
  const rewrite = (kind: Kind, id: string, patch: Record<string, unknown>, deleted: boolean) => {
    const changed = wb.commands.update(kind, id, patch, { includeDeleted: true });
    if (changed.length === 0) return;
    records++;
    fields += changed.length;
    // A delete that had not seen these changes would count them as an edit made beside it and bring the record back.
    if (deleted) redelete(wb, kind, id);
  };

  const person = wb.records.get('person', personId)!;
  rewrite('person', personId, { name: ERASED_NAME, email: '' }, person.deleted);
  if (names.length > 0) {
    for (const kind of KIND_NAMES) {
      for (const record of wb.records.list(kind, { includeDeleted: true })) {
        if (record.id === personId) continue;
        const patch: Record<string, unknown> = {};
        for (const [field, value] of Object.entries(record.fields)) {
          const erased = erase(value);
          if (erased !== value) patch[field] = erased;
        }
        if (Object.keys(patch).length > 0) rewrite(kind, record.id, patch, record.deleted);
      }
    }
  }
  // A value set aside in a conflict would show the name again: the current (erased) value is kept.
  for (const c of wb.conflicts.listOpen()) {
    if (valueMentions(c.other.value, names) || (c.recordId === personId && c.field === 'email')) {
      wb.commands.resolveConflict(c.id, { keep: 'current' });
    }
  }
  const eraseWithEmail = emailEraser(wb, personId, erase);
  const scrubbed = wb.changes.eraseValues(wb.replicaId, eraseWithEmail.changes);
  wb.conflicts.eraseValues(erase);
  // Only once it is done: a preview of an import that carries an erasure rolls back, and the steps are still good.
  wb.whenCommitted(() => wb.history.forgetAll());
  // Backups are named by the machine's own clock (backup.ts), so the same clock says which are older.
  wb.setMetaValue(PURGE_BACKUPS_BEFORE, new Date().toISOString());
  wb.setMetaValue(RECLAIM_PENDING, '1');
  return { records, fields, scrubbed };
}

/** Every name the person has had here, longest first (so «Ola Nordmann» goes before «Ola»), without the replacement. */
function namesOf(wb: Workbook, personId: string, alsoNames: readonly string[]): string[] {
  const all = new Set<string>();
  const current = wb.records.get('person', personId)?.fields.name;
  for (const v of [current, ...wb.changes.valuesOf(personId, 'name'), ...alsoNames]) {
    if (typeof v === 'string' && v.trim() !== '' && v.trim() !== ERASED_NAME) all.add(v.trim());
  }
  return [...all].sort((a, b) => b.length - a.length);
}

/**
 * The change log's eraser: names anywhere, and every past e-mail address of
 * the person (an address is personal data too, though it is no name).
 */
function emailEraser(wb: Workbook, personId: string, erase: (v: unknown) => unknown) {
  const emails = new Set(wb.changes.valuesOf(personId, 'email').filter((v): v is string => typeof v === 'string' && v !== ''));
  return {
    changes: (value: unknown) => (typeof value === 'string' && emails.has(value) ? '' : erase(value)),
  };
}

function redelete(wb: Workbook, kind: Kind, id: string): void {
  const stamp = wb.nextStamp();
  wb.commands.setLiveness(kind, id, true, stamp, wb.lineage.parentsForLocalDelete({ hlc: stamp, replicaId: wb.replicaId }));
}
