import { v7 as uuidv7 } from 'uuid';
import { WorkbookError, fieldIssue, issuesParam, type FieldIssue } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';
import { KINDS, fieldSpecs, recordSchema, type Kind } from '../../shared/model/kinds.js';
import { kindWord } from '../../shared/model/kindLabels.js';
import { describeIssue } from '../../shared/model/validation.js';
import { DELETED_FIELD, ERASED_FIELD, KEEPS_EVERY_VALUE } from './changeLog.js';
import type { FieldLineage } from './fieldLineage.js';
import { RecordSettler } from './settleRecord.js';
import { resolveConflict, type Resolution, type Resolved } from './conflictResolution.js';
import { revertEffects, type RevertOutcome } from './revert.js';
import { RiskAssessments, type RiskAssessmentInput } from './riskAssessment.js';
import { lockedFields, mayDelete } from '../../shared/rules/statusReport.js';
import type { RecordEffect, TxJournal } from './txJournal.js';
import type { Workbook } from './workbook.js';

export type { RiskAssessmentInput } from './riskAssessment.js';
export type { Resolution, Resolved } from './conflictResolution.js';

/**
 * The command layer: the one write path of a workbook. Each command validates
 * its input against the schemas of shared/model, writes the row, appends one
 * change per field it set and keeps the search index in step, all in one
 * transaction with one clock stamp. Nothing else writes records.
 */
export class Commands {
  private settlerCache: RecordSettler | undefined;
  private assessments: RiskAssessments | undefined;

  constructor(private readonly wb: Workbook) {}

  /** What each change supersedes, for sync's merge (shared/sync/fieldState.ts). */
  get lineage(): FieldLineage {
    return this.wb.lineage;
  }

  get settler(): RecordSettler {
    return (this.settlerCache ??= new RecordSettler(this.wb));
  }

  /** Creates a record and returns its new id. */
  create(kind: Kind, input: Record<string, unknown>): string {
    // Every check before the first write: see Workbook.command.
    return this.wb.command(
      () => ({ fields: this.validateCreate(kind, input), replicaId: this.wb.replicaId }),
      ({ fields, replicaId }) => {
        const id = uuidv7();
        const stamp = this.wb.nextStamp();
        this.wb.records.insert(kind, id, fields);
        this.wb.journal?.created(kind, id, fields);
        for (const [field, value] of Object.entries(fields)) {
          this.wb.changes.append({ hlc: stamp, replicaId, kind, recordId: id, field, value }, true);
        }
        this.wb.search.recordChanged(kind, id);
        return id;
      },
    );
  }

  /** Sets some fields of a live record. Returns the names of the fields that changed. */
  update(kind: Kind, id: string, patch: Record<string, unknown>, options: { includeDeleted?: boolean } = {}): string[] {
    // Every check before the first write: see Workbook.command.
    return this.wb.command(
      () => {
        // A deleted record's text is erased too (electron/workbook/erasure.ts): a restore must not bring a name back.
        const current = options.includeDeleted ? this.requireExisting(kind, id) : this.requireLive(kind, id);
        refuseErasureMark(patch);
        refuseUnknownFields(kind, patch);
        if (kind === 'status-report') refusePublishedEdit(current.fields, patch);
        const merged = parsePatch(kind, patch);
        this.checkReferences(kind, merged, Object.keys(patch));
        const changed: Record<string, unknown> = {};
        for (const field of Object.keys(patch)) {
          if (JSON.stringify(merged[field]) !== JSON.stringify(current.fields[field])) changed[field] = merged[field];
        }
        const replicaId = Object.keys(changed).length > 0 ? this.wb.replicaId : '';
        return { changed, replicaId, before: current.fields };
      },
      ({ changed, replicaId, before }) => {
        if (Object.keys(changed).length === 0) return [];
        const stamp = this.wb.nextStamp();
        const specs = fieldSpecs(kind);
        const bases = this.lineage.basesForLocalWrite(id, Object.keys(changed), (f) => specs[f]?.longText === true);
        this.wb.records.update(kind, id, changed);
        this.wb.journal?.updated(kind, id, before, changed, false);
        const keep = KEEPS_EVERY_VALUE[kind];
        Object.entries(changed).forEach(([field, value], i) => {
          const { prev, head } = bases[i]!;
          // Squash what nobody has seen: our own last change of the field, never sent nor copied, is replaced
          // by this one, which supersedes what it did (docs/sync.md, «Changes nobody has seen»).
          const unseen = head !== undefined && head.replicaId === replicaId && head.batch === null && !keep?.includes(field)
            && head.hlc > this.wb.copiedThrough();
          if (unseen) this.wb.changes.replaceUnseen({ hlc: stamp, replicaId, kind, recordId: id, field, value, prev: head.prev }, head);
          else this.wb.changes.append({ hlc: stamp, replicaId, kind, recordId: id, field, value, prev }, true);
        });
        this.wb.search.recordChanged(kind, id, before);
        this.settleOpenConflicts(kind, id, Object.keys(changed));
        return Object.keys(changed);
      },
    );
  }

