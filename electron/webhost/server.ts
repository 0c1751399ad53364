import { errorBody } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';
import type { MessageText } from '../../shared/messages/format.js';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../api/dispatch.js';
import type { ApiHandlers } from '../api/handlers.js';
import { bridgeScript } from './bridgeScript.js';
import {
  CONTENT_SECURITY_POLICY, TOKEN_COOKIE, TOKEN_HEADER, cookieToken, isAllowedHost, isAllowedOrigin, tokenMatches,
} from './security.js';

export interface WebHostOptions {
  readonly handlers: ApiHandlers;
  /** The built renderer (vite's output). */
  readonly staticDir: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Fixed token for tests; a random one per launch otherwise. */
  readonly token?: string;
  /** false: the open server alone does not keep the process running (the print engine's private host). */
  readonly keepProcessAlive?: boolean;
  /** For tests of saving under bad conditions: a slow API, or methods that fail. */
  readonly testing?: WebHostTesting;
}

export interface WebHostTesting {
  /** Every API call is answered this much later (a slow disk, a busy machine). */
  readonly apiDelayMs?: number;
  /** These methods fail as if the disk were full. */
  readonly failingMethods?: readonly string[];
}

/**
 * The test settings from the environment of `prosjektboka serve`, for the
 * end-to-end tests of saving; both unset in normal use.
 */
export function webHostTestingFromEnv(env: NodeJS.ProcessEnv): WebHostTesting | undefined {
  const delay = Number(env.PROSJEKTBOKA_TEST_API_DELAY_MS ?? 0);
  const failing = (env.PROSJEKTBOKA_TEST_API_FAIL ?? '').split(',').map((m) => m.trim()).filter(Boolean);
  if (!(delay > 0) && failing.length === 0) return undefined;
  return { apiDelayMs: delay > 0 ? delay : undefined, failingMethods: failing };
}

export interface WebHost {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 16 * 1024 * 1024;
const BRIDGE_PATH = '/_host/bridge.js';
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

/**
 * Serves the renderer and the API over HTTP on 127.0.0.1 only, so the whole
 * product runs in an ordinary browser (and in the end-to-end tests). Every
 * request must carry the per-launch token and a loopback Host header.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const staticDir = resolve(options.staticDir);
  const bridge = bridgeScript();
  let port = 0;
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error('web host request failed', e);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Uventet feil i Prosjektboka.');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) {
      return send(res, 403, 'text/plain; charset=utf-8', 'Avvist: ukjent vertsnavn.');
    }
    if (!isAllowedOrigin(req.headers.origin, port)) {
      return send(res, 403, 'text/plain; charset=utf-8', 'Avvist: forespørselen kommer fra en annen side.');
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const queryToken = url.searchParams.get('token');
    const headerToken = req.headers[TOKEN_HEADER];
    const authorised =
      tokenMatches(queryToken, token) ||
      tokenMatches(typeof headerToken === 'string' ? headerToken : undefined, token) ||
      tokenMatches(cookieToken(req.headers.cookie), token);
    if (!authorised) {
      return send(res, 401, 'text/plain; charset=utf-8',
        'Mangler tilgangsnøkkel: åpne adressen Prosjektboka skrev ut da den startet.');
    }
    if (tokenMatches(queryToken, token)) {
      // The token moves from the address into a cookie the page's own requests carry.
      res.setHeader('Set-Cookie', `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, decodeURIComponent(url.pathname.slice(5)));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Metoden er ikke tillatt.');
    if (url.pathname === BRIDGE_PATH) return send(res, 200, MIME['.js']!, bridge);
    return serveStatic(res, url.pathname);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return sendJson(res, 405, envelopeError('method_not_allowed', msg('web.post_only')));
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(res, 415, envelopeError('unsupported_media_type', msg('web.json_only')));
    }
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req));
    } catch (e) {
      const tooLarge = e instanceof Error && e.message === 'too large';
      return sendJson(res, tooLarge ? 413 : 400, envelopeError(tooLarge ? 'too_large' : 'bad_json',
        msg(tooLarge ? 'web.too_large' : 'web.bad_json')));
    }
    const testing = options.testing;
    if (testing?.apiDelayMs) await new Promise((r) => setTimeout(r, testing.apiDelayMs));
    const envelope = testing?.failingMethods?.includes(method)
      ? envelopeError('test_failure', msg('web.test_failure'))
      : await dispatch(options.handlers, method, body);
    const status = envelope.ok ? 200 : envelope.error.code === 'internal' ? 500 : envelope.error.code === 'unknown_method' ? 404 : 400;
    return sendJson(res, status, envelope);
  }

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = normalize(join(staticDir, relative));
    if (file !== staticDir && !file.startsWith(staticDir + sep)) return send(res, 404, 'text/plain; charset=utf-8', 'Finnes ikke.');
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return send(res, 404, 'text/plain; charset=utf-8', 'Finnes ikke.');
    }
    const type = MIME[extname(file)] ?? 'application/octet-stream';
    if (extname(relative) === '.html' && !relative.includes('/')) {
      // The page (the app, or print.html) gets window.prosjektboka from the bridge before its own script runs.
      const html = content.toString('utf8').replace('<head>', `<head>\n    <script src="${BRIDGE_PATH}"></script>`);
      return send(res, 200, type, html);
    }
    return send(res, 200, type, content);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  if (options.keepProcessAlive === false) server.unref();
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, MIME['.json']!, JSON.stringify(value));
}

function envelopeError(code: string, text: MessageText) {
  return { ok: false, error: errorBody(code, text) };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
