import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../electron/api/handlers.js';
import { WorkbookSession } from '../../electron/api/session.js';
import { startWebHost, type WebHost } from '../../electron/webhost/server.js';
import { createWorkbook } from '../../electron/workbook/open.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so the test controls the Host and Origin headers a browser would not let it set. */
function send(host: WebHost, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: init.method ?? 'GET', headers: { Host: `127.0.0.1:${host.port}`, ...init.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });
}

describe('the web host', () => {
  let dir: string;
  let host: WebHost;
  let session: WorkbookSession;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'prosjektboka-webhost-'));
    const staticDir = join(dir, 'renderer');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head><title>PB</title></head><body></body></html>');
    writeFileSync(join(dir, 'secret.txt'), 'hemmelig');
    session = new WorkbookSession(createWorkbook(join(dir, 'a.prosjektboka')), { canSwitch: false });
    host = await startWebHost({ handlers: createHandlers(session), staticDir });
  });
  afterEach(async () => {
    await host.close();
    session.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    send(host, `/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Prosjektboka-Token': host.token, ...headers },
      body: JSON.stringify(body),
    });

  it('listens on loopback with a long random token in the URL it prints', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
  });

  it('refuses a request without the token, or with a wrong one', async () => {
    expect((await send(host, '/')).status).toBe(401);
    expect((await send(host, '/?token=wrong')).status).toBe(401);
    const noToken = await send(host, '/api/getSummary', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(noToken.status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const reply = await send(host, `/?token=${host.token}`, { headers: { Host: `evil.example:${host.port}` } });
    expect(reply.status).toBe(403);
    expect(reply.body).toContain('ukjent vertsnavn');
  });

  it('refuses a call from a foreign page origin even with the token', async () => {
    const reply = await api('getSummary', {}, { Origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
  });

  it('serves the page with the token, sets the token cookie and injects the bridge before the app', async () => {
    const reply = await send(host, `/?token=${host.token}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<script src="/_host/bridge.js"></script>');
    expect(String(reply.headers['set-cookie'])).toContain(`prosjektboka_token=${host.token}; HttpOnly; SameSite=Strict`);
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    const bridge = await send(host, '/_host/bridge.js', { headers: { Cookie: `prosjektboka_token=${host.token}` } });
    expect(bridge.body).toContain('"assessRisk"');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/../../secret.txt']) {
      const reply = await send(host, `${path}${path.includes('?') ? '&' : '?'}token=${host.token}`);
      expect(reply.body, path).not.toContain('hemmelig');
    }
  });

  it('answers API calls with the workbook\'s data', async () => {
    const reply = await api('getSummary', {});
    expect(reply.status).toBe(200);
    const envelope = JSON.parse(reply.body) as { ok: boolean; result: { title: string; counts: { risks: number } } };
    expect(envelope.ok).toBe(true);
    expect(envelope.result.title).toBe('Beste praksis for bibliotek og innbyggertorg');
    expect(envelope.result.counts.risks).toBe(9);
  });

  it('returns validation errors as clear messages naming the field, never a crash', async () => {
    const risks = JSON.parse((await api('listRecords', { kind: 'risk' })).body) as { result: { id: string }[] };
    const bad = await api('updateRecord', { kind: 'risk', id: risks.result[0]!.id, patch: { probability: 7 } });
    expect(bad.status).toBe(400);
    const envelope = JSON.parse(bad.body) as { ok: false; error: { code: string; message: string; issues: { field: string }[] } };
    expect(envelope.error.message).toContain('probability: kan være høyst 5');
    expect(envelope.error.issues[0]!.field).toBe('probability');

    const unknownKind = JSON.parse((await api('listRecords', { kind: 'planet' })).body) as { error: { message: string } };
    expect(unknownKind.error.message).toMatch(/Ugyldige argumenter til listRecords: kind/);
    expect((await api('dropTables', {})).status).toBe(404);
    const notJson = await send(host, '/api/getSummary', {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Prosjektboka-Token': host.token }, body: '{oops',
    });
    expect(notJson.status).toBe(400);
    expect(notJson.body).toContain('ikke gyldig JSON');
    const extra = JSON.parse((await api('getSummary', { sneaky: 1 })).body) as { error: { message: string } };
    expect(extra.error.message).toContain('ukjent felt');
  });

  it('refuses to open another file from the browser', async () => {
    const reply = JSON.parse((await api('openWorkbook', { path: '/etc/passwd' })).body) as { ok: boolean; error: { code: string } };
    expect(reply).toMatchObject({ ok: false, error: { code: 'not_available' } });
  });
});