  /** Deletes a record and its children (a meeting's action items, a risk's assessments). It can be restored. */
  delete(kind: Kind, id: string): void {
    this.wb.transaction(() => {
      const current = this.requireLive(kind, id);
      if ((KINDS[kind] as { singleton?: boolean }).singleton) {
        throw new WorkbookError('cannot_delete', msg('record.cannot_delete', { kind: kindWord(kind) }));
      }
      // A published status report is what the steering group or the funder received: it is kept (shared/rules/statusReport.ts).
      if (kind === 'status-report' && !mayDelete(current.fields as { publishedAt: string | null })) {
        throw new WorkbookError('cannot_delete', msg('report.published_no_delete'));
      }
      const stamp = this.wb.nextStamp();
      this.setDeleted(kind, id, true, stamp, this.lineage.parentsForLocalDelete({ hlc: stamp, replicaId: this.wb.replicaId }));
    });
  }

  /** Undoes a delete, bringing back the children that were deleted with the record. */
  restore(kind: Kind, id: string): void {
    this.wb.transaction(() => {
      const record = this.wb.records.get(kind, id);
      if (!record) throw notFound(kind, id);
      if (!record.deleted) return;
      const deletedAt = this.wb.changes.latest(id, DELETED_FIELD)?.hlc;
      const stamp = this.wb.nextStamp();
      const prev = this.lineage.parentsForLocalDelete({ hlc: stamp, replicaId: this.wb.replicaId });
      this.setDeleted(kind, id, false, stamp, prev, deletedAt);
    });
  }

  /**
   * Puts records of one kind in the given order by the kind's sequence field
   * (sortOrder, number): the values they hold now are handed out again in
   * the new order, so a move is one transaction (one undo step) and goal
   * numbers stay 1–6. Returns the ids whose value changed.
   */
  reorder(kind: Kind, ids: readonly string[]): string[] {
    return this.wb.transaction(() => {
      const field = (KINDS[kind] as { sequence?: string }).sequence;
      if (!field) {
        throw new WorkbookError('invalid', msg('workbook.no_order', { kind: kindWord(kind) }), 'input', [fieldIssue('ids', msg('field.no_order'))]);
      }
      if (new Set(ids).size !== ids.length) {
        throw new WorkbookError('invalid', msg('workbook.order_twice'), 'input', [fieldIssue('ids', msg('field.order_twice'))]);
      }
      const current = ids.map((id) => this.requireLive(kind, id).fields[field] as number);
      const values = [...current].sort((a, b) => a - b);
      for (let i = 1; i < values.length; i++) if (values[i]! <= values[i - 1]!) values[i] = values[i - 1]! + 1;
      const changed: string[] = [];
      ids.forEach((id, i) => {
        if (current[i] === values[i]) return;
        this.update(kind, id, { [field]: values[i] });
        changed.push(id);
      });
      return changed;
    });
  }

