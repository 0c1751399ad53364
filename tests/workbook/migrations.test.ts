import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS, fieldSpecs, KIND_NAMES } from '../../shared/model/kinds.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../electron/workbook/migrations/index.js';
import { createWorkbook, migrate, openWorkbook } from '../../electron/workbook/open.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';

describe('migrations and opening a file', () => {
  const tmp = useTempDir();

  function closedWorkbook(name = 'a.prosjektboka'): string {
    const wb = newWorkbook(tmp.dir(), name);
    wb.close();
    return wb.path;
  }

  it('numbers migrations from 1 without gaps and leaves a new workbook at the latest version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const path = closedWorkbook();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('has a table for every kind whose columns are exactly the registry\'s fields', () => {
    const path = closedWorkbook();
    const db = new Database(path, { readonly: true });
    for (const kind of KIND_NAMES) {
      const columns = (db.prepare(`PRAGMA table_info(${KINDS[kind].table})`).all() as { name: string }[]).map((c) => c.name);
      expect(columns.sort(), kind).toEqual(['deleted', 'id', ...Object.keys(fieldSpecs(kind))].sort());
    }
    db.close();
  });

  it('turns foreign keys on for an open workbook', () => {
    const wb = tmp.track(openWorkbook(closedWorkbook()));
    expect(wb.sqliteForTests.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('refuses a workbook from a newer version and leaves the file as it was', () => {
    const path = closedWorkbook();
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const bytes = readFileSync(path);
    expect(() => openWorkbook(path)).toThrow(new RegExp(`nyere versjon av Prosjektboka \\(skjemaversjon ${SCHEMA_VERSION + 1}`));
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('refuses files that are not workbooks, without changing them', () => {
    const text = join(tmp.dir(), 'notater.prosjektboka');
    writeFileSync(text, 'Referat fra møtet\n');
    const empty = join(tmp.dir(), 'tom.prosjektboka');
    writeFileSync(empty, '');
    const otherDb = join(tmp.dir(), 'annen.sqlite');
    const db = new Database(otherDb);
    db.exec('CREATE TABLE t (x)');
    db.close();
    for (const path of [text, empty, otherDb]) {
      const bytes = readFileSync(path);
      expect(() => openWorkbook(path), path).toThrow(/er ikke en Prosjektboka-arbeidsbok/);
      expect(readFileSync(path).equals(bytes)).toBe(true);
      expect(existsSync(`${path}-wal`)).toBe(false);
    }
  });

  it('refuses a missing file without creating it', () => {
    const path = join(tmp.dir(), 'finnes-ikke.prosjektboka');
    expect(() => openWorkbook(path)).toThrow(/Finner ikke arbeidsboka/);
    expect(existsSync(path)).toBe(false);
  });

  it('reports a damaged workbook as damaged', () => {
    const path = closedWorkbook();
    const bytes = readFileSync(path);
    const pageSize = bytes.readUInt16BE(16);
    // Overwrite pages 3-6 (table and index b-trees) with garbage.
    for (let i = pageSize * 2; i < Math.min(bytes.length, pageSize * 6); i++) bytes[i] = (i * 7919) % 251;
    writeFileSync(path, bytes);
    expect(() => openWorkbook(path)).toThrow(/skadet/);
  });

  it('never overwrites an existing file when creating a workbook', () => {
    const path = join(tmp.dir(), 'plan.prosjektboka');
    writeFileSync(path, 'viktig');
    expect(() => createWorkbook(path)).toThrow(/finnes allerede/);
    expect(readFileSync(path, 'utf8')).toBe('viktig');
  });

  it('runs each migration in one transaction: a failing one leaves the version and tables as before', () => {
    const path = closedWorkbook();
    copyFileSync(path, `${path}.copy`);
    const db = new Database(path);
    const broken = [
      ...MIGRATIONS,
      { version: SCHEMA_VERSION + 1, sql: 'CREATE TABLE added (x); INSERT INTO no_such_table VALUES (1);' },
    ];
    expect(() => migrate(db, broken)).toThrow(/no_such_table/);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'added'").get()).toBeUndefined();
    db.close();
  });
});
