import type { MessageParam } from '../../shared/messages/format.js';
import { msg } from '../../shared/messages/catalogue.js';
import { syncErrors } from './errors.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON from a sync file's payload (a version 2 payload, or one frame of a
 * version 3 one). A `__proto__`, `constructor` or `prototype` key anywhere is
 * refused by name rather than trusted; texts without those words (nearly
 * all) are parsed without the slower reviver.
 */
export function parseJson(payload: Buffer | string, what: MessageParam): unknown {
  const text = typeof payload === 'string' ? payload : payload.toString('utf8');
  try {
    if (!text.includes('__proto__') && !text.includes('"constructor"') && !text.includes('"prototype"')) return JSON.parse(text);
    return JSON.parse(text, function (this: unknown, key: string, value: unknown) {
      if (FORBIDDEN_KEYS.has(key) && this !== null && typeof this === 'object' && !Array.isArray(this)) {
        throw new ForbiddenKey(key);
      }
      return value;
    });
  } catch (e) {
    if (e instanceof ForbiddenKey) throw syncErrors.malformed(what, msg('sync.detail.forbidden_key', { key: e.key }));
    throw syncErrors.corrupt(what, msg('sync.detail.content_json'));
  }
}

class ForbiddenKey extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}