  /**
   * A saved change of a risk's scores: the risk takes them and a dated
   * assessment keeps the history, both or neither (electron/workbook/riskAssessment.ts).
   * Returns the assessment's id, or null when no score changed.
   */
  assessRisk(input: RiskAssessmentInput): string | null {
    return this.wb.transaction(() => (this.assessments ??= new RiskAssessments(this.wb)).assess(input));
  }

  /** Settles a sync conflict with a new change (electron/workbook/conflictResolution.ts). */
  resolveConflict(conflictId: string, resolution: Resolution): Resolved {
    return this.wb.transaction(() => resolveConflict(this.wb, conflictId, resolution));
  }

  /**
   * Takes back what a recorded transaction did (undo), as new changes:
   * fields, creates, deletes and the conflicts it closed. `isOwn` says whether
   * the change that last set a field is one the caller may take back; where
   * it is not, that field is left alone and listed (electron/workbook/revert.ts).
   */
  revert(effects: readonly RecordEffect[], journal: TxJournal, isOwn: (stamp: { hlc: string; replicaId: string }) => boolean): RevertOutcome {
    return this.wb.transaction(() => revertEffects(this.wb, effects, journal, isOwn));
  }

  /**
   * Deletes (true) or restores (false) one record without its children, with
   * the given stamp: revert sets each record of a cascade back by itself.
   */
  setLiveness(kind: Kind, id: string, deleted: boolean, stamp: string, prev: string | null): void {
    this.setDeleted(kind, id, deleted, stamp, prev, undefined, false);
  }

  private setDeleted(kind: Kind, id: string, deleted: boolean, stamp: string, prev: string | null, cascadeStamp?: string, cascade = true): void {
    this.wb.records.setDeleted(kind, id, deleted);
    this.wb.journal?.liveness(kind, id, !deleted, deleted);
    this.wb.changes.append({ hlc: stamp, replicaId: this.wb.replicaId, kind, recordId: id, field: DELETED_FIELD, value: deleted, prev });
    this.wb.search.recordChanged(kind, id);
    this.settleOpenConflicts(kind, id, [DELETED_FIELD]);
    if (!cascade) return;
    for (const child of (KINDS[kind] as { children?: readonly { kind: Kind; via: string }[] }).children ?? []) {
      for (const rec of this.wb.records.listBy(child.kind, child.via, id, { includeDeleted: true })) {
        if (rec.deleted === deleted) continue;
        // A restore brings back only the children that went with this record, not ones deleted on their own.
        if (!deleted && this.wb.changes.latest(rec.id, DELETED_FIELD)?.hlc !== cascadeStamp) continue;
        this.setDeleted(child.kind, rec.id, deleted, stamp, prev, cascadeStamp);
      }
    }
  }

  /**
   * A record with open conflicts is re-derived from its log after a local
   * write, as every other replica will derive it: the write may settle a
   * conflict (a delete that now knows of the edit) or merge with a set-aside text.
   */
  private settleOpenConflicts(kind: Kind, id: string, fields: readonly string[]): void {
    if (!this.settler.conflicts.hasOpen(id)) return;
    this.settler.settle(kind, id, this.lineage.history(id).fields, fields, new Date().toISOString());
  }

  private validateCreate(kind: Kind, input: Record<string, unknown>): Record<string, unknown> {
    refuseUnknownFields(kind, input);
    const spec = KINDS[kind] as { singleton?: boolean; sequence?: string };
    if (spec.singleton && this.wb.records.count(kind) > 0) {
      throw new WorkbookError('singleton', msg('record.singleton', { kind: kindWord(kind) }));
    }
    const withDefaults: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(fieldSpecs(kind))) {
      if (input[name] !== undefined) withDefaults[name] = input[name];
      else if (name === spec.sequence) withDefaults[name] = this.wb.records.maxOf(kind, name) + 1;
      else if (field.default !== undefined) withDefaults[name] = field.default;
    }
    const fields = parseRecord(kind, withDefaults);
    this.checkReferences(kind, fields, Object.keys(fields));
    return fields;
  }

  /** A reference must point at a live record of the right kind, or the change would dangle. */
  private checkReferences(kind: Kind, fields: Record<string, unknown>, names: readonly string[]): void {
    const issues: FieldIssue[] = [];
    const specs = fieldSpecs(kind);
    for (const name of names) {
      const target = specs[name]?.ref as Kind | undefined;
      const value = fields[name];
      if (!target || value === null || value === undefined) continue;
      for (const id of Array.isArray(value) ? (value as string[]) : [value as string]) {
        if (!this.wb.records.exists(target, id)) {
          issues.push(fieldIssue(name, msg('field.no_record', { kind: kindWord(target), id })));
        }
      }
    }
    if (issues.length > 0) throw invalid(kind, issues);
  }

  private requireExisting(kind: Kind, id: string) {
    const record = this.wb.records.get(kind, id);
    if (!record) throw notFound(kind, id);
    return record;
  }

  private requireLive(kind: Kind, id: string) {
    const record = this.wb.records.get(kind, id);
    if (!record || record.deleted) throw notFound(kind, id);
    return record;
  }
}

