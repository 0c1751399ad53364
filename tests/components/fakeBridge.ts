export interface BridgeCall {
  method: string;
  args: Record<string, unknown>;
}

/**
 * A stand-in for window.prosjektboka: answers with envelopes as the preload
 * and the web host do, and records every call so a test can check what the
 * screen asked for.
 */
export function fakeBridge(answers: Record<string, (args: Record<string, unknown>) => unknown>): BridgeCall[] {
  const calls: BridgeCall[] = [];
  const bridge = new Proxy({}, {
    get: (_target, method: string) => async (args: Record<string, unknown>) => {
      calls.push({ method, args });
      const answer = answers[method];
      if (!answer) return { ok: false, error: { code: 'unknown_method', message: `no fake for ${method}`, issues: [] } };
      return { ok: true, result: answer(args) };
    },
  });
  Object.defineProperty(window, 'prosjektboka', { value: bridge, configurable: true, writable: true });
  return calls;
}
