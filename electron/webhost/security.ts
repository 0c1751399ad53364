import { timingSafeEqual } from 'node:crypto';

/**
 * The web host's gatekeeping, kept apart from the server so it can be tested
 * request by request: loopback Host and Origin only (DNS rebinding), and the
 * per-launch token in the URL, a cookie or a header.
 */
export const TOKEN_COOKIE = 'prosjektboka_token';
export const TOKEN_HEADER = 'x-prosjektboka-token';

/** The Content-Security-Policy of every page: nothing but our own origin, no inline scripts. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Inline style attributes come from React and recharts; inline scripts stay forbidden.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).has(host.toLowerCase());
}

/** A request from a page must come from our own origin; requests without Origin (navigation, curl) pass to the token check. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return [...allowedHosts(port)].some((h) => origin.toLowerCase() === `http://${h}`);
}

export function tokenMatches(candidate: string | undefined | null, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookieToken(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return rest.join('=');
  }
  return undefined;
}
