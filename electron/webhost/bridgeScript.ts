import { API_METHODS } from '../../shared/api/contract.js';

/**
 * The browser side of the web host: defines window.prosjektboka with one
 * method per API call, each a POST to /api/<method>. It is the web host's
 * counterpart of the Electron preload and, like it, holds no logic.
 */
export function bridgeScript(): string {
  return `"use strict";
(() => {
  const failure = (message) => ({ ok: false, error: { code: 'network', message, issues: [] } });
  const call = (method) => async (args) => {
    try {
      const response = await fetch('/api/' + method, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(args ?? {}),
      });
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
