import { errorBody } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ApiEnvelope } from '../../shared/api/contract.js';
import { API_CHANNEL } from '../preload/channels.js';
import { APP_ORIGIN, isAppUrl } from './protocol.js';

/** Forwards one API call to the database worker and resolves with its envelope. */
export type ApiCall = (method: string, args: unknown) => Promise<ApiEnvelope>;

/**
 * A call is answered only when it comes from the app's own page: a frame that
 * navigated elsewhere (which will-navigate should already prevent), a
 * destroyed frame or a subframe gets a refusal, not the workbook.
 */
export function isTrustedSender(url: string | undefined | null): boolean {
  return typeof url === 'string' && url.startsWith(`${APP_ORIGIN}/`) && isAppUrl(url);
}

export const FORBIDDEN: ApiEnvelope = {
  ok: false,
  error: errorBody('forbidden', msg('api.forbidden')),
};

/** Answers one invoke; never throws, so the renderer always gets an envelope. */
export async function answerApiCall(
  sender: { url: string | undefined; isMainFrame: boolean },
  method: unknown,
  args: unknown,
  call: ApiCall,
): Promise<ApiEnvelope> {
  if (!sender.isMainFrame || !isTrustedSender(sender.url)) return FORBIDDEN;
  try {
    return await call(typeof method === 'string' ? method : String(method), args);
  } catch (e) {
    return {
      ok: false,
      error: errorBody('internal', msg('api.unexpected', { detail: e instanceof Error ? e.message : String(e) })),
    };
  }
}

function describeSender(event: IpcMainInvokeEvent): { url: string | undefined; isMainFrame: boolean } {
  const frame = event.senderFrame;
  // A top-level frame has no parent; the app has no iframes, so any other frame is refused.
  return { url: frame?.url, isMainFrame: frame != null && frame.parent === null };
}

export function registerApiIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, call: ApiCall): () => void {
  ipcMain.handle(API_CHANNEL, (event, method: unknown, args: unknown) => answerApiCall(describeSender(event), method, args, call));
  return () => ipcMain.removeHandler(API_CHANNEL);
}
