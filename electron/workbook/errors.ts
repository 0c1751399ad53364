import { WorkbookError } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';

/** The ways a file can fail to be a usable workbook, each in words a user can act on. */
export const openErrors = {
  notFound: (path: string) => new WorkbookError('not_found', msg('workbook.not_found', { path })),
  exists: (path: string) => new WorkbookError('exists', msg('workbook.exists', { path })),
  notAWorkbook: (path: string) => new WorkbookError('not_a_workbook', msg('workbook.not_a_workbook', { path })),
  corrupt: (path: string, detail: string) =>
    new WorkbookError('corrupt', msg('workbook.corrupt', { path, detail }), 'failure'),
  newerVersion: (path: string, found: number, supported: number) =>
    new WorkbookError('newer_version', msg('workbook.newer_version', { path, found, supported })),
};
