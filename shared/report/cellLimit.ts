import { formatAmount } from '../rules/money.js';
import type { Cell, TableModel } from './tables.js';

/**
 * Excel holds at most 32 767 characters in one cell; longer text is cut off
 * without a word when the file is opened (and a CSV field that long can spill
 * into the next rows). A minutes text or a pasted document can exceed that, so
 * the export cuts such text itself, ends it with a marker the reader sees in
 * the cell, and lists each cut cell in a note, instead of letting the
 * spreadsheet drop the end silently.
 */
export const SPREADSHEET_CELL_LIMIT = 32_767;

export interface ClippedCell {
  /** The cell as a spreadsheet names it, e.g. "C12" (header = row 1). */
  readonly reference: string;
  /** The text's full length, in characters. */
  readonly length: number;
}

export interface ClippedTable {
  readonly table: TableModel;
  readonly clipped: readonly ClippedCell[];
}

export function clipMarker(length: number): string {
  return ` … [forkortet: ${formatAmount(length)} tegn, se merknad]`;
}

/** The row a table's data row or sum row lands on in the sheet: header, rows, one empty row, sums. */
export function sheetRow(table: Pick<TableModel, 'rows'>, part: 'rows' | 'sums', index: number): number {
  return part === 'rows' ? index + 2 : table.rows.length + 3 + index;
}

export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function clipTableCells(table: TableModel): ClippedTable {
  const clipped: ClippedCell[] = [];
  const clipRows = (part: 'rows' | 'sums') =>
    table[part].map((row, i) =>
      row.map((cell, j): Cell => {
        if (cell?.type !== 'text' || countChars(cell.value) <= SPREADSHEET_CELL_LIMIT) return cell;
        const length = countChars(cell.value);
        const marker = clipMarker(length);
        clipped.push({ reference: `${columnLetters(j + 1)}${sheetRow(table, part, i)}`, length });
        // By code points, so a cut never splits an emoji or a surrogate pair.
        return { type: 'text', value: Array.from(cell.value).slice(0, SPREADSHEET_CELL_LIMIT - countChars(marker)).join('') + marker };
      }),
    );
  const rows = clipRows('rows');
  const sums = clipRows('sums');
  return { table: clipped.length === 0 ? table : { ...table, rows, sums }, clipped };
}

/** The note under the table (CSV) or on its own sheet (XLSX) for each cut cell. */
export function clipNote(cell: ClippedCell): string {
  return `Cellen ${cell.reference} er forkortet til ${formatAmount(SPREADSHEET_CELL_LIMIT)} av ${formatAmount(cell.length)} tegn (regnearkets grense per celle). Hele teksten står i Prosjektboka.`;
}

/** Characters as the reader counts them: code points, not UTF-16 units. */
function countChars(text: string): number {
  return Array.from(text).length;
}

