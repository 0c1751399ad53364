import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isWorkbookError } from '../../shared/errors.js';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { encodeSyncBody, openSyncFile, unpack, SYNC_FORMAT_VERSION, type SyncHeader } from '../../electron/sync/fileFormat.js';
import { frameOf } from '../../electron/sync/frames.js';
import { importSyncFile } from '../../electron/sync/importFile.js';
import { listBackups } from '../../electron/workbook/backup.js';
import { createWorkbook } from '../../electron/workbook/open.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { dump, joinFrom } from './helpers.js';

/**
 * Version 3's own corpus of bad files (badFiles.test.ts holds the version 2
 * one, whose JSON it edits): a file whose columns, dictionaries or frames are
 * damaged, with a valid MAC, is refused with its message and changes
 * nothing. The model's checks (unknown field, value out of range) are the
 * same code for both versions (electron/sync/changeCheck.ts); one case here
 * shows they are reached through the columns too.
 */
let dir: string;
let drammen: Workbook;
let mysen: Workbook;
let good: Buffer;

type Column = 'kinds' | 'fields' | 'records' | 'recordKinds' | 'rec' | 'fld' | 'org' | 'ms' | 'ctr' | 'prev' | 'val';
type Frame = Record<Column, unknown[]> & { extra?: unknown[] };

async function framesOf(bytes: Buffer): Promise<{ header: SyncHeader; frames: Frame[] }> {
  const file = await openSyncFile(bytes);
  return { header: file.header, frames: unpack(file).toString('utf8').split('\n').map((l) => JSON.parse(l) as Frame) };
}

/** The good file with its frames changed and its MAC made again. */
async function edited(change: (frames: Frame[]) => void, headerChange: (h: SyncHeader) => SyncHeader = (h) => h): Promise<Buffer> {
  const { header, frames } = await framesOf(good);
  change(frames);
  return encodeSyncBody(headerChange(header), Buffer.concat(frames.map((f) => frameOf(JSON.stringify(f)))), drammen.syncKey);
}

async function expectRefused(bytes: Buffer, code: string, words: RegExp): Promise<void> {
  const before = dump(mysen);
  const changes = mysen.changes.count();
  let error: unknown;
  try {
    await importSyncFile(mysen, bytes, { what: 'mysen.pbsync' });
  } catch (e) {
    error = e;
  }
  expect(isWorkbookError(error), String(error)).toBe(true);
  if (!isWorkbookError(error)) return;
  expect(error.code).toBe(code);
  expect(error.message).toMatch(words);
  expect(error.message).toMatch(/Ingenting er importert\./);
  expect(dump(mysen)).toBe(before);
  expect(mysen.changes.count()).toBe(changes);
  expect(listBackups(mysen.path)).toEqual([]);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'prosjektboka-badcolumns-'));
  drammen = createWorkbook(join(dir, 'drammen.prosjektboka'), { empty: true, replicaName: 'Drammen' });
  const risk = drammen.commands.create('risk', { title: 'Sykdom', probability: 2, consequence: 3 });
  mysen = await joinFrom(drammen, dir, 'mysen', 'Mysen');
  drammen.commands.update('risk', risk, { title: 'Sykdom i prosjektgruppa' });
  drammen.commands.update('risk', risk, { title: 'Sykdom i styringsgruppa', probability: 3 });
  drammen.commands.create('goal', { text: 'Lære av hverandre' });
  good = (await exportSyncFile(drammen, { forReplica: mysen.replicaId })).bytes;
});

afterAll(() => {
  for (const wb of [drammen, mysen]) wb.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a version 3 file with damaged columns is refused and changes nothing', () => {
  it('the good file is version 3, in columns, and imports', async () => {
    const { header, frames } = await framesOf(good);
    expect(header.formatVersion).toBe(SYNC_FORMAT_VERSION);
    expect(frames).toHaveLength(3);
    const block = frames[1]!;
    // The second title edit builds on the first, in the same file: its prev is the number 1.
    expect(block.prev).toContain(1);
    expect(block.fields).toEqual(expect.arrayContaining(['title', 'probability', 'text']));
  });

  it('a column shorter than the others, an unknown key', async () => {
    await expectRefused(await edited((f) => void f[1]!.ctr.pop()), 'sync_malformed', /blokk nr\. 1 av endringene er ødelagt \(lengths\)/);
    await expectRefused(await edited((f) => void (f[1]!.extra = [])), 'sync_malformed', /blokk nr\. 1 .*\(shape\)/);
  });

  it('a dictionary index out of range: record, field, replica, kind', async () => {
    await expectRefused(await edited((f) => void (f[1]!.rec[0] = 99)), 'sync_malformed', /\(rec\)/);
    await expectRefused(await edited((f) => void (f[1]!.fld[0] = 99)), 'sync_malformed', /\(fld\)/);
    await expectRefused(await edited((f) => void (f[1]!.org[0] = 7)), 'sync_malformed', /\(replica\)/);
    await expectRefused(await edited((f) => void (f[1]!.recordKinds[0] = 5)), 'sync_malformed', /\(records\)/);
  });

  it('a stamp out of range, a prev 1 with no earlier change of the field', async () => {
    await expectRefused(await edited((f) => void (f[1]!.ms[0] = -1e17)), 'sync_malformed', /\(stamp\)/);
    await expectRefused(await edited((f) => void (f[1]!.ctr[0] = 100_000)), 'sync_malformed', /\(stamp\)/);
    await expectRefused(await edited((f) => void (f[1]!.prev[0] = 1)), 'sync_malformed', /\(prev\)/);
  });

  it('the model\'s checks through the columns: an unknown kind, an unknown field, a value out of range', async () => {
    await expectRefused(await edited((f) => void (f[1]!.kinds[0] = 'spaceship')), 'sync_malformed', /ukjent posttype «spaceship»/);
    await expectRefused(await edited((f) => void (f[1]!.fields[0] = 'colour')), 'sync_malformed', /colour/);
    await expectRefused(await edited((f) => {
      const i = (f[1]!.fields as string[]).indexOf('probability');
      const at = (f[1]!.fld as number[]).indexOf(i);
      // Values are grouped by field: find the probability's place in its group.
      const order: number[] = [];
      for (const fld of new Set(f[1]!.fld as number[])) for (let k = 0; k < f[1]!.fld.length; k++) if (f[1]!.fld[k] === fld) order.push(k);
      f[1]!.val[order.indexOf(at)] = 9;
    }), 'sync_malformed', /risiko .*probability/);
  });

  it('a missing tail, a frame after the tail, a count the tail and header disagree on', async () => {
    await expectRefused(await edited((f) => void f.pop()), 'sync_malformed', /ødelagt \(no_tail\)/);
    await expectRefused(await edited((f) => void f.push(f[1]!)), 'sync_malformed', /ødelagt \(after_tail\)/);
    await expectRefused(await edited(() => undefined, (h) => ({ ...h, changeCount: h.changeCount - 1 })), 'sync_malformed', /hodet sier \d+ endringer/);
  });

  it('a cut or damaged frame, under a valid MAC', async () => {
    const { header } = await framesOf(good);
    const body = (await openSyncFile(good)).body;
    await expectRefused(await encodeSyncBody(header, body.subarray(0, body.length - 5), drammen.syncKey), 'sync_truncated', /ufullstendig/);
    const damaged = Buffer.from(body);
    for (let i = 20; i < 30; i++) damaged[i] = damaged[i]! ^ 0x5a;
    await expectRefused(await encodeSyncBody(header, damaged, drammen.syncKey), 'sync_corrupt', /skadet/);
  });
});
