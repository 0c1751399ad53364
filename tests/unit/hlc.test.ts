import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_CLOCK_LEAD_MS, compareStamps, decodeHlc, encodeHlc, receive, tick } from '../../shared/rules/hlc.js';

describe('hybrid logical clock', () => {
  it('orders encoded stamps as text exactly as it orders the clocks', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 45 }), fc.nat({ max: 99_999 }), fc.nat({ max: 2 ** 45 }), fc.nat({ max: 99_999 }), (m1, c1, m2, c2) => {
        const a = encodeHlc({ millis: m1, counter: c1 });
        const b = encodeHlc({ millis: m2, counter: c2 });
        const numeric = m1 === m2 ? Math.sign(c1 - c2) : Math.sign(m1 - m2);
        expect(Math.sign(a.localeCompare(b, 'en'))).toBe(numeric);
        expect(decodeHlc(a)).toEqual({ millis: m1, counter: c1 });
      }),
    );
  });

  it('keeps moving forward when the wall clock stands still or goes back', () => {
    let t = { millis: 1_000, counter: 0 };
    const seen: string[] = [];
    for (const now of [1_000, 1_000, 900, 2_000, 1_500]) {
      t = tick(t, now);
      seen.push(encodeHlc(t));
    }
    expect([...seen].sort()).toEqual(seen);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('moves past a received stamp up to five minutes ahead of the wall clock, and not after one further ahead', () => {
    const local = { millis: 1_000, counter: 3 };
    const remote = { millis: 5_000, counter: 7 };
    expect(receive(local, remote, 2_000)).toEqual({ millis: 5_000, counter: 8 });
    const atTheBound = { millis: 2_000 + MAX_CLOCK_LEAD_MS, counter: 0 };
    expect(receive(local, atTheBound, 2_000)).toEqual({ millis: atTheBound.millis, counter: 1 });
    expect(receive(local, { millis: atTheBound.millis + 1, counter: 0 }, 2_000)).toEqual(local);
    expect(receive(local, { millis: 2_000 + 365 * 24 * 3600 * 1000, counter: 0 }, 2_000)).toEqual(local);
  });

  it('breaks ties between replicas by replica id', () => {
    expect(compareStamps({ hlc: 'a', replicaId: 'r1' }, { hlc: 'a', replicaId: 'r2' })).toBe(-1);
    expect(compareStamps({ hlc: 'b', replicaId: 'r1' }, { hlc: 'a', replicaId: 'r2' })).toBe(1);
  });
});
