import type { Kind } from '../../shared/model/kinds.js';

/** What one transaction did to one record: enough to take it back. */
export interface RecordEffect {
  readonly kind: Kind;
  readonly id: string;
  /** The record did not exist before the transaction (it was created in it). */
  readonly created: boolean;
  readonly deletedBefore: boolean;
  deletedAfter: boolean;
  /** Each field the transaction changed: its value before and after. */
  readonly fields: Map<string, { readonly before: unknown; after: unknown }>;
}

/**
 * What one recorded transaction changed, kept by the workbook while it runs
 * (Workbook.recording): the records and fields with their values before and
 * after, the clock stamps its changes carry, and the conflicts it closed or
 * reopened. Undo inverts exactly this (electron/workbook/revert.ts), and the
 * stamps let a later undo tell its own changes from anyone else's.
 */
export class TxJournal {
  readonly stamps = new Set<string>();
  readonly closedConflicts = new Set<string>();
  readonly reopenedConflicts = new Set<string>();
  private readonly records = new Map<string, RecordEffect>();

  created(kind: Kind, id: string, fields: Record<string, unknown>, deleted = false): void {
    const effect = this.effect(kind, id, { created: true, deleted: false });
    effect.deletedAfter = deleted;
    for (const [field, value] of Object.entries(fields)) effect.fields.set(field, { before: undefined, after: value });
  }

  /** Fields of an existing record set to new values; `before` holds their old ones. */
  updated(kind: Kind, id: string, before: Record<string, unknown>, after: Record<string, unknown>, deleted: boolean): void {
    const effect = this.effect(kind, id, { created: false, deleted });
    for (const [field, value] of Object.entries(after)) {
      const seen = effect.fields.get(field);
      if (seen) seen.after = value;
      else effect.fields.set(field, { before: before[field], after: value });
    }
  }

  liveness(kind: Kind, id: string, before: boolean, after: boolean): void {
    this.effect(kind, id, { created: false, deleted: before }).deletedAfter = after;
  }

  /** In the order the transaction first touched them. */
  effects(): RecordEffect[] {
    return [...this.records.values()];
  }

  get empty(): boolean {
    return this.records.size === 0 && this.closedConflicts.size === 0 && this.reopenedConflicts.size === 0;
  }

  private effect(kind: Kind, id: string, start: { created: boolean; deleted: boolean }): RecordEffect {
    const key = `${kind}\n${id}`;
    let effect = this.records.get(key);
    if (!effect) {
      effect = { kind, id, created: start.created, deletedBefore: start.deleted, deletedAfter: start.deleted, fields: new Map() };
      this.records.set(key, effect);
    }
    return effect;
  }
}
