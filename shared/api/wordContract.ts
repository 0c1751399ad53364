import { z } from 'zod';
import { isoDate, recordId } from '../model/fields.js';
import { PRINT_LANGUAGES } from '../report/printRoutes.js';
import { WORD_DOCUMENTS } from '../report/wordDocumentKinds.js';

/**
 * Word documents (issue 14): a report as .docx, made on the Node side
 * (electron/export/docx), for the app to offer as a download beside its PDF.
 */
export const WORD_API = {
  renderDocx: {
    args: z.strictObject({
      document: z.enum(WORD_DOCUMENTS),
      id: recordId.optional(),
      date: isoDate.optional(),
      lang: z.enum(PRINT_LANGUAGES).optional(),
    }),
    result: z.strictObject({ fileName: z.string(), mimeType: z.string(), base64: z.string() }),
  },
} as const satisfies Record<string, { args: z.ZodType; result: z.ZodType }>;
