import { WorkbookError } from '../errors.js';
import { msg } from '../messages/catalogue.js';
import type { DocumentModel } from './document.js';
import { minutesDocument, type WordReportInput } from './minutesDocument.js';
import { PDF_FILE_STEMS } from './printRoutes.js';
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

const BUILDERS: Readonly<Record<WordDocumentKind, (input: WordReportInput, id: string | undefined) => DocumentModel>> = {
  meeting: (input, id) => {
    if (!id) throw new WorkbookError('usage', msg('print.meeting_needs_id'));
    return minutesDocument({ ...input, meetingId: id });
  },
  status: (input) => statusDocument(input),
};

export function wordDocumentModel(request: WordDocumentRequest, input: WordReportInput): DocumentModel {
  return BUILDERS[request.document](input, request.id);
}

/** «motereferat-2022-01-12.docx», «statusrapport-2022-03-01.docx»: the PDF's name with the document's date. */
export function wordFileName(request: WordDocumentRequest, input: WordReportInput): string {
  const meeting = request.document === 'meeting' ? input.snapshot.meeting.find((m) => m.id === request.id) : undefined;
  const day = meeting ? meeting.startsAt.slice(0, 10) : input.date;
  return `${PDF_FILE_STEMS[request.document]}${day ? `-${day}` : ''}.docx`;
}