/** The erasure mark is written by the erasure alone, never set as a field. */
function refuseErasureMark(patch: Record<string, unknown>): void {
  if (typeof patch === 'object' && patch !== null && Object.prototype.hasOwnProperty.call(patch, ERASED_FIELD)) {
    throw new WorkbookError('invalid', msg('workbook.erase_by_field'));
  }
}

function refuseUnknownFields(kind: Kind, input: Record<string, unknown>): void {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new WorkbookError('invalid', msg('record.not_an_object', { kind: kindWord(kind) }));
  }
  const specs = fieldSpecs(kind);
  const unknown = Object.keys(input).filter((k) => !Object.prototype.hasOwnProperty.call(specs, k));
  if (unknown.length > 0) {
    throw invalid(kind, unknown.map((field) => fieldIssue(field, msg('field.unknown_for_kind', { kind: kindWord(kind) }))));
  }
}

function parseRecord(kind: Kind, candidate: Record<string, unknown>): Record<string, unknown> {
  const result = recordSchema(kind).safeParse(candidate);
  if (!result.success) throw invalid(kind, result.error.issues.map(describeIssue));
  return result.data as Record<string, unknown>;
}

/**
 * The patched fields, validated as parsing the whole merged record would
 * validate them: a record's schema is a strict object of its fields' own
 * schemas with no rule across fields (recordSchema, shared/model/kinds.ts),
 * the stored fields passed it when written, and unknown fields are refused
 * before. Issues come in the schema's field order, with the field in the
 * path, as the object's parse reports them; only the patched fields are in
 * the result.
 */
function parsePatch(kind: Kind, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const issues: FieldIssue[] = [];
  for (const [name, spec] of Object.entries(fieldSpecs(kind))) {
    if (!Object.prototype.hasOwnProperty.call(patch, name)) continue;
    const result = spec.schema.safeParse(patch[name]);
    if (result.success) out[name] = result.data;
    else for (const issue of result.error.issues) issues.push(describeIssue({ ...issue, path: [name, ...issue.path] }));
  }
  if (issues.length > 0) throw invalid(kind, issues);
  return out;
}

function invalid(kind: Kind, issues: readonly FieldIssue[]): WorkbookError {
  return new WorkbookError('invalid', msg('record.invalid', { kind: kindWord(kind), issues: issuesParam(issues) }), 'input', issues);
}

/** A published status report is read-only but for its publish fields (shared/rules/statusReport.ts). */
function refusePublishedEdit(current: Record<string, unknown>, patch: Record<string, unknown>): void {
  const changing = Object.keys(patch).filter((f) => JSON.stringify(patch[f]) !== JSON.stringify(current[f]));
  const locked = lockedFields(current as { publishedAt: string | null }, changing);
  if (locked.length > 0) {
    throw new WorkbookError('invalid', msg('report.published_locked'), 'input', locked.map((f) => fieldIssue(f, msg('report.published_locked'))));
  }
}

export function notFound(kind: Kind, id: string): WorkbookError {
  return new WorkbookError('not_found', msg('record.not_found', { kind: kindWord(kind), id }));
}
