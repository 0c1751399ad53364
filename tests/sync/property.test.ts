import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isWorkbookError } from '../../shared/errors.js';
import { fieldSpecs, type Kind } from '../../shared/model/kinds.js';
import { decodeStamps, stampKey } from '../../shared/sync/stamps.js';
import { DELETED_FIELD } from '../../electron/workbook/changeLog.js';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { importSyncFile } from '../../electron/sync/importFile.js';
import { listConflicts, resolveConflict } from '../../electron/sync/conflicts.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';
import { dump, joinFrom } from './helpers.js';

/**
 * Three to five installations make random adds, edits, deletes, restores and
 * resolutions, and exchange files at random: deltas and full files, some kept
 * and imported again later (duplicates, reordering, stale knowledge). After a
 * final full exchange every installation dumps the same bytes, and no value
 * written concurrently to a field is lost: it is the field's value, merged
 * into it, or kept in an open conflict.
 */
const BASE_TEXT = 'linje 1\nlinje 2\nlinje 3\nlinje 4\nlinje 5\nlinje 6\n';

type Op =
  | { t: 'add'; r: number; kind: 'goal' | 'risk' | 'meeting' }
  | { t: 'edit'; r: number; pick: number; field: number; value: number; line: number }
  | { t: 'delete' | 'restore'; r: number; pick: number }
  | { t: 'resolve'; r: number; pick: number; choice: number }
  | { t: 'send'; from: number; to: number; mode: 'for' | 'all' | 'full'; keep: boolean }
  | { t: 'replay'; to: number; pick: number };

const replica = fc.nat({ max: 4 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ t: fc.constant('add' as const), r: replica, kind: fc.constantFrom('goal' as const, 'risk' as const, 'meeting' as const) }) },
  { weight: 5, arbitrary: fc.record({ t: fc.constant('edit' as const), r: replica, pick: fc.nat(), field: fc.nat(), value: fc.nat({ max: 3 }), line: fc.nat({ max: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constantFrom('delete' as const, 'restore' as const), r: replica, pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('resolve' as const), r: replica, pick: fc.nat(), choice: fc.nat({ max: 2 }) }) },
  { weight: 4, arbitrary: fc.record({ t: fc.constant('send' as const), from: replica, to: replica, mode: fc.constantFrom('for' as const, 'all' as const, 'full' as const), keep: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('replay' as const), to: replica, pick: fc.nat() }) },
);

const EDITABLE: Record<'goal' | 'risk' | 'meeting', readonly string[]> = {
  goal: ['text'],
  risk: ['title', 'probability', 'measures'],
  meeting: ['place', 'minutes'],
};

/** What the runs exercised, so the test fails if the generator stops producing concurrency. */
const seen = { openConflicts: 0, resolved: 0, deleteConflicts: 0, mergedText: 0 };

describe('installations that exchange files at random converge', () => {
  const tmp = useTempDir();

  it('every dump is identical after a final full exchange, and nothing written concurrently is lost', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 3, max: 5 }), fc.array(op, { minLength: 5, maxLength: 35 }), async (n, ops) => {
        const dir = tmp.dir();
        const id = run++;
        const first = newWorkbook(dir, `r${id}-0.prosjektboka`, { empty: true, replicaName: 'Drammen' });
        const books: Workbook[] = [first];
        try {
          first.commands.create('goal', { text: 'Lære av hverandre' });
          first.commands.create('risk', { title: 'Sykdom', probability: 2, consequence: 3, measures: BASE_TEXT });
          first.commands.create('meeting', { title: 'Oppstart', startsAt: '2021-09-06T10:00', type: 'workshop', minutes: BASE_TEXT });
          for (let i = 1; i < n; i++) books.push(await joinFrom(first, dir, `r${id}-${i}`, `Installasjon ${i}`));
          const kept: Buffer[] = [];
          let tick = 0;
          for (const o of ops) {
            tick++;
            await perform(o, books, kept, tick);
          }
          // The final full exchange: everyone's full file to the first, then the first's to everyone.
          for (let i = 1; i < n; i++) await importSyncFile(books[0]!, (await exportSyncFile(books[i]!, { full: true })).bytes, { backup: false });
          const all = (await exportSyncFile(books[0]!, { full: true })).bytes;
          for (let i = 1; i < n; i++) await importSyncFile(books[i]!, all, { backup: false });
          const expected = dump(books[0]!);
          for (let i = 1; i < n; i++) expect(dump(books[i]!), `installation ${i}`).toBe(expected);
          expectNothingLost(books[0]!);
          const count = (sql: string) => (books[0]!.sqliteForTests.prepare(sql).get() as { n: number }).n;
          if (count("SELECT COUNT(*) AS n FROM sync_conflict WHERE status = 'open'") > 0) seen.openConflicts++;
          if (count("SELECT COUNT(*) AS n FROM sync_conflict WHERE field = '_deleted'") > 0) seen.deleteConflicts++;
        } finally {
          for (const b of books) b.close();
        }
      }),
      { numRuns: Number(process.env.SYNC_PROPERTY_RUNS ?? 100) },
    );
    console.log(`sync property: ${JSON.stringify(seen)}`);
    for (const [what, n] of Object.entries(seen)) expect(n, `runs with ${what}`).toBeGreaterThan(0);
  }, 300_000);
});

