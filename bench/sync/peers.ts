import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as Y from 'yjs';
import * as Automerge from '@automerge/automerge';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { importSyncFile } from '../../electron/sync/importFile.js';
import { createWorkbook } from '../../electron/workbook/open.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { progress } from '../lib/log.js';
import { median, nowMs, round } from '../lib/stats.js';
import { tempDir } from '../lib/tmp.js';
import type { BenchResult, BenchSection } from '../lib/types.js';

/**
 * Issue 15's yardstick, measured in this process on one workload: MEETINGS
 * meetings whose five text fields are all set in each of ROUNDS rounds on
 * installation A (100 000 field changes with the defaults), then sent to B,
 * which already has the meetings. The same iteration runs through
 * Prosjektboka (command layer, sync file, durable import), Yjs (a Y.Map per
 * meeting, one transaction per round, encodeStateAsUpdate against B's state
 * vector, applyUpdate in memory), Automerge (a map per meeting with immutable
 * strings, so each field is a register like ours; one change per round,
 * saveSince/loadIncremental) and the raw floor (prepared INSERTs of the same
 * change rows into an empty workbook's change log, one durable transaction).
 * Median of BENCH_PEER_ROUNDS repetitions, each on fresh documents.
 */
const MEETINGS = Math.max(1, Number(process.env.BENCH_PEER_MEETINGS ?? 1000));
const ROUNDS = 20;
const REPEATS = Math.max(1, Number(process.env.BENCH_PEER_ROUNDS ?? 3));
const FIELDS = ['agenda', 'minutes', 'decisions', 'place', 'title'] as const;
const FIELD_CHANGES = MEETINGS * FIELDS.length * ROUNDS;

/** CPU time of this process in ms: on a machine busy with other work, wall time mostly measures the wait for a core. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The text every implementation writes: the field, the round and the meeting, about 60 characters. */
const textOf = (field: string, round: number, meeting: number) => `${field} ${round}: ${'tekst '.repeat(8)}${meeting}`;

interface PeerRun {
  readonly editMs: number;
  readonly exportMs: number;
  readonly importMs: number;
  /** The same three in CPU time. */
  readonly cpu: { readonly edit: number; readonly export: number; readonly import: number };
  readonly bytes: number;
}

function yjsRun(): PeerRun {
  const a = new Y.Doc();
  const meetings = a.getMap<Y.Map<string>>('meetings');
  a.transact(() => {
    for (let m = 0; m < MEETINGS; m++) {
      const meeting = new Y.Map<string>();
      meeting.set('title', `Møte ${m}`);
      meetings.set(String(m), meeting);
    }
  });
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const known = Y.encodeStateVector(b);
  const maps = [...Array(MEETINGS).keys()].map((m) => meetings.get(String(m))!);
  let start = nowMs();
  let cpu = cpuMs();
  for (let r = 0; r < ROUNDS; r++) {
    a.transact(() => {
      maps.forEach((meeting, m) => { for (const f of FIELDS) meeting.set(f, textOf(f, r, m)); });
    });
  }
  const editMs = nowMs() - start;
  const editCpu = cpuMs() - cpu;
  start = nowMs();
  cpu = cpuMs();
  const update = Y.encodeStateAsUpdate(a, known);
  const exportMs = nowMs() - start;
  const exportCpu = cpuMs() - cpu;
  start = nowMs();
  cpu = cpuMs();
  Y.applyUpdate(b, update);
  const importMs = nowMs() - start;
  const importCpu = cpuMs() - cpu;
  if (b.getMap<Y.Map<string>>('meetings').get(String(MEETINGS - 1))?.get('minutes') !== textOf('minutes', ROUNDS - 1, MEETINGS - 1)) {
    throw new Error('Yjs: B did not converge');
  }
  return { editMs, exportMs, importMs, cpu: { edit: editCpu, export: exportCpu, import: importCpu }, bytes: update.length };
}

type Meetings = { meetings: Record<string, Record<string, Automerge.ImmutableString>> };

