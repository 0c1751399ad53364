import { randomUUID } from 'node:crypto';
import { WorkbookError } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';
import type { SyncFileFor } from '../sync/importFile.js';
import type { Workbook } from '../workbook/workbook.js';

/** A previewed file, read, decrypted and checked once, waiting to be applied. */
export interface HeldPreview {
  readonly payload: SyncFileFor;
  /** The file's name, for messages and the exchange history. */
  readonly what: string | undefined;
}

interface Entry extends HeldPreview {
  readonly workbook: Workbook;
  readonly expires: number;
}

/** How long a preview may wait for «Les inn». */
export const PREVIEW_TTL_MS = 15 * 60_000;
/** How many previews are held at once; the oldest goes first (a file's changes may be large). */
export const PREVIEWS_KEPT = 4;

/**
 * The previews a transport holds for importSync: previewSync reads the file
 * and hands out a token, and importSync with the token applies the same
 * parsed file, so a large or encrypted file is decrypted and parsed once.
 * Bounded, expiring, and tied to the open workbook: a preview made before
 * the workbook was switched or a backup restored is unknown afterwards.
 * A token is spent by the import that applies it.
 */
export class PreviewTokens {
  private readonly held = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  put(workbook: Workbook, preview: HeldPreview): string {
    this.sweep();
    while (this.held.size >= PREVIEWS_KEPT) this.held.delete(this.held.keys().next().value!);
    const token = randomUUID();
    this.held.set(token, { ...preview, workbook, expires: this.now() + PREVIEW_TTL_MS });
    return token;
  }

  /** The preview behind a token; a clear error naming the token when it is unknown, stale or for another workbook. */
  get(token: string, workbook: Workbook): HeldPreview {
    this.sweep();
    const entry = this.held.get(token);
    if (!entry || entry.workbook !== workbook) {
      this.held.delete(token);
      throw new WorkbookError('sync_preview_unknown', msg('api.preview_token_unknown', { token, minutes: PREVIEW_TTL_MS / 60_000 }));
    }
    return entry;
  }

  /** Forgets a token (its file was imported: a second «Les inn» previews again). */
  drop(token: string): void {
    this.held.delete(token);
  }

  get size(): number {
    return this.held.size;
  }

  private sweep(): void {
    const now = this.now();
    for (const [token, entry] of this.held) if (entry.expires <= now) this.held.delete(token);
  }
}
