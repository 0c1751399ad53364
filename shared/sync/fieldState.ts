import { compareStamps, stampKey, type Stamp } from './stamps.js';
import { mergeText } from './threeWay.js';
import { covers, mergeVectors, vectorFromStamps, type VersionVector } from './versionVector.js';

/**
 * The state of a field as a pure function of the set of changes a replica
 * holds for it. Replicas that hold the same changes therefore show the same
 * value and the same open conflicts, whatever order the changes came in:
 * that is the whole convergence argument of sync (docs/sync.md).
 *
 * Each change names the changes it supersedes (`prev`): a local edit
 * supersedes what its author saw as the field's value. A change nobody
 * supersedes is a head. One head is the usual case; several heads are writes
 * made without knowing of each other (concurrent writes).
 */
export interface FieldNode extends Stamp {
  readonly value: unknown;
  readonly prev: readonly Stamp[];
}

/** A concurrently written value that did not become the field's value: an open conflict. */
export interface SetAside {
  readonly stamp: Stamp;
  readonly value: unknown;
}

export interface FieldState {
  readonly value: unknown;
  /** The greatest head: later clock, then higher replica id (hlc.compareStamps). */
  readonly winner: Stamp;
  /** Heads the value includes; a local write supersedes exactly these. */
  readonly covered: readonly Stamp[];
  /** Heads kept aside, greatest first. */
  readonly conflicts: readonly SetAside[];
}

export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The changes nobody supersedes, greatest first, leaving out echoes that
 * another change has moved past. An echo writes again the value of a change
 * it supersedes, adding nothing: a copied workbook re-issuing, under its new
 * installation id, the edits it cannot tell whether the original will send
 * (electron/workbook/installation.ts). When someone else superseded that same
 * change with a different value, the echo would otherwise stand beside that
 * edit as a concurrent write and raise a conflict (or a stale line) for a
 * value nobody wrote twice. Whether a head is such an echo depends only on
 * the set of changes, so every replica drops the same ones.
 */
export function fieldHeads<N extends FieldNode>(nodes: readonly N[]): N[] {
  if (nodes.length === 1) return [nodes[0]!];
  const byKey = new Map<string, N>();
  const supersededBy = new Map<string, N[]>();
  for (const n of nodes) {
    byKey.set(stampKey(n), n);
    for (const p of n.prev) {
      const key = stampKey(p);
      const list = supersededBy.get(key);
      if (list) list.push(n);
      else supersededBy.set(key, [n]);
    }
  }
  const movedPast = (echo: N) =>
    echo.prev.some((p) => {
      const parent = byKey.get(stampKey(p));
      if (!parent || !sameValue(parent.value, echo.value)) return false;
      return supersededBy.get(stampKey(p))!.some((n) => n !== echo && !sameValue(n.value, parent.value));
    });
  const heads = nodes.filter((n) => !supersededBy.has(stampKey(n)) && !movedPast(n));
  return heads.sort((a, b) => compareStamps(b, a));
}

/**
 * The field's value and conflicts. The greatest head wins; a head with the
 * same value joins it. For long text (Markdown) every other head is merged in
 * three-way against the nearest common ancestor, in stamp order: a clean
 * merge joins the value, an overlapping one keeps the winner's lines in the
 * value and the whole other text aside as a conflict, so nothing is lost.
 */
export function deriveFieldState(nodes: readonly FieldNode[], longText: boolean): FieldState | undefined {
  if (nodes.length === 0) return undefined;
  const heads = fieldHeads(nodes);
  const winner = heads[0] ?? greatest(nodes);
  let value = winner.value;
  const covered: FieldNode[] = [winner];
  const conflicts: SetAside[] = [];
  for (const head of heads.slice(1)) {
    if (sameValue(head.value, value)) {
      covered.push(head);
      continue;
    }
    if (longText && typeof value === 'string' && typeof head.value === 'string') {
      const base = commonAncestorValue(nodes, covered, head);
      const merged = mergeText(value, typeof base === 'string' ? base : '', head.value);
      value = merged.text;
      if (merged.clean) {
        covered.push(head);
        continue;
      }
    }
    conflicts.push({ stamp: { hlc: head.hlc, replicaId: head.replicaId }, value: head.value });
  }
  return {
    value,
    winner: { hlc: winner.hlc, replicaId: winner.replicaId },
    covered: covered.map((c) => ({ hlc: c.hlc, replicaId: c.replicaId })),
    conflicts,
  };
}