async function perform(o: Op, books: Workbook[], kept: Buffer[], tick: number): Promise<void> {
  const n = books.length;
  const wb = (r: number) => books[r % n]!;
  const records = (w: Workbook, includeDeleted: boolean) =>
    (['goal', 'risk', 'meeting'] as const).flatMap((kind) =>
      w.records.list(kind, { includeDeleted }).map((r) => ({ kind, id: r.id, deleted: r.deleted, fields: r.fields })),
    );
  try {
    switch (o.t) {
      case 'add': {
        const w = wb(o.r);
        if (o.kind === 'goal') w.commands.create('goal', { text: `Mål ${tick}` });
        else if (o.kind === 'risk') w.commands.create('risk', { title: `Risiko ${tick}`, probability: 1, consequence: 1, measures: BASE_TEXT });
        else w.commands.create('meeting', { title: `Møte ${tick}`, startsAt: '2022-01-10T09:00', type: 'other', minutes: BASE_TEXT });
        break;
      }
      case 'edit': {
        const w = wb(o.r);
        const live = records(w, false);
        if (live.length === 0) return;
        const rec = live[o.pick % live.length]!;
        const fields = EDITABLE[rec.kind];
        const field = fields[o.field % fields.length]!;
        const spec = fieldSpecs(rec.kind)[field]!;
        let value: unknown;
        if (spec.longText) {
          const lines = String(rec.fields[field]).split('\n');
          lines[o.line] = `endret ${tick} av ${w.replicaName}`;
          value = lines.join('\n');
        } else if (spec.storage === 'int') value = o.value + 1;
        else value = `verdi ${o.value}`;
        w.commands.update(rec.kind, rec.id, { [field]: value });
        break;
      }
      case 'delete':
      case 'restore': {
        const w = wb(o.r);
        const all = records(w, true).filter((r) => (o.t === 'delete' ? !r.deleted : r.deleted));
        if (all.length === 0) return;
        const rec = all[o.pick % all.length]!;
        if (o.t === 'delete') w.commands.delete(rec.kind, rec.id);
        else w.commands.restore(rec.kind, rec.id);
        break;
      }
      case 'resolve': {
        // The first installation from o.r on that has an open conflict.
        const w = Array.from({ length: n }, (_, i) => wb(o.r + i)).find((b) => listConflicts(b).length > 0);
        if (!w) return;
        const open = listConflicts(w);
        const c = open[o.pick % open.length]!;
        seen.resolved++;
        if (o.choice === 2 && c.field !== DELETED_FIELD) {
          const spec = fieldSpecs(c.kind)[c.field]!;
          resolveConflict(w, c.id, { value: spec.storage === 'int' ? 4 : spec.longText ? `${String(c.current)}samlet ${tick}\n` : `samlet ${tick}` });
        } else resolveConflict(w, c.id, { keep: o.choice === 0 ? 'current' : 'other' });
        break;
      }
      case 'send': {
        const from = wb(o.from);
        const to = wb(o.to);
        if (from === to) return;
        const forReplica = o.mode === 'for' && from.sqliteForTests.prepare('SELECT 1 FROM sync_peer WHERE replica_id = ?').get(to.replicaId) ? to.replicaId : undefined;
        const file = await exportSyncFile(from, { full: o.mode === 'full', forReplica });
        if (o.keep) kept.push(file.bytes);
        await importSyncFile(to, file.bytes, { backup: false });
        break;
      }
      case 'replay': {
        if (kept.length === 0) return;
        await importSyncFile(wb(o.to), kept[o.pick % kept.length]!, { backup: false });
        break;
      }
    }
  } catch (e) {
    // A refused command (editing what is deleted here) or a stale delta that assumes more than the
    // recipient holds (sync_gap) changes nothing; anything else is a failure.
    if (isWorkbookError(e) && ['not_found', 'sync_gap', 'invalid'].includes(e.code)) return;
    throw e;
  }
}

/** Every head of every field (a change nothing supersedes) is the value, merged into it, or an open conflict. */
function expectNothingLost(wb: Workbook): void {
  const rows = wb.sqliteForTests.prepare('SELECT hlc, replica_id AS replicaId, kind, record_id AS recordId, field, value, prev FROM change').all() as {
    hlc: string; replicaId: string; kind: Kind; recordId: string; field: string; value: string; prev: string | null;
  }[];
  const superseded = new Set<string>();
  for (const r of rows) {
    if (r.field === DELETED_FIELD) continue;
    for (const p of decodeStamps(r.prev)) superseded.add(`${r.recordId} ${r.field} ${stampKey(p)}`);
  }
  const open = new Set(
    (wb.sqliteForTests.prepare("SELECT record_id || ' ' || field || ' ' || other_hlc || ' ' || other_replica AS k FROM sync_conflict WHERE status = 'open'").all() as { k: string }[]).map((r) => r.k),
  );
  for (const r of rows) {
    if (r.field === DELETED_FIELD) continue;
    const key = `${r.recordId} ${r.field} ${r.hlc} ${r.replicaId}`;
    if (superseded.has(key)) continue;
    const value = JSON.parse(r.value) as unknown;
    const current = wb.records.get(r.kind, r.recordId)!.fields[r.field];
    if (JSON.stringify(current) === JSON.stringify(value) || open.has(key)) continue;
    const spec = fieldSpecs(r.kind)[r.field]!;
    expect(spec.longText, `${r.kind}.${r.field} = ${JSON.stringify(value)} was lost (now ${JSON.stringify(current)})`).toBe(true);
    // Merged cleanly: every line this head wrote is in the value.
    seen.mergedText++;
    const now = String(current).split('\n');
    for (const line of String(value).split('\n')) {
      if (line.startsWith('endret') || line.startsWith('samlet')) expect(now, `${r.kind}.${r.field}`).toContain(line);
    }
  }
}
