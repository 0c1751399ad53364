import { KINDS, type Kind } from '../../shared/model/kinds.js';
import type { Workbook } from './workbook.js';

/** How many records of every kind are live (not deleted): what the mass-deletion guard measures a delete against. */
export function countLiveRecords(wb: Workbook): number {
  let n = 0;
  for (const kind of Object.keys(KINDS) as Kind[]) n += wb.records.count(kind);
  return n;
}
