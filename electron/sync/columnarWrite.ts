import { frameOf } from './frames.js';
import type { PayloadReplica } from './payload.js';

/**
 * Writes the payload of a version 3 sync file (docs/sync-format.md,
 * «Version 3 payload»): a head frame, blocks of changes in columns, a tail
 * frame. Each block is compressed as soon as it is full, so the writer holds
 * one block's text at a time, never the whole file's.
 *
 * Per change the file spends most on the record id, the value, the field
 * name, the stamp and `prev` (issue 15's measurements): ids, kinds and field
 * names become dictionaries that grow block by block, stamps are deltas
 * against the origin's previous stamp, values are grouped by field within a
 * block, and a `prev` that is the previous change of the same field in the
 * file (nearly all of them) is the number 1.
 */

/** Changes per block; a block also ends once its values pass VALUE_BYTES. */
export const BLOCK_CHANGES = 8192;
const VALUE_BYTES = 2 * 2 ** 20;
/** Field names in one file; record × field keys stay exact integers under it. */
export const MAX_FIELDS = 65_536;

/** One change as the change log stores it: value as JSON text, prev as "hlc replica" pairs. */
export interface ChangeRow {
  readonly kind: string;
  readonly recordId: string;
  readonly field: string;
  readonly hlc: string;
  readonly replicaId: string;
  readonly value: string;
  readonly prev: string | null;
  readonly valueSha256: string | null;
}

export interface ReplicaIndex {
  indexOf(id: string): number;
  readonly list: readonly PayloadReplica[];
}

export class ColumnarWriter {
  private readonly frames: Buffer[] = [];
  private readonly kinds = new Map<string, number>();
  private readonly fields = new Map<string, number>();
  private readonly records = new Map<string, number>();
  private readonly lastMillis = new Map<number, number>();
  /** Per record × field, the stamp of its latest change in the file, as `prev` text would name it. */
  private readonly lastOfField = new Map<number, string>();
  private replicasSent = 0;
  private kindsSent = 0;
  private fieldsSent = 0;
  private recordsSent = 0;
  private lastRecord = 0;
  private block = new Block();
  count = 0;

  constructor(private readonly replicas: ReplicaIndex, key?: string) {
    this.frames.push(frameOf(JSON.stringify(key ? { key } : {})));
  }

  add(row: ChangeRow): void {
    const org = this.replicas.indexOf(row.replicaId);
    const rec = this.entry(this.records, row.recordId);
    if (rec === this.recordsSent + this.block.recordIds.length) {
      this.block.recordIds.push(row.recordId);
      this.block.recordKinds.push(this.entry(this.kinds, row.kind));
    }
    const fld = this.entry(this.fields, row.field);
    if (fld >= MAX_FIELDS) throw new Error(`more than ${MAX_FIELDS} field names in one sync file`);
    const millis = Number(row.hlc.slice(0, 16));
    const b = this.block;
    b.rec.push(rec - this.lastRecord);
    this.lastRecord = rec;
    b.fld.push(fld);
    b.org.push(org);
    b.ms.push(millis - (this.lastMillis.get(org) ?? 0));
    this.lastMillis.set(org, millis);
    b.ctr.push(Number(row.hlc.slice(17)));
    const key = rec * MAX_FIELDS + fld;
    if (row.prev === null) b.prev.push('0');
    else if (row.prev === this.lastOfField.get(key)) b.prev.push('1');
    else b.prev.push(`[${row.prev.split(',').map((pair) => {
      const space = pair.indexOf(' ');
      return `["${pair.slice(0, space)}",${this.replicas.indexOf(pair.slice(space + 1))}]`;
    }).join(',')}]`);
    this.lastOfField.set(key, `${row.hlc} ${row.replicaId}`);
    let group = b.values.get(fld);
    if (!group) b.values.set(fld, (group = []));
    // Kinds, ids, field names and stamps need no escaping; the value is the stored JSON as it is.
    group.push(row.value);
    b.valueBytes += row.value.length;
    if (row.valueSha256) b.erased.push(`[${b.rec.length - 1},"${row.valueSha256}"]`);
    this.count++;
    if (b.rec.length >= BLOCK_CHANGES || b.valueBytes >= VALUE_BYTES) this.flush();
  }

  /** The body: the frames so far, the last block, and the tail with the signed batches. */
  finish(signatures: readonly { origin: number; stamps: string; signature: string }[]): Buffer {
    this.flush();
    this.frames.push(frameOf(JSON.stringify({ replicas: this.newReplicas(), signatures, changes: this.count })));
    return Buffer.concat(this.frames);
  }

  private entry(map: Map<string, number>, name: string): number {
    let i = map.get(name);
    if (i === undefined) {
      i = map.size;
      map.set(name, i);
    }
    return i;
  }

  private newReplicas(): readonly PayloadReplica[] {
    const out = this.replicas.list.slice(this.replicasSent);
    this.replicasSent = this.replicas.list.length;
    return out;
  }

  private flush(): void {
    const b = this.block;
    if (b.rec.length === 0) return;
    const kinds = [...this.kinds.keys()].slice(this.kindsSent);
    const fields = [...this.fields.keys()].slice(this.fieldsSent);
    this.kindsSent = this.kinds.size;
    this.fieldsSent = this.fields.size;
    this.recordsSent += b.recordIds.length;
    const values: string[] = [];
    for (const group of b.values.values()) values.push(group.join(','));
    const json = `{"replicas":${JSON.stringify(this.newReplicas())},"kinds":${JSON.stringify(kinds)},"fields":${JSON.stringify(fields)}`
      + `,"records":${JSON.stringify(b.recordIds)},"recordKinds":[${b.recordKinds.join(',')}]`
      + `,"rec":[${b.rec.join(',')}],"fld":[${b.fld.join(',')}],"org":[${b.org.join(',')}],"ms":[${b.ms.join(',')}],"ctr":[${b.ctr.join(',')}]`
      + `,"prev":[${b.prev.join(',')}],"val":[${values.join(',')}],"erased":[${b.erased.join(',')}]}`;
    this.frames.push(frameOf(json));
    this.block = new Block();
  }
}

class Block {
  readonly recordIds: string[] = [];
  readonly recordKinds: number[] = [];
  readonly rec: number[] = [];
  readonly fld: number[] = [];
  readonly org: number[] = [];
  readonly ms: number[] = [];
  readonly ctr: number[] = [];
  readonly prev: string[] = [];
  /** Values by field, in the order the block first names each field. */
  readonly values = new Map<number, string[]>();
  readonly erased: string[] = [];
  valueBytes = 0;
}
