import { compareStamps } from '../rules/hlc.js';

/**
 * The identity of one write: the clock stamp and the replica that made it.
 * Every field change of one command shares one stamp.
 */
export interface Stamp {
  readonly hlc: string;
  readonly replicaId: string;
}

export { compareStamps };

export function stampKey(s: Stamp): string {
  return `${s.hlc} ${s.replicaId}`;
}

export function sameStamp(a: Stamp, b: Stamp): boolean {
  return a.hlc === b.hlc && a.replicaId === b.replicaId;
}

/** The greatest of some stamps (later clock, then higher replica id), or undefined for none. */
export function maxStamp<S extends Stamp>(stamps: Iterable<S>): S | undefined {
  let best: S | undefined;
  for (const s of stamps) if (!best || compareStamps(s, best) > 0) best = s;
  return best;
}

/**
 * The `prev` column of a change: the stamps it builds on, as "hlc replica"
 * pairs joined by commas, or null for the first write of a field. Text rather
 * than JSON because it is read on every import and is nearly always one pair.
 */
export function encodeStamps(stamps: readonly Stamp[]): string | null {
  if (stamps.length === 0) return null;
  return stamps.map(stampKey).join(',');
}

export function decodeStamps(text: string | null | undefined): Stamp[] {
  if (!text) return [];
  return text.split(',').map((pair) => {
    const space = pair.indexOf(' ');
    return { hlc: pair.slice(0, space), replicaId: pair.slice(space + 1) };
  });
}
