import type Database from 'better-sqlite3';
import { KINDS, fieldSpecs, type Kind, type RecordOf } from '../../shared/model/kinds.js';
import type { FieldSpec } from '../../shared/model/fields.js';

/** A record as the command layer sees it: id, fields and whether it is deleted. */
export interface StoredRecord {
  readonly id: string;
  readonly deleted: boolean;
  readonly fields: Record<string, unknown>;
}

/**
 * A record of kind K as the API hands it out: its id and fields, flat. The
 * one place the stored fields are given their kind's type: they were
 * validated against that kind's schema when they were written.
 */
export function flatRecord<K extends Kind>(_kind: K, record: StoredRecord): RecordOf<K> {
  return { ...record.fields, id: record.id } as RecordOf<K>;
}

/**
 * Rows of the kind tables, and nothing else: conversion between field values
 * and SQLite columns, with prepared statements cached per kind and column set.
 * Only the command layer writes through it.
 */
export class RecordStore {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  get(kind: Kind, id: string): StoredRecord | undefined {
    const row = this.stmt(`get:${kind}`, () => `SELECT * FROM ${table(kind)} WHERE id = ?`).get(id) as
      | Record<string, unknown>
      | undefined;
    return row && fromRow(kind, row);
  }

  /** Every record of a kind in the kind's display order (ties by id). */
  list(kind: Kind, options: { includeDeleted?: boolean } = {}): StoredRecord[] {
    const key = `list:${kind}:${options.includeDeleted ? 'all' : 'live'}`;
    const rows = this.stmt(key, () => {
      const order = [...KINDS[kind].orderBy.map((c) => `"${c}"`), 'id'].join(', ');
      const where = options.includeDeleted ? '' : 'WHERE deleted = 0';
      return `SELECT * FROM ${table(kind)} ${where} ORDER BY ${order}`;
    }).all() as Record<string, unknown>[];
    return rows.map((row) => fromRow(kind, row));
  }

  /** Live records whose `field` equals `value`, e.g. the action items of one meeting. */
  listBy(kind: Kind, field: string, value: unknown, options: { includeDeleted?: boolean } = {}): StoredRecord[] {
    assertField(kind, field);
    const key = `by:${kind}:${field}:${options.includeDeleted ? 'all' : 'live'}`;
    const rows = this.stmt(key, () => {
      const live = options.includeDeleted ? '' : 'AND deleted = 0';
      return `SELECT * FROM ${table(kind)} WHERE "${field}" = ? ${live} ORDER BY id`;
    }).all(value) as Record<string, unknown>[];
    return rows.map((row) => fromRow(kind, row));
  }

  exists(kind: Kind, id: string, options: { includeDeleted?: boolean } = {}): boolean {
    const key = `exists:${kind}:${options.includeDeleted ? 'all' : 'live'}`;
    const live = options.includeDeleted ? '' : 'AND deleted = 0';
    return this.stmt(key, () => `SELECT 1 FROM ${table(kind)} WHERE id = ? ${live}`).get(id) !== undefined;
  }

  /** The largest value of an integer field among live records, or 0. */
  maxOf(kind: Kind, field: string): number {
    assertField(kind, field);
    const row = this.stmt(`max:${kind}:${field}`, () => `SELECT MAX("${field}") AS m FROM ${table(kind)} WHERE deleted = 0`)
      .get() as { m: number | null };
    return row.m ?? 0;
  }

  count(kind: Kind): number {
    return (this.stmt(`count:${kind}`, () => `SELECT COUNT(*) AS n FROM ${table(kind)} WHERE deleted = 0`).get() as { n: number }).n;
  }

  insert(kind: Kind, id: string, fields: Record<string, unknown>, deleted = false): void {
    const specs = fieldSpecs(kind);
    const names = Object.keys(specs);
    const stmt = this.stmt(`insert:${kind}`, () => {
      const cols = ['id', 'deleted', ...names.map((n) => `"${n}"`)].join(', ');
      const params = ['?', '?', ...names.map(() => '?')].join(', ');
      return `INSERT INTO ${table(kind)} (${cols}) VALUES (${params})`;
    });
    stmt.run(id, deleted ? 1 : 0, ...names.map((n) => toColumn(specs[n]!, fields[n])));
  }

  /** Writes the given fields of one record; other columns stay as they are. */
  update(kind: Kind, id: string, fields: Record<string, unknown>): void {
    const specs = fieldSpecs(kind);
    const names = Object.keys(fields).sort();
    if (names.length === 0) return;
    for (const n of names) assertField(kind, n);
    const stmt = this.stmt(`update:${kind}:${names.join(',')}`, () =>
      `UPDATE ${table(kind)} SET ${names.map((n) => `"${n}" = ?`).join(', ')} WHERE id = ?`,
    );
    stmt.run(...names.map((n) => toColumn(specs[n]!, fields[n])), id);
  }

  setDeleted(kind: Kind, id: string, deleted: boolean): void {
    this.stmt(`setDeleted:${kind}`, () => `UPDATE ${table(kind)} SET deleted = ? WHERE id = ?`).run(deleted ? 1 : 0, id);
  }

  private stmt(key: string, sql: () => string): Database.Statement {
    let s = this.statements.get(key);
    if (!s) {
      s = this.db.prepare(sql());
      this.statements.set(key, s);
    }
    return s;
  }
}

function table(kind: Kind): string {
  return KINDS[kind].table;
}

function assertField(kind: Kind, field: string): void {
  if (!Object.prototype.hasOwnProperty.call(fieldSpecs(kind), field)) {
    throw new Error(`${kind} has no field ${field}`);
  }
}

function toColumn(spec: FieldSpec, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (spec.storage) {
    case 'bool':
      return value ? 1 : 0;
    case 'json':
      return JSON.stringify(value);
    default:
      return value;
  }
}

function fromRow(kind: Kind, row: Record<string, unknown>): StoredRecord {
  const fields: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(fieldSpecs(kind))) {
    const v = row[name];
    if (v === null || v === undefined) fields[name] = null;
    else if (spec.storage === 'bool') fields[name] = v === 1;
    else if (spec.storage === 'json') fields[name] = JSON.parse(v as string);
    else fields[name] = v;
  }
  return { id: row.id as string, deleted: row.deleted === 1, fields };
}
