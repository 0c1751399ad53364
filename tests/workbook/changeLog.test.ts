import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KIND_NAMES, fieldSpecs } from '../../shared/model/kinds.js';
import { DELETED_FIELD } from '../../electron/workbook/changeLog.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';

/** Rebuilds every record from the change log alone: the winning value of each field. */
function replayChangeLog(wb: Workbook): Map<string, Record<string, unknown>> {
  const records = new Map<string, Record<string, unknown>>();
  const sorted = [...wb.changes.iterate()].sort((a, b) =>
    a.hlc === b.hlc ? (a.replicaId < b.replicaId ? -1 : 1) : a.hlc < b.hlc ? -1 : 1,
  );
  for (const c of sorted) {
    const rec = records.get(c.recordId) ?? {};
    rec[c.field === DELETED_FIELD ? 'deleted' : c.field] = c.value;
    records.set(c.recordId, rec);
  }
  return records;
}

function tables(wb: Workbook): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const kind of KIND_NAMES) {
    for (const r of wb.records.list(kind, { includeDeleted: true })) {
      out.set(r.id, { ...r.fields, deleted: r.deleted });
    }
  }
  return out;
}

const op = fc.oneof(
  fc.record({ type: fc.constant('addRisk' as const), title: fc.string({ minLength: 1, maxLength: 20 }), p: fc.integer({ min: 0, max: 7 }), c: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ type: fc.constant('addGoal' as const), text: fc.string({ maxLength: 20 }) }),
  fc.record({ type: fc.constant('edit' as const), pick: fc.nat(), value: fc.string({ maxLength: 30 }), level: fc.integer({ min: 0, max: 6 }) }),
  fc.record({ type: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ type: fc.constant('restore' as const), pick: fc.nat() }),
);

describe('the change log and the tables never disagree', () => {
  const tmp = useTempDir();

  it('after any sequence of creates, edits, deletes, restores and refused commands', () => {
    let run = 0;
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const wb = tmp.track(newWorkbook(tmp.dir(), `p${run++}.prosjektboka`, { empty: true }));
        const ids: { kind: 'risk' | 'goal'; id: string }[] = [];
        for (const o of ops) {
          try {
            if (o.type === 'addRisk') ids.push({ kind: 'risk', id: wb.commands.create('risk', { title: o.title, probability: o.p, consequence: o.c }) });
            else if (o.type === 'addGoal') ids.push({ kind: 'goal', id: wb.commands.create('goal', { text: o.text }) });
            else if (ids.length > 0) {
              const target = ids[o.pick % ids.length]!;
              if (o.type === 'delete') wb.commands.delete(target.kind, target.id);
              else if (o.type === 'restore') wb.commands.restore(target.kind, target.id);
              else if (target.kind === 'risk') wb.commands.update('risk', target.id, { measures: o.value, probability: o.level });
              else wb.commands.update('goal', target.id, { text: o.value });
            }
          } catch {
            // Refused commands (probability 0, empty text, editing a deleted record) must leave no trace.
          }
        }
        const fromLog = replayChangeLog(wb);
        const fromTables = tables(wb);
        expect(fromLog.size).toBe(fromTables.size);
        for (const [id, row] of fromTables) {
          const logged = fromLog.get(id)!;
          expect({ deleted: false, ...logged }).toEqual(row);
        }
        for (const kind of ['risk', 'goal'] as const) {
          const specs = Object.keys(fieldSpecs(kind));
          for (const r of wb.records.list(kind)) expect(Object.keys(r.fields).sort()).toEqual(specs.sort());
        }
        wb.close();
      }),
      { numRuns: 40 },
    );
  });
});
