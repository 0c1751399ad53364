/**
 * The reports that can be had as Word documents, named like their print
 * views (shared/report/printRoutes.ts), so `print … meeting <id>` and
 * `docx … meeting <id>` name the same document. Only names here: the API's
 * contract and the CLI's argument check read them without loading the
 * builders (shared/report/wordDocuments.ts) or the Markdown parser.
 */
export const WORD_DOCUMENTS = ['meeting', 'status', 'report'] as const;
export type WordDocumentKind = (typeof WORD_DOCUMENTS)[number];

export function isWordDocumentKind(name: string): name is WordDocumentKind {
  return (WORD_DOCUMENTS as readonly string[]).includes(name);
}

/** The documents that describe one record, named by its id. */
export const WORD_DOCUMENTS_WITH_ID: readonly WordDocumentKind[] = ['meeting', 'report'];
