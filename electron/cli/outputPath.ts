import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { WorkbookError } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';

/**
 * Where a command may write a file it makes (an export, a PDF): anywhere in an
 * existing folder, replacing an earlier file of the same name, but never the
 * workbook it reads.
 */
export function checkOutputPath(out: string, workbookFile: string): string {
  const target = resolve(out);
  const dir = dirname(target);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new WorkbookError('not_found', msg('cli.folder_missing_nothing_written', { dir }));
  }
  const same = (a: string, b: string) => {
    try {
      return realpathSync(a) === realpathSync(b);
    } catch {
      return resolve(a) === resolve(b);
    }
  };
  if (existsSync(target) && (same(target, workbookFile) || statSync(target).isDirectory())) {
    throw new WorkbookError('usage', msg(statSync(target).isDirectory() ? 'cli.overwrite_folder' : 'cli.overwrite_workbook', { path: out }));
  }
  return target;
}
