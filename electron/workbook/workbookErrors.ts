import { msg } from '../../shared/messages/catalogue.js';
import { WorkbookError } from '../../shared/errors.js';

/** Whether SQLite refused because another connection holds the write lock. */
export function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

export function busyError(path: string): WorkbookError {
  return new WorkbookError(
    'busy',
    msg('workbook.busy', { path }),
    'failure',
  );
}

export function syncKeyMissing(): WorkbookError {
  return new WorkbookError(
    'sync_key_missing',
    msg('workbook.sync_key_missing'),
  );
}
