import { WorkbookError } from '../errors.js';
import { msg } from '../messages/catalogue.js';
import type { DocumentModel } from './document.js';
import { minutesDocument, type WordReportInput } from './minutesDocument.js';
import { PDF_FILE_STEMS } from './printRoutes.js';
import { reportDocument } from './reportDocument.js';
import type { ReportConflict } from './statusReport/actions.js';
import { statusDocument } from './statusDocument.js';

import type { WordDocumentKind } from './wordDocumentKinds.js';

export { WORD_DOCUMENTS, WORD_DOCUMENTS_WITH_ID, isWordDocumentKind, type WordDocumentKind } from './wordDocumentKinds.js';

/**
 * A report as a document model, by its name. A report that wants a Word
 * version adds its name to wordDocumentKinds.ts and a builder here (from the
 * workbook's records to a DocumentModel, shared/report/document.ts); the
 * writer, the API, the CLI and the app's buttons need nothing more.
 */
export interface WordDocumentRequest {
  readonly document: WordDocumentKind;
  readonly id?: string;
}

/** What a builder reads: the records and, for a status report's draft, the open sync conflicts it lists. */
export interface WordDocumentInput extends WordReportInput {
  readonly conflicts?: readonly ReportConflict[];
}

const BUILDERS: Readonly<Record<WordDocumentKind, (input: WordDocumentInput, id: string | undefined) => DocumentModel>> = {
  meeting: (input, id) => {
    if (!id) throw new WorkbookError('usage', msg('print.meeting_needs_id'));
    return minutesDocument({ ...input, meetingId: id });
  },
  status: (input) => statusDocument(input),
  report: (input, id) => {
    if (!id) throw new WorkbookError('usage', msg('print.report_needs_id'));
    return reportDocument({ ...input, reportId: id });
  },
};

export function wordDocumentModel(request: WordDocumentRequest, input: WordDocumentInput): DocumentModel {
  return BUILDERS[request.document](input, request.id);
}

/** A status report's file names the report it is: «sluttrapport-2023-08-31.docx». */
const REPORT_FILE_STEMS = { steering: 'statusrapport', 'nb-yearly': 'arsrapport-nb', 'nb-final': 'sluttrapport-nb' } as const;

/**
 * «motereferat-2022-01-12.docx», «statusrapport-2022-03-01.docx»: the PDF's name with the document's
 * date; a status report record's by its type and the last day of its period.
 */
export function wordFileName(request: WordDocumentRequest, input: WordReportInput): string {
  if (request.document === 'report') {
    const report = input.snapshot['status-report'].find((r) => r.id === request.id);
    if (report) return `${REPORT_FILE_STEMS[report.type]}-${report.periodTo}.docx`;
  }
  const meeting = request.document === 'meeting' ? input.snapshot.meeting.find((m) => m.id === request.id) : undefined;
  const day = meeting ? meeting.startsAt.slice(0, 10) : input.date;
  return `${PDF_FILE_STEMS[request.document]}${day ? `-${day}` : ''}.docx`;
}
