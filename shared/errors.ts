/**
 * Errors users see, from the CLI, the UI and (later) sync. Each carries a code
 * and parameters so a caller can translate it; `message` is the Norwegian text.
 * `input` errors are the user's to fix (CLI exit code 2); others are failures.
 */
export type ErrorCategory = 'input' | 'failure';

export interface FieldIssue {
  readonly field: string;
  readonly message: string;
}

export class WorkbookError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly category: ErrorCategory = 'input',
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'WorkbookError';
  }
}

export function isWorkbookError(e: unknown): e is WorkbookError {
  return e instanceof WorkbookError;
}
