import { openWorkbook } from '../workbook/open.js';
import type { Workbook } from '../workbook/workbook.js';

/** Opens the workbook a command names, runs the command on it, and closes it whatever happens. */
export function withWorkbook(file: string, fn: (wb: Workbook) => void): void {
  const wb = openWorkbook(file);
  try {
    fn(wb);
  } finally {
    wb.close();
  }
}
