import { msg, word } from './messages/catalogue.js';
import type { MessageParam, MessageParams, MessageText } from './messages/format.js';

/**
 * Errors users see, from the CLI, the UI and sync. Each carries a code (what
 * a caller branches on) and its text as data (a catalogue key and parameters,
 * shared/messages), so the CLI and the renderer word it in their user's
 * language; `message` is the bokmål wording, for logs and old callers.
 * `input` errors are the user's to fix (CLI exit code 2); others are failures.
 */
export type ErrorCategory = 'input' | 'failure';

export interface FieldIssue {
  readonly field: string;
  /** The bokmål wording of `text`. */
  readonly message: string;
  readonly text: MessageText;
}

export class WorkbookError extends Error {
  constructor(
    readonly code: string,
    readonly text: MessageText,
    readonly category: ErrorCategory = 'input',
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(word(text, 'nb'));
    this.name = 'WorkbookError';
  }

  get params(): MessageParams {
    return this.text.params ?? {};
  }
}

export function isWorkbookError(e: unknown): e is WorkbookError {
  return e instanceof WorkbookError;
}

/** A field issue from its text, with the bokmål wording beside it. */
export function fieldIssue(field: string, text: MessageText): FieldIssue {
  return { field, message: word(text, 'nb'), text };
}

/** Field issues as one message part, "field: what is wrong; …". */
export function issuesParam(issues: readonly FieldIssue[]): MessageParam[] {
  return issues.map((i) => msg('field.issue', { field: i.field, message: i.text }));
}

/** An error as the API sends it: the code, the bokmål message for old callers, and the text as data. */
export function errorBody(code: string, text: MessageText, issues: readonly FieldIssue[] = []) {
  return {
    code,
    message: word(text, 'nb'),
    key: text.key,
    params: text.params ?? {},
    issues: issues.map((i) => ({ field: i.field, message: i.message, key: i.text.key, params: i.text.params ?? {} })),
  };
}

export function errorBodyOf(e: WorkbookError) {
  return errorBody(e.code, e.text, e.issues);
}