function automergeRun(): PeerRun {
  let a = Automerge.from<Meetings>({ meetings: {} });
  a = Automerge.change(a, (d) => {
    for (let m = 0; m < MEETINGS; m++) d.meetings[String(m)] = { title: new Automerge.ImmutableString(`Møte ${m}`) };
  });
  let b = Automerge.load<Meetings>(Automerge.save(a));
  const heads = Automerge.getHeads(a);
  let start = nowMs();
  let cpu = cpuMs();
  for (let r = 0; r < ROUNDS; r++) {
    a = Automerge.change(a, (d) => {
      for (let m = 0; m < MEETINGS; m++) {
        const meeting = d.meetings[String(m)]!;
        for (const f of FIELDS) meeting[f] = new Automerge.ImmutableString(textOf(f, r, m));
      }
    });
  }
  const editMs = nowMs() - start;
  const editCpu = cpuMs() - cpu;
  start = nowMs();
  cpu = cpuMs();
  const update = Automerge.saveSince(a, heads);
  const exportMs = nowMs() - start;
  const exportCpu = cpuMs() - cpu;
  start = nowMs();
  cpu = cpuMs();
  b = Automerge.loadIncremental(b, update);
  const importMs = nowMs() - start;
  const importCpu = cpuMs() - cpu;
  if (String(b.meetings[String(MEETINGS - 1)]?.minutes) !== textOf('minutes', ROUNDS - 1, MEETINGS - 1)) {
    throw new Error('Automerge: B did not converge');
  }
  return { editMs, exportMs, importMs, cpu: { edit: editCpu, export: exportCpu, import: importCpu }, bytes: update.length };
}

interface OwnRun extends PeerRun {
  readonly floorMs: number;
  readonly floorCpu: number;
  /** gzip of the changed fields' final values with their record ids: what B must get at least. */
  readonly contentBytes: number;
  readonly changesSent: number;
}

async function prosjektbokaRun(dir: string, repeat: number): Promise<OwnRun> {
  const a = createWorkbook(join(dir, `a${repeat}.prosjektboka`), { empty: true, replicaName: 'A' });
  let b: Workbook | undefined;
  let floor: Workbook | undefined;
  try {
    const ids: string[] = [];
    a.transaction(() => {
      for (let m = 0; m < MEETINGS; m++) ids.push(a.commands.create('meeting', { title: `Møte ${m}`, startsAt: '2022-01-10T09:00', type: 'other' }));
    });
    const joined = createWorkbook(join(dir, `b${repeat}.prosjektboka`), {
      replicaName: 'B',
      join: { workbookId: a.workbookId, syncKey: a.syncKey, populate: () => undefined },
    });
    b = joined;
    await importSyncFile(b, (await exportSyncFile(a, { full: true })).bytes, { backup: false });
    // A hears from B, so its delta for B holds only what B lacks.
    await importSyncFile(a, (await exportSyncFile(b, {})).bytes, { backup: false });
    const before = a.changes.count();

    let start = nowMs();
    let cpu = cpuMs();
    for (let r = 0; r < ROUNDS; r++) {
      a.transaction(() => {
        ids.forEach((id, m) => a.commands.update('meeting', id, Object.fromEntries(FIELDS.map((f) => [f, textOf(f, r, m)]))));
      });
    }
    const editMs = nowMs() - start;
    const editCpu = cpuMs() - cpu;
    start = nowMs();
    cpu = cpuMs();
    const file = await exportSyncFile(a, { forReplica: 'B' });
    const exportMs = nowMs() - start;
    const exportCpu = cpuMs() - cpu;
    start = nowMs();
    cpu = cpuMs();
    await importSyncFile(b, file.bytes, { backup: false });
    const importMs = nowMs() - start;
    const importCpu = cpuMs() - cpu;
    const last = b.records.get('meeting', ids[MEETINGS - 1]!)?.fields;
    if (last?.minutes !== textOf('minutes', ROUNDS - 1, MEETINGS - 1)) throw new Error('Prosjektboka: B did not converge');

    // The floor: the same change rows (read before the clock) as prepared INSERTs, one transaction, on disk.
    const rows = a.sqliteForTests.prepare('SELECT hlc, replica_id, kind, record_id, field, value FROM change WHERE seq > ? ORDER BY seq')
      .raw().all(before) as unknown[][];
    floor = createWorkbook(join(dir, `floor${repeat}.prosjektboka`), { empty: true, replicaName: 'F' });
    const db = floor.sqliteForTests;
    const insert = db.prepare('INSERT INTO change (hlc, replica_id, kind, record_id, field, value) VALUES (?, ?, ?, ?, ?, ?)');
    start = nowMs();
    cpu = cpuMs();
    db.transaction(() => { for (const row of rows) insert.run(...row); })();
    const floorMs = nowMs() - start;
    const floorCpu = cpuMs() - cpu;

    const finals = ids.map((id, m) => [id, Object.fromEntries(FIELDS.map((f) => [f, textOf(f, ROUNDS - 1, m)]))]);
    const contentBytes = gzipSync(JSON.stringify(finals)).length;
    return {
      editMs, exportMs, importMs, cpu: { edit: editCpu, export: exportCpu, import: importCpu }, bytes: file.bytes.length,
      floorMs, floorCpu, contentBytes, changesSent: file.changeCount,
    };
  } finally {
    a.close();
    b?.close();
    floor?.close();
  }
}

