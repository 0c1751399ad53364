import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { deriveFieldState, deriveLiveness, fieldHeads, type DeleteNode, type FieldNode } from '../../shared/sync/fieldState.js';
import { decodeStamps, encodeStamps } from '../../shared/sync/stamps.js';
import { mergeText } from '../../shared/sync/threeWay.js';
import { covers, dominates, meetVectors, mergeVectors, vectorFrom } from '../../shared/sync/versionVector.js';
import { conflictId } from '../../electron/workbook/conflictStore.js';
import { APP_VERSION, compareVersions } from '../../electron/sync/fileFormat.js';

const A = '01a00000-0000-7000-8000-00000000000a';
const B = '01a00000-0000-7000-8000-00000000000b';
const h = (n: number) => `${String(n).padStart(16, '0')}-00000`;
const node = (n: number, replicaId: string, value: unknown, prev: FieldNode[] = []): FieldNode => ({
  hlc: h(n),
  replicaId,
  value,
  prev: prev.map((p) => ({ hlc: p.hlc, replicaId: p.replicaId })),
});

describe('version vectors', () => {
  it('say which changes a replica holds, and what two replicas both hold', () => {
    const v = vectorFrom([[A, h(5)], [B, h(2)]]);
    expect(covers(v, { replicaId: A, hlc: h(5) })).toBe(true);
    expect(covers(v, { replicaId: A, hlc: h(6) })).toBe(false);
    expect(covers(v, { replicaId: '01a00000-0000-7000-8000-00000000000c', hlc: h(1) })).toBe(false);
    const w = vectorFrom([[A, h(3)]]);
    expect({ ...meetVectors([v, w]) }).toEqual({ [A]: h(3) });
    expect({ ...mergeVectors(v, w) }).toEqual({ [A]: h(5), [B]: h(2) });
    expect(dominates(v, w)).toBe(true);
    expect(dominates(w, v)).toBe(false);
    expect(Object.getPrototypeOf(vectorFrom([['__proto__', h(1)]]))).toBeNull();
  });

  it('stamps survive the prev column', () => {
    const stamps = [{ hlc: h(1), replicaId: A }, { hlc: h(2), replicaId: B }];
    expect(decodeStamps(encodeStamps(stamps))).toEqual(stamps);
    expect(encodeStamps([])).toBeNull();
    expect(decodeStamps(null)).toEqual([]);
  });
});

describe('the state of a field', () => {
  it('follows a chain of edits to its last one', () => {
    const a = node(1, A, 'en');
    const b = node(2, B, 'to', [a]);
    const c = node(3, A, 'tre', [b]);
    expect(fieldHeads([c, a, b])).toEqual([c]);
    expect(deriveFieldState([a, b, c], false)).toMatchObject({ value: 'tre', conflicts: [] });
  });

  it('picks the same winner of concurrent edits in any order, and keeps the other aside', () => {
    const base = node(1, A, 'start');
    const x = node(5, A, 'Drammen', [base]);
    const y = node(5, B, 'Mysen', [base]);
    for (const order of [[base, x, y], [y, base, x], [x, y, base]]) {
      const s = deriveFieldState(order, false)!;
      expect(s.value).toBe('Mysen'); // same clock: the higher replica id wins
      expect(s.conflicts).toEqual([{ stamp: { hlc: h(5), replicaId: A }, value: 'Drammen' }]);
    }
  });

  it('sees no conflict when concurrent edits wrote the same value', () => {
    const base = node(1, A, 2);
    const s = deriveFieldState([base, node(4, A, 3, [base]), node(5, B, 3, [base])], false)!;
    expect(s).toMatchObject({ value: 3, conflicts: [] });
    expect(s.covered).toHaveLength(2);
  });

  it('merges long text three-way when the edits do not overlap', () => {
    const base = node(1, A, 'a\nb\nc\nd\n');
    const s = deriveFieldState([base, node(4, A, 'A\nb\nc\nd\n', [base]), node(5, B, 'a\nb\nc\nD\n', [base])], true)!;
    expect(s).toMatchObject({ value: 'A\nb\nc\nD\n', conflicts: [] });
  });

  it('keeps the winner\'s lines and the whole other text aside when long text edits overlap', () => {
    const base = node(1, A, 'a\nb\nc\nd\ne\n');
    const s = deriveFieldState([base, node(4, A, 'X\nb\nc\nd\nE\n', [base]), node(5, B, 'Y\nb\nc\nd\ne\n', [base])], true)!;
    expect(s.value).toBe('Y\nb\nc\nd\nE\n');
    expect(s.conflicts).toEqual([{ stamp: { hlc: h(4), replicaId: A }, value: 'X\nb\nc\nd\nE\n' }]);
  });

  it('a resolution that supersedes both heads settles the field', () => {
    const base = node(1, A, 'start');
    const x = node(4, A, 'x', [base]);
    const y = node(5, B, 'y', [base]);
    const r = node(6, A, 'x og y', [x, y]);
    expect(deriveFieldState([base, x, y, r], false)).toMatchObject({ value: 'x og y', conflicts: [] });
  });
});

describe('whether a record is deleted', () => {
  const del = (n: number, replicaId: string, value: boolean, seen: Record<string, number>): DeleteNode => ({
    hlc: h(n),
    replicaId,
    value,
    prev: Object.entries(seen).map(([r, x]) => ({ replicaId: r, hlc: h(x) })),
  });

  it('a delete that had seen every edit deletes', () => {
    expect(deriveLiveness([del(5, A, true, { [A]: 5, [B]: 3 })], [{ hlc: h(3), replicaId: B }, { hlc: h(1), replicaId: A }])).toEqual({ deleted: true });
  });

  it('an edit the deleter had not seen keeps the record and raises a conflict, whatever the clocks say', () => {
    const d = del(9, A, true, { [A]: 9, [B]: 3 });
    const l = deriveLiveness([d], [{ hlc: h(4), replicaId: B }]);
    expect(l).toEqual({ deleted: false, conflict: { stamp: { hlc: h(9), replicaId: A }, value: true } });
  });

  it('a restore supersedes the delete it had seen', () => {
    expect(deriveLiveness([del(5, A, true, { [A]: 5 }), del(6, B, false, { [A]: 5, [B]: 6 })], [{ hlc: h(1), replicaId: A }])).toEqual({ deleted: false });
  });
});

describe('conflict ids and versions', () => {
  it('name a conflict the same on every replica, as a UUID', () => {
    const id = conflictId('01a00000-0000-7000-8000-000000000001', 'title', { hlc: h(4), replicaId: A });
    expect(id).toBe(conflictId('01a00000-0000-7000-8000-000000000001', 'title', { hlc: h(4), replicaId: A }));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).not.toBe(conflictId('01a00000-0000-7000-8000-000000000001', 'title', { hlc: h(4), replicaId: B }));
  });

  it('the app version matches package.json, and versions compare by number', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
    expect(compareVersions('0.10.0', '0.9.1')).toBe(1);
    expect(compareVersions('0.1.0', '0.1')).toBe(0);
    expect(compareVersions('x.y', '0.1.0')).toBe(1);
  });

  it('merges text by lines', () => {
    expect(mergeText('a\nB\n', 'a\nb\n', 'a\nb\n')).toEqual({ clean: true, text: 'a\nB\n' });
    expect(mergeText('X\nb\n', 'a\nb\n', 'Y\nb\n')).toEqual({ clean: false, text: 'X\nb\n' });
  });
});
