import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';

/**
 * The renderer is served from app://prosjektboka/, a custom protocol, never
 * from file://: a file:// page could read any file its URL names and has an
 * opaque origin. The handler reads only files inside the built renderer.
 *
 * This module imports Electron's types only; main.ts passes in the objects, so
 * the resolution and the handler run under Node in the tests.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'prosjektboka';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
/** The print views alone (renderer/print.html), for the hidden print window. */
export const PRINT_ENTRY_URL = `${APP_ORIGIN}/print.html`;

/**
 * standard: relative URLs and a real origin (so 'self' in the CSP means this
 * app); secure: a secure context like https. Fetch support lets the page fetch
 * its own assets; CORS stays off so no other origin can read app:// responses.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

export const APP_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Inline style attributes come from React and recharts; inline scripts stay forbidden.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

/**
 * The file an app:// URL names inside rootDir, or null when the URL is not
 * ours or would leave rootDir. Decoding happens once, before the check, so
 * %2e%2e and %2f cannot smuggle a `..` past it; backslashes, NUL and drive
 * letters are refused outright rather than interpreted per platform.
 */
export function resolveAppUrl(url: string, rootDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password || parsed.port) {
    return null;
  }
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\\') || path.includes('\0') || /(^|\/)[a-zA-Z]:/.test(path)) return null;
  const inside = path.replace(/^\/+/, '') || 'index.html';
  if (inside.split('/').includes('..')) return null;
  const root = resolve(rootDir);
  const file = resolve(root, inside);
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || !file.startsWith(root + sep)) return null;
  return file;
}

function respond(status: number, body: string | Uint8Array, contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': APP_CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    },
  });
}

/** The app:// request handler: a file of the built renderer with the CSP, or 404. */
export function appProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return respond(405, 'Metoden er ikke tillatt.', 'text/plain; charset=utf-8');
    }
    const file = resolveAppUrl(request.url, rootDir);
    const notFound = () => respond(404, 'Finnes ikke.', 'text/plain; charset=utf-8');
    if (!file) return notFound();
    try {
      if (!(await stat(file)).isFile()) return notFound();
      const content = await readFile(file);
      return respond(200, new Uint8Array(content), MIME[extname(file).toLowerCase()] ?? 'application/octet-stream');
    } catch {
      return notFound();
    }
  };
}

/** Must run before the app is ready: privileges can only be granted then. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** Serves the renderer on the session's protocol (after ready). */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, appProtocolHandler(rootDir));
}

/** Whether a URL is a page of this app (same scheme and host), for navigation checks. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password && !parsed.port;
  } catch {
    return false;
  }
}
