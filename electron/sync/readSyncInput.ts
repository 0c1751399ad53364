import { msg } from '../../shared/messages/catalogue.js';
import type { MessageParam, MessageText } from '../../shared/messages/format.js';
import { constants, lstatSync, statSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { WorkbookError } from '../../shared/errors.js';
import { NOTHING_IMPORTED } from '../workbook/mergeErrors.js';
import { syncErrors } from './errors.js';
import { SYNC_LIMITS, fileWhat, formatBytes } from './fileFormat.js';

export interface ReadInputOptions {
  /** Give up reading after this long (a network drive that hangs). */
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  /**
   * Whether a symbolic link is followed. A file the user named (the CLI's
   * argument, a dialog's choice) may be one; an entry of a shared sync folder
   * may not: anyone who can write there could point it at /dev/zero.
   */
  readonly followSymlinks?: boolean;
}

export const READ_TIMEOUT_MS = 60_000;

/**
 * A sync file's bytes, or a refusal in words, without ever hanging or
 * filling memory: only a regular file is read (not a FIFO, a device, a
 * folder), no more than the size limit, opened non-blocking (a FIFO put in
 * place after the check cannot block the open) and given up after a time.
 */
export async function readSyncInput(path: string, options: ReadInputOptions = {}): Promise<Buffer> {
  const what = fileWhat(basename(path));
  const maxBytes = options.maxBytes ?? SYNC_LIMITS.fileBytes;
  let stat: Stats;
  try {
    stat = options.followSymlinks === false ? lstatSync(path) : statSync(path);
  } catch {
    throw new WorkbookError('not_found', msg('sync.file_not_found', { path }));
  }
  checkKind(stat, what);
  if (stat.size > maxBytes) throw syncErrors.tooLarge(what, formatBytes(maxBytes));
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (options.followSymlinks === false ? (constants.O_NOFOLLOW ?? 0) : 0);
  const timeoutMs = options.timeoutMs ?? READ_TIMEOUT_MS;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(syncErrors.tooSlow(what, Math.round(timeoutMs / 1000))), timeoutMs);
  });
  const read = (async () => {
    let handle;
    try {
      handle = await open(path, flags);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ELOOP') throw notRegular(what, msg('sync.type_symlink'));
      throw new WorkbookError('not_found', msg('sync.file_unopenable', { path, detail: (e as Error).message }));
    }
    try {
      // Checked again on what was opened: the entry may have been swapped since the first look.
      const opened = await handle.stat();
      checkKind(opened, what);
      const buf = Buffer.alloc(Math.min(maxBytes, opened.size) + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buf, length, buf.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === buf.length) {
          if (length > maxBytes) throw syncErrors.tooLarge(what, formatBytes(maxBytes));
          // Grown since the check: still whole or refused, never read past the limit.
          throw syncErrors.truncated(what);
        }
      }
      return buf.subarray(0, length);
    } finally {
      void handle.close().catch(() => undefined);
    }
  })();
  try {
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
    read.catch(() => undefined);
  }
}

function checkKind(stat: Stats, what: MessageParam): void {
  if (stat.isFile()) return;
  if (stat.isSymbolicLink()) throw notRegular(what, msg('sync.type_symlink'));
  if (stat.isFIFO()) throw notRegular(what, msg('sync.type_fifo'));
  if (stat.isDirectory()) throw notRegular(what, msg('sync.type_directory'));
  throw notRegular(what, msg('sync.type_device'));
}

function notRegular(what: MessageParam, type: MessageText): WorkbookError {
  return new WorkbookError('sync_not_regular', msg('sync.not_regular', { what, type, nothing: NOTHING_IMPORTED }));
}
