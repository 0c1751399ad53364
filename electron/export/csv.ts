import { clipNote, clipTableCells } from '../../shared/report/cellLimit.js';
import type { Cell, TableModel } from '../../shared/report/tables.js';

/**
 * CSV that Excel with Norwegian settings opens correctly on a double click:
 *
 * - UTF-8 with a byte order mark, or Excel reads æøå as Windows-1252;
 * - semicolons between fields, the list separator of the nb-NO locale (the
 *   comma is the decimal mark there);
 * - CRLF line ends, quotes around fields that hold a semicolon, a quote or a
 *   line break (RFC 4180);
 * - numbers with a decimal comma and no digit grouping: "1170000" is a number
 *   in every locale, while Excel parses "1 170 000" only when the space is the
 *   exact grouping character of the reader's Windows settings (U+00A0 on some,
 *   a plain space or none on others), and would otherwise leave it as text;
 * - dates as dd.mm.yyyy, the nb-NO short date Excel turns into a date.
 *
 * A text cell that a spreadsheet would run as a formula (starting with =, +,
 * -, @, or a tab or carriage return that some programs strip first) gets a
 * leading apostrophe, OWASP's advice against CSV injection: the text shows,
 * nothing runs. Numbers are typed cells and never need it.
 */
export const CSV_BOM = '\ufeff';
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvNumber(value: number): string {
  return String(value).replace('.', ',');
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  switch (cell.type) {
    case 'text':
      return neutraliseFormula(cell.value);
    case 'number':
    case 'kroner':
      return csvNumber(cell.value);
    case 'date': {
      const [y, m, d] = cell.value.split('-');
      return `${d}.${m}.${y}`;
    }
  }
}

function field(text: string): string {
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Header, the records, then, each after one empty line, the sums and a note
 * for each cell cut to the spreadsheet's limit: the lines a reader sorts are
 * the records alone.
 */
export function tableToCsv(whole: TableModel): Buffer {
  const { table, clipped } = clipTableCells(whole);
  const line = (row: readonly Cell[]) => row.map((c) => field(cellText(c))).join(';');
  const lines = [table.columns.map((c) => field(neutraliseFormula(c.header))).join(';'), ...table.rows.map(line)];
  if (table.sums.length > 0) lines.push('', ...table.sums.map(line));
  if (clipped.length > 0) lines.push('', ...clipped.map((c) => field(neutraliseFormula(clipNote(c)))));
  return Buffer.from(CSV_BOM + lines.join('\r\n') + '\r\n', 'utf8');
}