const section: BenchSection = {
  name: 'peers',
  description: `issue 15's workload (${MEETINGS} meetings × 5 texts × ${ROUNDS} rounds) through Prosjektboka, Yjs, Automerge and the raw floor, median of ${REPEATS}`,
  async run() {
    const dir = tempDir();
    const own: OwnRun[] = [];
    const yjs: PeerRun[] = [];
    const automerge: PeerRun[] = [];
    for (let i = 0; i < REPEATS; i++) {
      // Alternate who goes first, so a machine that warms up or gets busier favours nobody.
      const order = i % 2 === 0 ? ['own', 'yjs', 'automerge'] : ['automerge', 'yjs', 'own'];
      for (const who of order) {
        if (who === 'own') own.push(await prosjektbokaRun(dir, i));
        else if (who === 'yjs') yjs.push(yjsRun());
        else automerge.push(automergeRun());
      }
      progress(`peers round ${i + 1}: own import ${own.at(-1)!.importMs.toFixed(0)} ms, floor ${own.at(-1)!.floorMs.toFixed(0)} ms, Yjs apply ${yjs.at(-1)!.importMs.toFixed(0)} ms`);
    }
    const med = <T>(runs: readonly T[], pick: (r: T) => number) => median(runs.map(pick));
    const ratio = <T, U>(xs: readonly T[], ys: readonly U[], x: (r: T) => number, y: (r: U) => number) =>
      median(xs.map((r, i) => x(r) / y(ys[i]!)));
    const perField = (ms: number) => (ms * 1000) / FIELD_CHANGES;
    const results: BenchResult[] = [
      { name: 'own.edit_us', label: 'Prosjektboka bulk edit through the command layer, µs per field', value: round(perField(med(own, (r) => r.editMs))), unit: 'µs', target: { op: '<=', value: 15 }, samples: own.map((r) => round(perField(r.editMs))) },
      { name: 'own.edit_cpu_us', label: 'the same in CPU time, µs per field', value: round(perField(med(own, (r) => r.cpu.edit))), unit: 'µs', samples: own.map((r) => round(perField(r.cpu.edit))) },
      { name: 'yjs.edit_us', label: 'Yjs Y.Map set, µs per field', value: round(perField(med(yjs, (r) => r.editMs))), unit: 'µs', samples: yjs.map((r) => round(perField(r.editMs))) },
      { name: 'yjs.edit_cpu_us', label: 'Yjs, CPU time, µs per field', value: round(perField(med(yjs, (r) => r.cpu.edit))), unit: 'µs' },
      { name: 'automerge.edit_us', label: 'Automerge change, µs per field', value: round(perField(med(automerge, (r) => r.editMs))), unit: 'µs', samples: automerge.map((r) => round(perField(r.editMs))) },
      { name: 'own.import_ms', label: 'Prosjektboka durable import of the delta', value: round(med(own, (r) => r.importMs)), unit: 'ms', samples: own.map((r) => round(r.importMs)) },
      { name: 'floor.insert_ms', label: 'raw prepared INSERTs of the same change rows, one durable transaction', value: round(med(own, (r) => r.floorMs)), unit: 'ms', samples: own.map((r) => round(r.floorMs)) },
      { name: 'yjs.apply_ms', label: 'Yjs applyUpdate (memory only)', value: round(med(yjs, (r) => r.importMs)), unit: 'ms', samples: yjs.map((r) => round(r.importMs)) },
      { name: 'automerge.load_ms', label: 'Automerge loadIncremental (memory only)', value: round(med(automerge, (r) => r.importMs)), unit: 'ms', samples: automerge.map((r) => round(r.importMs)) },
      { name: 'import_over_floor', label: 'durable import ÷ raw INSERT floor', value: round(ratio(own, own, (r) => r.importMs, (r) => r.floorMs), 3), unit: '×', target: { op: '<=', value: 1.5 } },
      { name: 'import_over_yjs', label: 'durable import ÷ Yjs applyUpdate', value: round(ratio(own, yjs, (r) => r.importMs, (r) => r.importMs), 3), unit: '×', target: { op: '<=', value: 1 } },
      { name: 'import_over_floor_cpu', label: 'the same in CPU time (steadier on a busy machine)', value: round(ratio(own, own, (r) => r.cpu.import, (r) => r.floorCpu), 3), unit: '×' },
      { name: 'import_over_yjs_cpu', label: 'durable import ÷ Yjs applyUpdate, CPU time', value: round(ratio(own, yjs, (r) => r.cpu.import, (r) => r.cpu.import), 3), unit: '×' },
      { name: 'own.export_ms', label: 'Prosjektboka export of the delta for B', value: round(med(own, (r) => r.exportMs)), unit: 'ms', samples: own.map((r) => round(r.exportMs)) },
      { name: 'yjs.encode_ms', label: 'Yjs encodeStateAsUpdate against B\'s state vector', value: round(med(yjs, (r) => r.exportMs)), unit: 'ms', samples: yjs.map((r) => round(r.exportMs)) },
      { name: 'automerge.save_ms', label: 'Automerge saveSince B\'s heads', value: round(med(automerge, (r) => r.exportMs)), unit: 'ms', samples: automerge.map((r) => round(r.exportMs)) },
      { name: 'export_over_yjs', label: 'export ÷ Yjs encode', value: round(ratio(own, yjs, (r) => r.exportMs, (r) => r.exportMs), 3), unit: '×', target: { op: '<=', value: 2 } },
      { name: 'export_over_yjs_cpu', label: 'export ÷ Yjs encode, CPU time', value: round(ratio(own, yjs, (r) => r.cpu.export, (r) => r.cpu.export), 3), unit: '×' },
      { name: 'own.file_bytes', label: 'Prosjektboka delta file', value: med(own, (r) => r.bytes), unit: 'bytes', detail: { changesSent: own[0]!.changesSent, fieldChanges: FIELD_CHANGES } },
      { name: 'yjs.update_bytes', label: 'Yjs update', value: med(yjs, (r) => r.bytes), unit: 'bytes' },
      { name: 'automerge.bytes', label: 'Automerge incremental save', value: med(automerge, (r) => r.bytes), unit: 'bytes' },
      { name: 'content.gzip_bytes', label: 'gzip of the changed fields\' final values with their record ids', value: med(own, (r) => r.contentBytes), unit: 'bytes' },
      { name: 'file_over_content', label: 'delta file ÷ final values\' gzip', value: round(ratio(own, own, (r) => r.bytes, (r) => r.contentBytes), 3), unit: '×', target: { op: '<=', value: 1.5 } },
      { name: 'file_over_yjs', label: 'delta file ÷ Yjs update', value: round(ratio(own, yjs, (r) => r.bytes, (r) => r.bytes), 3), unit: '×', target: { op: '<=', value: 1 } },
    ];
    return results;
  },
};

export default section;
