import type { ReportLanguage } from '../../../shared/report/dates.js';
import { wordDocumentModel, wordFileName, type WordDocumentRequest } from '../../../shared/report/wordDocuments.js';
import { openConflicts } from '../../workbook/statusReportPublish.js';
import type { Workbook } from '../../workbook/workbook.js';
import type { ExportedFile } from '../exportTable.js';
import { workbookSnapshot } from '../snapshot.js';
import { writeDocx } from './writeDocx.js';

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface WordExportOptions extends WordDocumentRequest {
  /** ISO date of the report; today when left out. */
  readonly date?: string;
  readonly lang?: ReportLanguage;
}

/** A report of the workbook as a Word file: the same records and rules as its PDF, written by writeDocx. */
export async function exportWordDocument(wb: Workbook, options: WordExportOptions): Promise<ExportedFile> {
  const input = {
    snapshot: workbookSnapshot(wb), lastChange: wb.changes.latestStamp(), date: options.date, lang: options.lang ?? 'nb',
    // A status report's draft lists the open sync conflicts, as its printout does.
    conflicts: options.document === 'report' ? openConflicts(wb) : undefined,
  };
  const model = wordDocumentModel(options, input);
  return { fileName: wordFileName(options, input), mimeType: DOCX_MIME_TYPE, bytes: await writeDocx(model) };
}
