import type { ApiArgs, ApiEnvelope, ApiMethod, CallOptions, ProsjektbokaBridge, TypedResult } from '../../shared/api/contract';
import type { DesktopEvents } from './desktopEvents';

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

/** A refused or failed API call, with the Norwegian message and the fields it names. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly issues: readonly { field: string; message: string }[],
  ) {
    super(message);
    this.name = 'ApiError';
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
  if (!bridge) throw new ApiError('no_bridge', 'Prosjektboka er ikke koblet til en arbeidsbok.', []);
  const fn = bridge[method] as unknown as (a: A, o?: CallOptions) => Promise<ApiEnvelope<TypedResult<M, A>>>;
  const envelope = await (options ? fn(args, options) : fn(args));
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.issues);
  return envelope.result;
}

/** An error's message for the user: the API's are Norwegian already and shown as they come. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
