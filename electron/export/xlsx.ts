import type ExcelJS from 'exceljs';
import { clipNote, clipTableCells } from '../../shared/report/cellLimit.js';
import type { Cell, TableModel } from '../../shared/report/tables.js';

/**
 * XLSX through exceljs. Numbers are numbers and dates are dates, so the
 * reader can sum and sort; text is always written as a string value, which a
 * spreadsheet shows as text and never evaluates, whatever it starts with (a
 * formula exists in XLSX only as a formula element, which we never write).
 *
 * Number formats are stored in the file's locale-free notation: "#,##0" is
 * "group the thousands", which Excel and LibreOffice show with the reader's
 * own separator (a space in Norwegian), and "dd.mm.yyyy" the Norwegian date.
 */
export const KRONER_FORMAT = '#,##0 "kr"';
export const NUMBER_FORMAT = '0';
export const DATE_FORMAT = 'dd.mm.yyyy';

function cellValue(cell: Cell): ExcelJS.CellValue {
  if (cell === null) return null;
  switch (cell.type) {
    case 'text':
      return cell.value;
    case 'number':
    case 'kroner':
      return cell.value;
    case 'date': {
      // UTC midnight: exceljs turns a Date into a serial day number through UTC.
      const [y, m, d] = cell.value.split('-').map(Number) as [number, number, number];
      return new Date(Date.UTC(y, m - 1, d));
    }
  }
}

export async function tablesToXlsx(tables: readonly TableModel[], meta: { title: string; created?: Date }): Promise<Buffer> {
  // Loaded on first use, like the browser for PDFs: most sessions never export.
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = 'Prosjektboka';
  book.title = meta.title;
  book.created = meta.created ?? new Date();
  for (const whole of tables) {
    const { table, clipped } = clipTableCells(whole);
    const sheet = book.addWorksheet(table.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.width }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'top', wrapText: true };
    const write = (row: readonly Cell[]) => {
      const r = sheet.addRow(row.map(cellValue));
      row.forEach((cell, j) => {
        if (cell === null) return;
        const target = r.getCell(j + 1);
        if (cell.type === 'kroner') target.numFmt = KRONER_FORMAT;
        else if (cell.type === 'number') target.numFmt = NUMBER_FORMAT;
        else if (cell.type === 'date') target.numFmt = DATE_FORMAT;
        else target.alignment = { vertical: 'top', wrapText: true };
      });
      return r;
    };
    table.rows.forEach(write);
    if (table.rows.length > 0) {
      // The records only: the sums below stay where they are when the reader sorts.
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + table.rows.length, column: table.columns.length } };
    }
    if (table.sums.length > 0) {
      sheet.addRow([]);
      for (const sum of table.sums) write(sum).font = { bold: true };
    }
    if (clipped.length > 0) {
      const notes = book.addWorksheet(`Merknader ${table.title}`.slice(0, 31));
      notes.columns = [{ header: 'Celle', width: 8 }, { header: 'Merknad', width: 100 }];
      notes.getRow(1).font = { bold: true };
      for (const cell of clipped) notes.addRow([cell.reference, clipNote(cell)]).alignment = { vertical: 'top', wrapText: true };
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
