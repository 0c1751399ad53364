import Database from 'better-sqlite3';
import { join } from 'node:path';
import { progress } from '../lib/log.js';
import { median, round, timed } from '../lib/stats.js';
import { removeWorkbookFile, tempDir } from '../lib/tmp.js';
import type { BenchResult, BenchSection } from '../lib/types.js';
import { buildWithCommands } from './build.js';
import { dataset, head } from './dataset.js';
import { adoptLargeWorkbook } from './fixture.js';
import { buildFloor } from './floor.js';

const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
const WARMUP_RECORDS = 3_000;

/**
 * Bulk write: the large dataset written through the command layer, against
 * the same rows, change records and search rows written with bare prepared
 * INSERTs (the floor). After an untimed warm-up of both on the first
 * records (so the JIT has compiled both paths), rounds alternate floor and
 * command, each on a fresh file, and alternate which goes first; medians are
 * reported, the ratio being the floor's median time over the command layer's.
 */
const section: BenchSection = {
  name: 'write',
  description: `bulk create through the command layer vs raw INSERT floor, median of ${ROUNDS} rounds`,
  async run() {
    const { result: ds, ms: genMs } = timed(() => dataset());
    progress(`dataset: ${ds.records.length} records, ${ds.expectedChanges} field changes, generated in ${(genMs / 1000).toFixed(1)} s`);
    const dir = tempDir();
    const warm = head(ds, WARMUP_RECORDS);
    buildFloor(join(dir, 'warmup-floor.prosjektboka'), warm);
    buildWithCommands(join(dir, 'warmup-command.prosjektboka'), warm);
    removeWorkbookFile(join(dir, 'warmup-floor.prosjektboka'));
    removeWorkbookFile(join(dir, 'warmup-command.prosjektboka'));
    const floorMs: number[] = [];
    const commandMs: number[] = [];
    let commandChanges = 0;
    let sameData: boolean | undefined;

    for (let round = 1; round <= ROUNDS; round++) {
      const floorPath = join(dir, `floor-${round}.prosjektboka`);
      const commandPath = join(dir, `command-${round}.prosjektboka`);
      const runFloor = () => {
        const r = buildFloor(floorPath, ds);
        if (r.changes !== ds.expectedChanges) throw new Error(`floor wrote ${r.changes} changes, expected ${ds.expectedChanges}`);
        floorMs.push(r.ms);
        progress(`round ${round}: floor   ${(r.ms / 1000).toFixed(2)} s`);
      };
      const runCommand = () => {
        const r = buildWithCommands(commandPath, ds);
        if (r.changes !== ds.expectedChanges) throw new Error(`command layer wrote ${r.changes} changes, expected ${ds.expectedChanges}`);
        commandChanges = r.changes;
        commandMs.push(r.ms);
        progress(`round ${round}: command ${(r.ms / 1000).toFixed(2)} s`);
      };
      if (round % 2 === 1) {
        runFloor();
        runCommand();
      } else {
        runCommand();
        runFloor();
      }
      if (round === 1) sameData = sameContent(floorPath, commandPath);
      removeWorkbookFile(floorPath);
      if (round === ROUNDS) adoptLargeWorkbook(commandPath);
      else removeWorkbookFile(commandPath);
    }

    const records = ds.records.length;
    const changes = ds.expectedChanges;
    const rate = (n: number, ms: number) => n / (ms / 1000);
    const floorMedian = median(floorMs);
    const commandMedian = median(commandMs);
    const ratio = floorMedian / commandMedian;
    const results: BenchResult[] = [
      { name: 'dataset.records', label: 'records written', value: records, unit: 'records', detail: { ...ds.size } },
      {
        name: 'dataset.changes',
        label: 'field change records (wb.changes.count())',
        value: commandChanges,
        unit: 'changes',
      },
      {
        name: 'dataset.minutes_bytes',
        label: 'meeting minutes, mean size',
        value: ds.minutesBytes.mean,
        unit: 'bytes',
        detail: { ...ds.minutesBytes, allTextMb: round(ds.textBytes / 2 ** 20) },
      },
      ...rates('floor', 'floor (raw INSERT)', floorMs, records, changes),
      ...rates('command', 'command layer', commandMs, records, changes),
      {
        name: 'ratio',
        label: 'command rate / floor rate',
        value: round(ratio, 3),
        unit: '×',
        target: { op: '>=', value: 0.5 },
        samples: floorMs.map((f, i) => round(f / commandMs[i]!, 3)),
        detail: { sameData, floorMedianMs: round(floorMedian), commandMedianMs: round(commandMedian) },
      },
    ];
    if (sameData === false) throw new Error('the floor and the command layer wrote different data; the comparison is void');
    return results;

    function rates(key: string, label: string, ms: readonly number[], n: number, c: number): BenchResult[] {
      return [
        { name: `${key}.seconds`, label: `${label}: time`, value: round(median(ms) / 1000), unit: 's', samples: ms.map((m) => round(m / 1000)) },
        { name: `${key}.records_per_s`, label: `${label}: records`, value: round(rate(n, median(ms))), unit: 'records/s', samples: ms.map((m) => round(rate(n, m))) },
        { name: `${key}.changes_per_s`, label: `${label}: field changes`, value: round(rate(c, median(ms))), unit: 'changes/s', samples: ms.map((m) => round(rate(c, m))) },
      ];
    }
  },
};
export default section;

/**
 * The two files hold the same data, ids and stamps aside: same row counts per
 * table, same change values, same search text.
 */
function sameContent(a: string, b: string): boolean {
  const fa = fingerprint(a);
  const fb = fingerprint(b);
  const same = JSON.stringify(fa) === JSON.stringify(fb);
  if (!same) progress(`floor and command files differ:\n${JSON.stringify(fa)}\n${JSON.stringify(fb)}`);
  return same;
}

function fingerprint(path: string): Record<string, unknown> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const q = (sql: string) => db.prepare(sql).get() as Record<string, unknown>;
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT IN ('meta', 'change', 'search_doc') AND name NOT LIKE 'search_index%'")
      .pluck()
      .all() as string[];
    const rows: Record<string, unknown> = {};
    for (const t of tables) rows[t] = q(`SELECT COUNT(*) AS n FROM "${t}"`).n;
    return {
      rows,
      change: q('SELECT COUNT(*) AS n, SUM(LENGTH(value)) AS bytes, COUNT(DISTINCT hlc) AS stamps, COUNT(DISTINCT record_id) AS recs FROM change'),
      changeFields: db.prepare('SELECT kind, field, COUNT(*) AS n, SUM(LENGTH(value)) AS bytes FROM change GROUP BY kind, field ORDER BY kind, field').all(),
      searchDoc: q('SELECT COUNT(*) AS n FROM search_doc'),
      // The index keeps no texts (migration 009); what it indexes is compared through search_doc and the tables.
      searchIndex: q('SELECT COUNT(*) AS n FROM search_index'),
      meetingText: q('SELECT SUM(LENGTH(minutes)) AS minutes, SUM(LENGTH(agenda)) AS agenda FROM meeting'),
    };
  } finally {
    db.close();
  }
}
