import { createWorkbook } from '../../electron/workbook/open.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { nowMs } from '../lib/stats.js';
import { commandInputs, type Dataset } from './dataset.js';

export interface BuildResult {
  /** Wall time of the one transaction that creates every record, commit included. */
  readonly ms: number;
  readonly records: number;
  /** `wb.changes.count()` after the build. */
  readonly changes: number;
}

/**
 * Builds the dataset into a new empty workbook at `path` through the command
 * layer: `createWorkbook(path, { empty: true })`, then one `wb.transaction`
 * around one `wb.commands.create` per record. Only that transaction is timed;
 * the inputs are copied beforehand and only their reference fields are filled
 * inside the loop (with the ids the earlier creates returned).
 */
export function buildWithCommands(path: string, ds: Dataset): BuildResult {
  const wb = createWorkbook(path, { empty: true, replicaName: 'bench' });
  try {
    return buildInto(wb, ds);
  } finally {
    wb.close();
  }
}

/** The same into a workbook already open, which stays open (the disk section measures its WAL). */
export function buildInto(wb: Workbook, ds: Dataset): BuildResult {
  const inputs = commandInputs(ds);
  const ids: string[] = new Array<string>(ds.records.length);
  const records = ds.records;
  const start = nowMs();
  wb.transaction(() => {
    for (let i = 0; i < records.length; i++) {
      const rec = records[i]!;
      const input = inputs[i]!;
      for (const [field, index] of rec.refs) input[field] = ids[index];
      ids[i] = wb.commands.create(rec.kind, input);
    }
  });
  const ms = nowMs() - start;
  return { ms, records: records.length, changes: wb.changes.count() };
}
