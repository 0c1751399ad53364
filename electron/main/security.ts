import type { Session, Shell, WebContents } from 'electron';
import { isAppUrl } from './protocol.js';

/**
 * The rules every webContents and the session live by: the window shows only
 * the app's own pages, opens no windows, attaches no webviews and is granted
 * no permission. Links to the web open in the user's browser, and only those.
 * Electron objects are passed in, so the decisions are plain functions.
 */

/** Only http(s) goes to the system browser: javascript:, file:, data:, custom schemes and credentials never. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '' && !parsed.username && !parsed.password;
}

/** The window may navigate within the app (a reload, a hash route), never elsewhere. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

type Hardenable = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function hardenWebContents(contents: Hardenable, shell: Pick<Shell, 'openExternal'>): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      shell.openExternal(url).catch((e: unknown) => console.error('could not open link in the browser', e));
    }
    return { action: 'deny' };
  });
}

/** No camera, microphone, notifications, geolocation, clipboard-read, … : the app needs none. */
export function hardenSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
