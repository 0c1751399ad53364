import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { openSyncFile } from '../../electron/sync/fileFormat.js';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { importSyncFile } from '../../electron/sync/importFile.js';
import { listConflicts } from '../../electron/sync/conflicts.js';
import { createWorkbook } from '../../electron/workbook/open.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { useTempDir } from '../helpers/tempWorkbook.js';
import { dump, joinFrom } from './helpers.js';

/**
 * The columnar files (version 3) carry exactly what the JSON ones (version 2)
 * do. Two installations, A and X, edit the same records at random and
 * exchange deltas, so A's log holds concurrent edits, conflicts, deletes and
 * resolutions; two recipients that never write, R2 and R3, follow A: R2
 * only through version 2 files, R3 only through version 3 files (deltas made
 * for each, now and then; a full file at the end). Both must end with the
 * same dump and the same open conflicts as each other and as A.
 */
type Op =
  | { t: 'edit'; on: 'A' | 'X'; pick: number; field: number; value: number }
  | { t: 'delete' | 'restore'; on: 'A' | 'X'; pick: number }
  | { t: 'exchange'; way: 'XA' | 'AX' }
  | { t: 'follow' };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ t: fc.constant('edit' as const), on: fc.constantFrom('A' as const, 'X' as const), pick: fc.nat(), field: fc.nat(), value: fc.nat({ max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constantFrom('delete' as const, 'restore' as const), on: fc.constantFrom('A' as const, 'X' as const), pick: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('exchange' as const), way: fc.constantFrom('XA' as const, 'AX' as const) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('follow' as const) }) },
);

const FIELDS = { risk: ['title', 'probability', 'measures'], goal: ['text'] } as const;

function conflictsOf(wb: Workbook): string {
  return JSON.stringify(listConflicts(wb).map((c) => [c.kind, c.recordId, c.field, c.current, c.other]).sort());
}

/** A file from A for one recipient in one version, imported by it; A then hears back what it holds. */
async function follow(a: Workbook, r: Workbook, formatVersion: 2 | 3, full = false): Promise<void> {
  const file = await exportSyncFile(a, { formatVersion, full, forReplica: full ? undefined : r.replicaId });
  expect((await openSyncFile(file.bytes)).header.formatVersion).toBe(formatVersion);
  await importSyncFile(r, file.bytes, { backup: false });
  await importSyncFile(a, (await exportSyncFile(r, { forReplica: a.replicaId, formatVersion })).bytes, { backup: false });
}

describe('version 2 and version 3 files', () => {
  const tmp = useTempDir();

  it('bring a recipient to the same dump and the same conflicts', async () => {
    let run = 0;
    let withConflicts = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 30 }), async (ops) => {
        const dir = tmp.dir();
        const id = run++;
        const a = createWorkbook(join(dir, `f${id}-a.prosjektboka`), { empty: true, replicaName: 'A' });
        a.commands.create('risk', { title: 'Sykdom', probability: 2, consequence: 3, measures: 'linje 1\nlinje 2\n' });
        a.commands.create('goal', { text: 'Lære av hverandre' });
        const x = await joinFrom(a, dir, `f${id}-x`, 'X');
        const r2 = await joinFrom(a, dir, `f${id}-r2`, 'R2');
        const r3 = await joinFrom(a, dir, `f${id}-r3`, 'R3');
        const books = [a, x, r2, r3];
        try {
          let tick = 0;
          for (const o of ops) {
            tick++;
            if (o.t === 'exchange') {
              const [from, to] = o.way === 'XA' ? [x, a] : [a, x];
              await importSyncFile(to, (await exportSyncFile(from, { forReplica: to.replicaId })).bytes, { backup: false });
            } else if (o.t === 'follow') {
              await follow(a, r2, 2);
              await follow(a, r3, 3);
            } else {
              const w = o.on === 'A' ? a : x;
              const records = (['risk', 'goal'] as const).flatMap((kind) =>
                w.records.list(kind, { includeDeleted: true }).map((r) => ({ kind, id: r.id, deleted: r.deleted })));
              if (o.t === 'edit') {
                const live = records.filter((r) => !r.deleted);
                if (live.length === 0) continue;
                const rec = live[o.pick % live.length]!;
                const fields = FIELDS[rec.kind];
                const field = fields[o.field % fields.length]!;
                w.commands.update(rec.kind, rec.id, { [field]: field === 'probability' ? o.value + 1 : `${field} ${o.value} (${w.replicaName} ${tick})` });
              } else {
                const pool = records.filter((r) => (o.t === 'delete' ? !r.deleted : r.deleted));
                if (pool.length === 0) continue;
                const rec = pool[o.pick % pool.length]!;
                if (o.t === 'delete') w.commands.delete(rec.kind, rec.id);
                else w.commands.restore(rec.kind, rec.id);
              }
            }
          }
          await importSyncFile(a, (await exportSyncFile(x, { forReplica: a.replicaId })).bytes, { backup: false });
          await follow(a, r2, 2);
          await follow(a, r3, 3);
          expect(dump(r3)).toBe(dump(r2));
          expect(conflictsOf(r3)).toBe(conflictsOf(r2));
          // A full file of each version, on top, changes nothing and still agrees with A.
          await follow(a, r2, 2, true);
          await follow(a, r3, 3, true);
          expect(dump(r2)).toBe(dump(a));
          expect(dump(r3)).toBe(dump(a));
          expect(conflictsOf(r3)).toBe(conflictsOf(a));
          if (listConflicts(a).length > 0) withConflicts++;
        } finally {
          for (const b of books) b.close();
        }
      }),
      { numRuns: Number(process.env.SYNC_FORMAT_RUNS ?? 40) },
    );
    // The comparison means something only if the runs made concurrent edits that ended as conflicts.
    expect(withConflicts).toBeGreaterThan(0);
  }, 300_000);
});
