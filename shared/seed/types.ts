import type { Kind } from '../model/kinds.js';

/**
 * The seed plan as data: records of any kind, named by a local key. A
 * reference field (see `ref` in shared/model/kinds.ts) holds the key of the
 * seed record it points at (a refList holds a list of keys); the loader
 * gives every record a fresh UUIDv7 and swaps keys for ids.
 */
export interface SeedRecord {
  readonly key: string;
  readonly kind: Kind;
  readonly fields: Readonly<Record<string, unknown>>;
}
