import { errorBody } from '../../shared/errors.js';
import type { MessageText } from '../../shared/messages/format.js';
import type { ApiEnvelope } from '../../shared/api/contract.js';

/**
 * The messages between the main process and the database worker. Every
 * message carries a `type`, so each side can reject what it does not expect.
 */

/** What the worker starts with (worker_threads' workerData). */
export interface WorkerInit {
  /** Marks the thread as the database worker, so importing dbWorker elsewhere starts nothing. */
  readonly role: typeof DB_WORKER_ROLE;
  /** The Electron-ABI better-sqlite3 build; Node's own when absent (tests). */
  readonly nativeBinding?: string;
  /** The recent workbooks as main knows them, most recent first. */
  readonly recent: readonly string[];
  /** The key that seals installation secrets, unsealed by the OS keychain (electron/main/keychain.ts); absent without one. */
  readonly vaultKey?: string;
}

export const DB_WORKER_ROLE = 'prosjektboka-db';

export type ToWorker =
  /** One API call: answered with a `reply` of the same id. */
  | { readonly type: 'call'; readonly id: number; readonly method: string; readonly args: unknown }
  /** Close the workbook and end the thread. */
  | { readonly type: 'close' };

export type FromWorker =
  | { readonly type: 'reply'; readonly id: number; readonly envelope: ApiEnvelope }
  /** A long operation's progress (imports, later), forwarded by main to the window. */
  | { readonly type: 'progress'; readonly operation: string; readonly done: number; readonly total: number }
  /** A workbook was opened or created: main remembers it as recent and last used. */
  | { readonly type: 'opened'; readonly path: string }
  | { readonly type: 'closed' };

export function isToWorker(value: unknown): value is ToWorker {
  const m = value as { type?: unknown; id?: unknown; method?: unknown } | null;
  if (typeof m !== 'object' || m === null) return false;
  if (m.type === 'close') return true;
  return m.type === 'call' && Number.isSafeInteger(m.id) && typeof m.method === 'string';
}

export function isFromWorker(value: unknown): value is FromWorker {
  const m = value as Record<string, unknown> | null;
  if (typeof m !== 'object' || m === null) return false;
  switch (m.type) {
    case 'reply':
      return Number.isSafeInteger(m.id) && typeof m.envelope === 'object' && m.envelope !== null;
    case 'progress':
      return typeof m.operation === 'string' && typeof m.done === 'number' && typeof m.total === 'number';
    case 'opened':
      return typeof m.path === 'string';
    case 'closed':
      return true;
    default:
      return false;
  }
}

export function failureEnvelope(code: string, text: MessageText): ApiEnvelope {
  return { ok: false, error: errorBody(code, text) };
}