function greatest<N extends Stamp>(nodes: readonly N[]): N {
  return [...nodes].sort((a, b) => compareStamps(b, a))[0]!;
}

/** The value of the greatest change that is an ancestor of both sides, or undefined when they share none. */
function commonAncestorValue(nodes: readonly FieldNode[], ours: readonly FieldNode[], theirs: FieldNode): unknown {
  const byKey = new Map(nodes.map((n) => [stampKey(n), n]));
  const mine = ancestry(byKey, ours);
  const other = ancestry(byKey, [theirs]);
  let best: FieldNode | undefined;
  for (const [key, node] of mine) {
    if (other.has(key) && (!best || compareStamps(node, best) > 0)) best = node;
  }
  return best?.value;
}

function ancestry(byKey: ReadonlyMap<string, FieldNode>, start: readonly FieldNode[]): Map<string, FieldNode> {
  const seen = new Map<string, FieldNode>();
  const todo = [...start];
  while (todo.length > 0) {
    const n = todo.pop()!;
    const key = stampKey(n);
    if (seen.has(key)) continue;
    seen.set(key, n);
    for (const p of n.prev) {
      const parent = byKey.get(stampKey(p));
      if (parent) todo.push(parent);
    }
  }
  return seen;
}

/**
 * A delete (true) or restore (false) of a record. Its `prev` is its author's
 * whole version vector at that moment: everything the author had seen of the
 * workbook, so that an edit the author had not seen can be told apart.
 */
export interface DeleteNode extends Stamp {
  readonly value: boolean;
  readonly prev: readonly Stamp[];
}

export interface Liveness {
  readonly deleted: boolean;
  /** Set when a delete lost to an edit (or restore) made without knowing of it. */
  readonly conflict?: SetAside;
}

/** What a delete or restore knew of: its vector plus itself. */
export function deleteKnowledge(node: DeleteNode): VersionVector {
  return mergeVectors(vectorFromStamps(node.prev), vectorFromStamps([node]));
}

/**
 * Whether a record is deleted, from its delete and restore changes and the
 * stamps of all its other changes. Deletes and restores supersede what their
 * authors had seen. The record is deleted when the remaining deletes, taken
 * together, had seen every other change of the record: an edit or restore
 * made without knowing of a delete keeps the record, and the delete is kept
 * aside as a conflict for someone to confirm or drop.
 */
export function deriveLiveness(deletes: readonly DeleteNode[], others: Iterable<Stamp>): Liveness {
  if (deletes.length === 0) return { deleted: false };
  const knowledge = deletes.map(deleteKnowledge);
  const heads = deletes.filter((d, i) => !knowledge.some((k, j) => j !== i && covers(k, d)));
  const deleting = heads.filter((h) => h.value);
  if (deleting.length === 0) return { deleted: false };
  let seen: VersionVector = Object.create(null) as VersionVector;
  for (const d of deleting) seen = mergeVectors(seen, deleteKnowledge(d));
  const unseen = heads.some((h) => !h.value && !covers(seen, h)) || someUnseen(seen, others);
  if (!unseen) return { deleted: true };
  const top = greatest(deleting);
  return { deleted: false, conflict: { stamp: { hlc: top.hlc, replicaId: top.replicaId }, value: true } };
}

function someUnseen(seen: VersionVector, stamps: Iterable<Stamp>): boolean {
  for (const s of stamps) if (!covers(seen, s)) return true;
  return false;
}
