import type { Stamp } from './stamps.js';

/**
 * A version vector: for each origin replica, the latest clock stamp of its
 * changes that a replica holds. A replica always holds every change of an
 * origin up to that stamp (files carry an origin's changes as one unbroken
 * run), so the vector says exactly which changes it has.
 *
 * Objects without a prototype, so a replica id can never reach Object.prototype.
 */
export type VersionVector = Readonly<Record<string, string>>;

export function emptyVector(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

export function vectorFrom(entries: Iterable<readonly [string, string]>): Record<string, string> {
  const v = emptyVector();
  for (const [replica, hlc] of entries) if (!(replica in v) || hlc > v[replica]!) v[replica] = hlc;
  return v;
}

/** Whether a replica with vector `v` holds the change with stamp `s`. */
export function covers(v: VersionVector, s: Stamp): boolean {
  const seen = v[s.replicaId];
  return seen !== undefined && s.hlc <= seen;
}

/** Everything either holds. */
export function mergeVectors(a: VersionVector, b: VersionVector): Record<string, string> {
  const out = vectorFrom(Object.entries(a));
  for (const [replica, hlc] of Object.entries(b)) if (!(replica in out) || hlc > out[replica]!) out[replica] = hlc;
  return out;
}

/** What all of them hold: an origin missing from any vector is missing from the result. */
export function meetVectors(vectors: readonly VersionVector[]): Record<string, string> {
  const out = emptyVector();
  if (vectors.length === 0) return out;
  for (const [replica, hlc] of Object.entries(vectors[0]!)) {
    let min = hlc;
    let everywhere = true;
    for (const v of vectors.slice(1)) {
      const other = v[replica];
      if (other === undefined) {
        everywhere = false;
        break;
      }
      if (other < min) min = other;
    }
    if (everywhere) out[replica] = min;
  }
  return out;
}

/** Whether `a` holds everything `b` holds. */
export function dominates(a: VersionVector, b: VersionVector): boolean {
  return Object.entries(b).every(([replica, hlc]) => covers(a, { replicaId: replica, hlc }));
}

export function vectorToStamps(v: VersionVector): Stamp[] {
  return Object.keys(v)
    .sort()
    .map((replicaId) => ({ replicaId, hlc: v[replicaId]! }));
}

export function vectorFromStamps(stamps: readonly Stamp[]): Record<string, string> {
  return vectorFrom(stamps.map((s) => [s.replicaId, s.hlc] as const));
}
