import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_CONTENT_SECURITY_POLICY, appProtocolHandler, resolveAppUrl } from '../../electron/main/protocol.js';
import { tempDir } from './helpers.js';

const root = tempDir('prosjektboka-protocol-');
const dist = join(root.path, 'renderer');
mkdirSync(join(dist, 'assets'), { recursive: true });
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Prosjektboka</title>');
writeFileSync(join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
// A secret beside the renderer folder, which no URL may reach.
writeFileSync(join(root.path, 'secret.txt'), 'hemmelig');
afterAll(() => root.remove());

const inside = (file: string | null) => file !== null && file.startsWith(resolve(dist) + sep);

describe('app:// URLs', () => {
  it('name files inside the built renderer', () => {
    expect(resolveAppUrl('app://prosjektboka/', dist)).toBe(join(dist, 'index.html'));
    expect(resolveAppUrl('app://prosjektboka/index.html', dist)).toBe(join(dist, 'index.html'));
    expect(resolveAppUrl('app://prosjektboka/assets/index-abc.js?v=1#x', dist)).toBe(join(dist, 'assets', 'index-abc.js'));
    expect(resolveAppUrl('app://prosjektboka/assets/m%C3%B8te.svg', dist)).toBe(join(dist, 'assets', 'møte.svg'));
  });

  it.each([
    'app://prosjektboka/../../etc/passwd',
    'app://prosjektboka/%2e%2e/%2e%2e/etc/passwd',
    'app://prosjektboka/assets/..%2f..%2fsecret.txt',
    'app://prosjektboka/..%2fsecret.txt',
    'app://prosjektboka/%2E%2E%2Fsecret.txt',
    'app://prosjektboka//etc/passwd',
    'app://prosjektboka/%2Fetc%2Fpasswd',
    'app://prosjektboka/..\\secret.txt',
    'app://prosjektboka/%5c..%5csecret.txt',
    'app://prosjektboka/C:/Windows/win.ini',
    'app://prosjektboka/c%3A%5CWindows%5Cwin.ini',
    'app://prosjektboka/index.html%00.png',
  ])('never leave the renderer folder: %s', (url) => {
    const file = resolveAppUrl(url, dist);
    expect(file === null || inside(file), String(file)).toBe(true);
    expect(file).not.toBe(join(root.path, 'secret.txt'));
  });

  it.each([
    'app://prosjektboka/..%2fsecret.txt',
    'app://prosjektboka/..\\secret.txt',
    'app://prosjektboka/C:/Windows/win.ini',
    'app://prosjektboka/index.html%00.png',
    'app://prosjektboka/%E0%A4%A',
  ])('refuse what only an attack would send: %s', (url) => {
    expect(resolveAppUrl(url, dist)).toBeNull();
  });

  it.each([
    'app://other/index.html',
    'app://prosjektboka.evil/index.html',
    'app://user:pw@prosjektboka/index.html',
    'app://prosjektboka:8080/index.html',
    'https://prosjektboka/index.html',
    'file:///etc/passwd',
    '/etc/passwd',
    'not a url',
  ])('are ours only: %s is refused', (url) => {
    expect(resolveAppUrl(url, dist)).toBeNull();
  });
});

describe('the app:// handler', () => {
  const handle = appProtocolHandler(dist);

  it('serves the page with the Content-Security-Policy', async () => {
    const res = await handle(new Request('app://prosjektboka/index.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(APP_CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>Prosjektboka</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const res = await handle(new Request('app://prosjektboka/assets/index-abc.js'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for missing files, folders and traversal, never the file', async () => {
    for (const url of ['app://prosjektboka/missing.js', 'app://prosjektboka/assets', 'app://prosjektboka/..%2fsecret.txt']) {
      const res = await handle(new Request(url));
      expect(res.status, url).toBe(404);
      expect(await res.text()).not.toContain('hemmelig');
      expect(res.headers.get('content-security-policy')).toBe(APP_CONTENT_SECURITY_POLICY);
    }
  });

  it('answers only GET and HEAD', async () => {
    const res = await handle(new Request('app://prosjektboka/index.html', { method: 'POST', body: 'x' }));
    expect(res.status).toBe(405);
  });
});
