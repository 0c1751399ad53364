import type { ApiArgs, ApiEnvelope, ApiMethod, CallOptions, ProsjektbokaBridge, TypedResult } from '../../shared/api/contract';
import type { DesktopEvents } from './desktopEvents';
import type { ApiErrorBody } from '../../shared/api/contract';
import { wordText } from '../i18n/messages';

export type { DesktopEvents, DesktopMenuCommand, DesktopMenuMessage, DesktopProgress, DesktopSyncFile } from './desktopEvents';

declare global {
  interface Window {
    /**
     * Put here by the Electron preload or the web host's bridge; the renderer
     * cannot tell which. Only the preload adds the (optional) desktop events.
     */
    readonly prosjektboka?: ProsjektbokaBridge & DesktopEvents;
  }
}

/**
 * A refused or failed API call, worded in the UI's language from the
 * message's key and parameters (shared/messages); the fields it names too.
 * A key this app does not know keeps the text the workbook sent.
 */
export class ApiError extends Error {
  readonly issues: readonly { field: string; message: string }[];
  constructor(
    readonly code: string,
    message: string,
    issues: ApiErrorBody['issues'],
    text?: Pick<ApiErrorBody, 'key' | 'params'>,
  ) {
    super(text?.key ? wordText({ key: text.key, params: text.params }, message) : message);
    this.name = 'ApiError';
    this.issues = issues.map((i) => ({ field: i.field, message: i.key ? wordText({ key: i.key, params: i.params }, i.message) : i.message }));
  }
}

/**
 * Calls one API method and returns its result, or throws ApiError. The result
 * is typed by the arguments too: listRecords({ kind: 'risk' }) gives risks.
 */
export async function call<M extends ApiMethod, const A extends ApiArgs<M>>(
  method: M, args: A, options?: CallOptions,
): Promise<TypedResult<M, A>> {
  const bridge = window.prosjektboka;
  if (!bridge) throw new ApiError('no_bridge', '', [], { key: 'api.no_bridge' });
  const fn = bridge[method] as unknown as (a: A, o?: CallOptions) => Promise<ApiEnvelope<TypedResult<M, A>>>;
  const envelope = await (options ? fn(args, options) : fn(args));
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.issues, envelope.error);
  return envelope.result;
}

/** An error's message for the user: the API's are worded in the UI's language already (ApiError). */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
