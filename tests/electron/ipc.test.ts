import { describe, expect, it, vi } from 'vitest';
import { API_METHODS } from '../../shared/api/contract.js';
import { API_METHOD_NAMES } from '../../shared/api/methods.js';
import { FORBIDDEN, answerApiCall, isTrustedSender, registerApiIpc } from '../../electron/main/ipc.js';
import { API_CHANNEL } from '../../electron/preload/channels.js';

describe('a trusted sender', () => {
  it.each([
    'app://prosjektboka/index.html',
    'app://prosjektboka/index.html#/risks',
    'app://prosjektboka/',
  ])('is the app page %s', (url) => {
    expect(isTrustedSender(url)).toBe(true);
  });

  it.each([
    undefined,
    null,
    '',
    'app://prosjektboka',
    'app://prosjektboka.evil.example/index.html',
    'app://prosjektboka@evil/index.html',
    'app://evil/prosjektboka/index.html',
    'https://prosjektboka/index.html',
    'http://127.0.0.1:5173/',
    'file:///work/main/dist/renderer/index.html',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
  ])('is not %s', (url) => {
    expect(isTrustedSender(url)).toBe(false);
  });
});

describe('an API call over IPC', () => {
  const appPage = { url: 'app://prosjektboka/index.html', isMainFrame: true };
  const ok = { ok: true as const, result: { id: 'x' } };

  it('is forwarded to the worker with its method and arguments', async () => {
    const call = vi.fn(() => Promise.resolve(ok));
    expect(await answerApiCall(appPage, 'getRecord', { kind: 'risk', id: 'x' }, call)).toBe(ok);
    expect(call).toHaveBeenCalledWith('getRecord', { kind: 'risk', id: 'x' });
  });

  it('from a foreign page, a subframe or a destroyed frame is refused before anything runs', async () => {
    const call = vi.fn(() => Promise.resolve(ok));
    expect(await answerApiCall({ url: 'https://evil.example/', isMainFrame: true }, 'getSummary', {}, call)).toEqual(FORBIDDEN);
    expect(await answerApiCall({ url: 'app://prosjektboka/index.html', isMainFrame: false }, 'getSummary', {}, call)).toEqual(FORBIDDEN);
    expect(await answerApiCall({ url: undefined, isMainFrame: false }, 'getSummary', {}, call)).toEqual(FORBIDDEN);
    expect(call).not.toHaveBeenCalled();
    expect(FORBIDDEN.ok).toBe(false);
  });

  it('becomes an error envelope, not a crash, when forwarding fails', async () => {
    const envelope = await answerApiCall(appPage, 'getSummary', {}, () => Promise.reject(new Error('kaputt')));
    expect(envelope).toEqual({ ok: false, error: { code: 'internal', message: 'Uventet feil: kaputt', key: 'api.unexpected', params: { detail: 'kaputt' }, issues: [] } });
  });

  it('is registered on the one API channel, with the sender checked from the event', async () => {
    let handler: ((event: unknown, method: unknown, args: unknown) => Promise<unknown>) | undefined;
    const ipcMain = { handle: vi.fn((_c: string, h: typeof handler) => (handler = h)), removeHandler: vi.fn() };
    const call = vi.fn(() => Promise.resolve(ok));
    const unregister = registerApiIpc(ipcMain as never, call);
    expect(ipcMain.handle).toHaveBeenCalledWith(API_CHANNEL, expect.any(Function));
    const mainFrame = { url: 'app://prosjektboka/index.html', parent: null };
    expect(await handler!({ senderFrame: mainFrame }, 'getSummary', {})).toBe(ok);
    const subFrame = { url: 'app://prosjektboka/index.html', parent: mainFrame };
    expect(await handler!({ senderFrame: subFrame }, 'getSummary', {})).toEqual(FORBIDDEN);
    expect(await handler!({ senderFrame: null }, 'getSummary', {})).toEqual(FORBIDDEN);
    unregister();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(API_CHANNEL);
  });
});

describe('the preload', () => {
  it('exposes exactly the contract\'s methods (its zod-free list agrees with the contract)', () => {
    expect([...API_METHOD_NAMES].sort()).toEqual([...API_METHODS].sort());
    expect(new Set(API_METHOD_NAMES).size).toBe(API_METHOD_NAMES.length);
  });
});
