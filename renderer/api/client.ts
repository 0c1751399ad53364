import type { ApiArgs, ApiEnvelope, ApiMethod, ApiResult, ProsjektbokaBridge } from '../../shared/api/contract';
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

/** Calls one API method and returns its result, or throws ApiError. */
export async function call<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<M>> {
  const bridge = window.prosjektboka;
  if (!bridge) throw new ApiError('no_bridge', 'Prosjektboka er ikke koblet til en arbeidsbok.', []);
  const fn = bridge[method] as unknown as (a: ApiArgs<M>) => Promise<ApiEnvelope<ApiResult<M>>>;
  const envelope = await fn(args);
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.issues);
  return envelope.result as ApiResult<M>;
}
