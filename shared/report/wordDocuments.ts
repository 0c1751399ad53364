import { WorkbookError } from '../errors.js';
import { msg } from '../messages/catalogue.js';
import type { DocumentModel } from './document.js';
import { minutesDocument, type WordReportInput } from './minutesDocument.js';
import { PDF_FILE_STEMS } from './printRoutes.js';

/**
 * The reports that can be had as Word documents, named like their print
 * views (shared/report/printRoutes.ts), so `print … meeting <id>` and
 * `docx … meeting <id>` name the same document. A report that wants a Word
 * version adds an entry here: a builder from the workbook's records to a
 * DocumentModel (shared/report/document.ts); the writer, the API, the CLI
 * and the app's buttons need nothing more.
 */
export const WORD_DOCUMENTS = ['meeting'] as const;
export type WordDocumentKind = (typeof WORD_DOCUMENTS)[number];

export function isWordDocumentKind(name: string): name is WordDocumentKind {
  return (WORD_DOCUMENTS as readonly string[]).includes(name);
}

/** The documents that describe one record, named by its id. */
export const WORD_DOCUMENTS_WITH_ID: readonly WordDocumentKind[] = ['meeting'];

export interface WordDocumentRequest {
  readonly document: WordDocumentKind;
  readonly id?: string;
}

const BUILDERS: Readonly<Record<WordDocumentKind, (input: WordReportInput, id: string | undefined) => DocumentModel>> = {
  meeting: (input, id) => {
    if (!id) throw new WorkbookError('usage', msg('print.meeting_needs_id'));
    return minutesDocument({ ...input, meetingId: id });
  },
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
