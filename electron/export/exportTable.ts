import { EXPORT_KINDS, exportTable, isExportKind, type ExportKind } from '../../shared/report/tables.js';
import { isoLocalDate } from '../../shared/report/dates.js';
import { WorkbookError } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';
import type { Workbook } from '../workbook/workbook.js';
import { tableToCsv } from './csv.js';
import { workbookSnapshot } from './snapshot.js';
import { tablesToXlsx } from './xlsx.js';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const MIME_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ExportedFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly bytes: Buffer;
}

export function checkExportKind(kind: string): ExportKind {
  if (!isExportKind(kind)) {
    throw new WorkbookError('usage', msg('export.unknown_table', { kind, known: EXPORT_KINDS.join(', ') }));
  }
  return kind;
}

export function checkExportFormat(format: string): ExportFormat {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new WorkbookError('usage', msg('export.unknown_format', { format }));
  }
  return format as ExportFormat;
}

/** One table of the workbook as a CSV or XLSX file, named after the table. */
export async function exportWorkbookTable(
  wb: Workbook,
  kind: ExportKind,
  format: ExportFormat,
  today: string = isoLocalDate(new Date()),
): Promise<ExportedFile> {
  const snapshot = workbookSnapshot(wb);
  const table = exportTable(kind, snapshot, today);
  const title = snapshot.project[0]?.title ?? '';
  const bytes = format === 'csv' ? tableToCsv(table) : await tablesToXlsx([table], { title: title ? `${table.title} – ${title}` : table.title });
  return { fileName: `${table.fileStem}.${format}`, mimeType: MIME_TYPES[format], bytes };
}
