import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { APP_CONTENT_SECURITY_POLICY, APP_SCHEME_PRIVILEGES } from '../../electron/main/protocol.js';
import { hardenSession, hardenWebContents, isAllowedNavigation, isSafeExternalUrl } from '../../electron/main/security.js';
import { windowOptions } from '../../electron/main/windowOptions.js';

/**
 * The desktop app's security baseline. Every value here is asserted exactly:
 * weakening one (sandbox off, Node in the page, a fuse flipped) must be a
 * deliberate change to this test, not a side effect.
 */
const require = createRequire(import.meta.url);
const builderConfig = require('../../build/electron-builder.config.cjs') as { electronFuses: Record<string, unknown> };

describe('the main window', () => {
  const prefs = windowOptions('/app/dist/electron/preload.cjs').webPreferences ?? {};

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['spellcheck', true],
  ] as const)('has %s = %s', (key, value) => {
    expect(prefs[key]).toBe(value);
  });

  it('loads the bundled sandboxed preload and nothing else', () => {
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('keeps the same preferences whatever bounds it is given', () => {
    expect(windowOptions('/p', { x: 5, y: 5, width: 800, height: 600 }).webPreferences).toEqual(windowOptions('/p').webPreferences);
  });
});

describe('the packaged executable', () => {
  it.each([
    ['runAsNode', false],
    ['enableCookieEncryption', true],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['grantFileProtocolExtraPrivileges', false],
  ] as const)('has the fuse %s = %s', (fuse, value) => {
    expect(builderConfig.electronFuses[fuse]).toBe(value);
  });
});

describe('the app:// pages', () => {
  it('carry the Content-Security-Policy of the plan', () => {
    expect(APP_CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });

  it('come from a standard, secure scheme that other origins cannot read', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('corsEnabled');
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
  });
});

describe('links and navigation', () => {
  it.each([
    'https://www.nb.no/',
    'http://example.org/a?b=c#d',
  ])('opens %s in the browser', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'app://prosjektboka/index.html',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:secret@example.org/',
    'not a url',
    '',
  ])('refuses to open %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('lets the window navigate within the app only', () => {
    expect(isAllowedNavigation('app://prosjektboka/index.html#/risks')).toBe(true);
    expect(isAllowedNavigation('app://prosjektboka.evil/index.html')).toBe(false);
    expect(isAllowedNavigation('app://evil/index.html')).toBe(false);
    expect(isAllowedNavigation('https://example.org/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
  });
});

type Listener = (event: { preventDefault(): void }, url?: string) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    contents: {
      on: (name: string, listener: Listener) => listeners.set(name, listener),
      setWindowOpenHandler: (handler: typeof openHandler) => {
        openHandler = handler;
      },
    },
    emit(name: string, url?: string): boolean {
      let prevented = false;
      listeners.get(name)?.({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    },
    open: (url: string) => openHandler!({ url }),
  };
}

describe('every webContents', () => {
  it('refuses foreign navigation and redirects, and webviews', () => {
    const fake = fakeWebContents();
    hardenWebContents(fake.contents as never, { openExternal: vi.fn() });
    expect(fake.emit('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fake.emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fake.emit('will-navigate', 'app://prosjektboka/index.html')).toBe(false);
    expect(fake.emit('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fake.emit('will-attach-webview')).toBe(true);
  });

  it('opens no window, and hands only http(s) links to the system browser', () => {
    const fake = fakeWebContents();
    const openExternal = vi.fn(() => Promise.resolve());
    hardenWebContents(fake.contents as never, { openExternal });
    expect(fake.open('https://www.nb.no/')).toEqual({ action: 'deny' });
    expect(fake.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(fake.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(fake.open('app://prosjektboka/index.html')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://www.nb.no/');
  });

  it('grants no permission, asked or checked', () => {
    let request: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    hardenSession({
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem']) {
      const callback = vi.fn();
      request!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check!(null, permission, 'app://prosjektboka', {})).toBe(false);
    }
  });
});
