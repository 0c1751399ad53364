/**
 * Hybrid logical clock (Kulkarni et al.): wall-clock milliseconds plus a
 * counter, so every change of one replica gets a timestamp greater than every
 * timestamp that replica has seen, even when machine clocks disagree.
 *
 * Encoded as fixed-width text ("0001632821400000-00000") so that SQLite and
 * JavaScript both order timestamps with a plain string comparison. Ties
 * between replicas are broken by replica id, outside this type.
 */
export interface Hlc {
  readonly millis: number;
  readonly counter: number;
}

const MILLIS_WIDTH = 16;
const COUNTER_WIDTH = 5;
const MAX_COUNTER = 10 ** COUNTER_WIDTH - 1;
/**
 * A remote stamp at most this far ahead of our wall clock is followed; one
 * further ahead comes from a clock that is wrong. Its change is kept and
 * merged by what it supersedes, but our clock does not jump after it, so one
 * machine with a wrong date cannot drag everyone's stamps ahead with it.
 */
export const MAX_CLOCK_LEAD_MS = 5 * 60 * 1000;

export function encodeHlc(t: Hlc): string {
  return `${String(t.millis).padStart(MILLIS_WIDTH, '0')}-${String(t.counter).padStart(COUNTER_WIDTH, '0')}`;
}

const HLC_PATTERN = /^(\d{16})-(\d{5})$/;

export function decodeHlc(s: string): Hlc {
  const m = HLC_PATTERN.exec(s);
  if (!m) throw new Error(`not a clock value: ${JSON.stringify(s)}`);
  return { millis: Number(m[1]), counter: Number(m[2]) };
}

/** The later of two clocks. */
export function laterHlc(a: Hlc, b: Hlc): Hlc {
  return a.millis > b.millis || (a.millis === b.millis && a.counter >= b.counter) ? a : b;
}

export function isHlc(s: unknown): s is string {
  return typeof s === 'string' && HLC_PATTERN.test(s);
}

/** The timestamp of a local event: after `last` and no earlier than the wall clock. */
export function tick(last: Hlc, now: number): Hlc {
  if (now > last.millis) return { millis: now, counter: 0 };
  if (last.counter >= MAX_COUNTER) return { millis: last.millis + 1, counter: 0 };
  return { millis: last.millis, counter: last.counter + 1 };
}

/**
 * Our clock after receiving a remote timestamp: ahead of both, unless the
 * remote one is further ahead of the wall clock than MAX_CLOCK_LEAD_MS; then
 * it is not followed and our clock stays as it was.
 */
export function receive(last: Hlc, remote: Hlc, now: number): Hlc {
  if (remote.millis - now > MAX_CLOCK_LEAD_MS) return last;
  const millis = Math.max(last.millis, remote.millis, now);
  let counter: number;
  if (millis === last.millis && millis === remote.millis) counter = Math.max(last.counter, remote.counter) + 1;
  else if (millis === last.millis) counter = last.counter + 1;
  else if (millis === remote.millis) counter = remote.counter + 1;
  else counter = 0;
  if (counter > MAX_COUNTER) return { millis: millis + 1, counter: 0 };
  return { millis, counter };
}

/** Total order of concurrent writes: later clock wins, then the higher replica id. */
export function compareStamps(a: { hlc: string; replicaId: string }, b: { hlc: string; replicaId: string }): number {
  if (a.hlc !== b.hlc) return a.hlc < b.hlc ? -1 : 1;
  if (a.replicaId !== b.replicaId) return a.replicaId < b.replicaId ? -1 : 1;
  return 0;
}
