import { join } from 'node:path';
import { statSync } from 'node:fs';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { importSyncFile } from '../../electron/sync/importFile.js';
import { createWorkbook, openWorkbook } from '../../electron/workbook/open.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { largeWorkbookPath } from '../core/fixture.js';
import { buildFloor } from '../core/floor.js';
import { dataset } from '../core/dataset.js';
import { progress } from '../lib/log.js';
import { median, nowMs, round } from '../lib/stats.js';
import { removeWorkbookFile, tempDir } from '../lib/tmp.js';
import type { BenchResult, BenchSection } from '../lib/types.js';

const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));

/**
 * Sync: the large workbook (100 000 field changes) as a full sync file,
 * imported into an empty installation of the same workbook, against the raw
 * prepared INSERTs of the same rows in one transaction (bench/core/floor.ts)
 * in the same run; then the same file imported again; export time; and the
 * file's size per change, plain and encrypted (age, scrypt at its default
 * work factor). Rounds alternate which of floor and import goes first.
 */
const section: BenchSection = {
  name: 'sync',
  description: `sync file export and import of the large workbook vs raw INSERT floor, median of ${ROUNDS} rounds`,
  async run() {
    const source = openWorkbook(largeWorkbookPath());
    const dir = tempDir();
    const ds = dataset();
    try {
      const changes = source.changes.count();
      const exportMs: number[] = [];
      let bytes: Buffer = Buffer.alloc(0);
      for (let i = 0; i < ROUNDS; i++) {
        const start = nowMs();
        bytes = (await exportSyncFile(source, { full: true })).bytes;
        exportMs.push(nowMs() - start);
      }
      progress(`export: ${changes} changes, ${bytes.length} bytes, ${(median(exportMs) / 1000).toFixed(2)} s`);
      // The previous format (version 2, one JSON document) in the same run: the before of issue 15's columnar encoding.
      const v2Ms: number[] = [];
      let v2Bytes: Buffer = Buffer.alloc(0);
      for (let i = 0; i < ROUNDS; i++) {
        const start = nowMs();
        v2Bytes = (await exportSyncFile(source, { full: true, formatVersion: 2 })).bytes;
        v2Ms.push(nowMs() - start);
      }
      progress(`export, version 2: ${v2Bytes.length} bytes, ${(median(v2Ms) / 1000).toFixed(2)} s`);
      const encStart = nowMs();
      const encrypted = (await exportSyncFile(source, { full: true, passphrase: 'bench passphrase of five words' })).bytes;
      const encryptMs = nowMs() - encStart;

      const floorMs: number[] = [];
      const importMs: number[] = [];
      const v2ImportMs: number[] = [];
      const reimportMs: number[] = [];
      for (let round = 1; round <= ROUNDS; round++) {
        const floorPath = join(dir, `floor-${round}.prosjektboka`);
        const targetPath = join(dir, `target-${round}.prosjektboka`);
        const runFloor = () => {
          const r = buildFloor(floorPath, ds);
          floorMs.push(r.ms);
          progress(`round ${round}: floor    ${(r.ms / 1000).toFixed(2)} s`);
        };
        const runImport = async () => {
          const target = emptyReplica(source, targetPath);
          try {
            const start = nowMs();
            const report = await importSyncFile(target, bytes);
            const ms = nowMs() - start;
            if (report.applied !== changes) throw new Error(`imported ${report.applied} of ${changes} changes`);
            importMs.push(ms);
            const again = nowMs();
            const second = await importSyncFile(target, bytes);
            reimportMs.push(nowMs() - again);
            if (second.applied !== 0) throw new Error('the second import applied changes');
            progress(`round ${round}: import   ${(ms / 1000).toFixed(2)} s, again ${((nowMs() - again) / 1000).toFixed(3)} s`);
          } finally {
            target.close();
          }
          removeWorkbookFile(targetPath);
          const old = emptyReplica(source, targetPath);
          try {
            const start = nowMs();
            const report = await importSyncFile(old, v2Bytes, { backup: false });
            v2ImportMs.push(nowMs() - start);
            if (report.applied !== changes) throw new Error(`imported ${report.applied} of ${changes} changes from the version 2 file`);
            progress(`round ${round}: import of the version 2 file ${((nowMs() - start) / 1000).toFixed(2)} s`);
          } finally {
            old.close();
          }
        };
        if (round % 2 === 1) {
          runFloor();
          await runImport();
        } else {
          await runImport();
          runFloor();
        }
        removeWorkbookFile(floorPath);
        removeWorkbookFile(targetPath);
      }
      const rate = (ms: number) => changes / (ms / 1000);
      const floor = median(floorMs);
      const imp = median(importMs);
      const again = median(reimportMs);
      const results: BenchResult[] = [
        { name: 'changes', label: 'field changes in the file', value: changes, unit: 'changes' },
        { name: 'export.seconds', label: 'export (full file)', value: round(median(exportMs) / 1000), unit: 's', samples: exportMs.map((m) => round(m / 1000)) },
        { name: 'floor.changes_per_s', label: 'floor (raw INSERT): field changes', value: round(rate(floor)), unit: 'changes/s', samples: floorMs.map((m) => round(rate(m))) },
        { name: 'import.seconds', label: 'import: time', value: round(imp / 1000), unit: 's', samples: importMs.map((m) => round(m / 1000)) },
        { name: 'import.changes_per_s', label: 'import: field changes', value: round(rate(imp)), unit: 'changes/s', samples: importMs.map((m) => round(rate(m))) },
        {
          name: 'import.ratio',
          label: 'import rate / floor rate',
          value: round(floor / imp, 3),
          unit: '×',
          target: { op: '>=', value: 0.5 },
          samples: floorMs.map((f, i) => round(f / importMs[i]!, 3)),
        },
        {
          name: 'import.floor_multiple',
          label: 'import time / floor time (version 3)',
          value: round(imp / floor, 3),
          unit: '×',
          target: { op: '<=', value: 1.5 },
        },
        { name: 'import.v2_floor_multiple', label: 'import time / floor time (version 2 file, same run)', value: round(median(v2ImportMs) / floor, 3), unit: '×' },
        { name: 'export.floor_multiple', label: 'export time / floor time (version 3)', value: round(median(exportMs) / floor, 3), unit: '×' },
        { name: 'export.v2_floor_multiple', label: 'export time / floor time (version 2, same run)', value: round(median(v2Ms) / floor, 3), unit: '×' },
        { name: 'reimport.seconds', label: 'same file again: time', value: round(again / 1000), unit: 's', samples: reimportMs.map((m) => round(m / 1000)) },
        {
          name: 'reimport.ratio',
          label: 'same file again / first import',
          value: round(again / imp, 3),
          unit: '×',
          target: { op: '<=', value: 0.1 },
        },
        { name: 'file.bytes', label: 'file size (plain, gzip)', value: bytes.length, unit: 'bytes' },
        { name: 'file.bytes_per_change', label: 'file size per change (plain)', value: round(bytes.length / changes, 5), unit: 'bytes' },
        { name: 'file.v2_bytes_per_change', label: 'file size per change (version 2, same run)', value: round(v2Bytes.length / changes, 5), unit: 'bytes' },
        {
          name: 'file.encrypted_bytes_per_change',
          label: 'file size per change (encrypted)',
          value: round(encrypted.length / changes, 5),
          unit: 'bytes',
          detail: { encryptedBytes: encrypted.length, overheadBytes: encrypted.length - bytes.length },
        },
        { name: 'export.encrypted_seconds', label: 'export encrypted (scrypt 2^18 included)', value: round(encryptMs / 1000), unit: 's' },
        { name: 'workbook.bytes', label: 'the workbook itself', value: statSync(source.path).size, unit: 'bytes' },
      ];
      return results;
    } finally {
      source.close();
    }
  },
};
export default section;

/** A new installation of the source's workbook that holds nothing yet: what joining makes, before its first file. */
function emptyReplica(source: Workbook, path: string): Workbook {
  return createWorkbook(path, {
    replicaName: 'bench target',
    join: { workbookId: source.workbookId, syncKey: source.syncKey, populate: () => undefined },
  });
}
