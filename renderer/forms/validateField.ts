import { fieldSpecs, type Kind } from '../../shared/model/kinds';
import { describeIssue } from '../../shared/model/validation';
import { wordText } from '../i18n/messages';

/**
 * Checks one field's value with the same zod schema the command layer uses,
 * so the user sees the problem at the field before anything is sent.
 * Returns the message in the UI's language, or undefined when the value is fine.
 */
export function validateField(kind: Kind, field: string, value: unknown): string | undefined {
  const spec = fieldSpecs(kind)[field];
  if (!spec) return undefined;
  const result = spec.schema.safeParse(value);
  if (result.success) return undefined;
  return wordText(describeIssue({ ...result.error.issues[0]!, path: [] }).text);
}
