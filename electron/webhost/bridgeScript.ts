import { API_METHODS } from '../../shared/api/contract.js';

/**
 * The browser side of the web host: defines window.prosjektboka with one
 * method per API call, each a POST to /api/<method> (with keepalive when the
 * caller asks, so a save sent while the page closes still arrives). It is the
 * web host's counterpart of the Electron preload and, like it, holds no logic.
 */
export function bridgeScript(): string {
  return `"use strict";
(() => {
  const failure = (message) => ({ ok: false, error: { code: 'network', message, issues: [] } });
  const send = (method, body, keepalive) => fetch('/api/' + method, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body,
    keepalive,
  });
  const call = (method) => async (args, options) => {
    try {
      const body = JSON.stringify(args ?? {});
      // keepalive: the request outlives the page (a save flushed on pagehide). Browsers refuse keepalive bodies
      // over 64 KiB; such a save goes as an ordinary request, and the page's local draft keeps the text meanwhile.
      const keepalive = Boolean(options && options.keepalive) && body.length < 60000;
      const response = await send(method, body, keepalive);
      return await response.json();
    } catch (e) {
      return failure('Mistet forbindelsen til Prosjektboka (' + (e && e.message ? e.message : e) + ').');
    }
  };
  const api = {};
  for (const method of ${JSON.stringify(API_METHODS)}) api[method] = call(method);
  Object.defineProperty(window, 'prosjektboka', { value: Object.freeze(api), enumerable: true });
})();
`;
}
