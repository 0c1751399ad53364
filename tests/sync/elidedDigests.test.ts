import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isWorkbookError } from '../../shared/errors.js';
import { elideDigests } from '../../electron/sync/elidedDigests.js';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { encodeSyncBody, openSyncFile, unpack, type SyncHeader } from '../../electron/sync/fileFormat.js';
import { frameOf } from '../../electron/sync/frames.js';
import { importSyncFile } from '../../electron/sync/importFile.js';
import { createWorkbook } from '../../electron/workbook/open.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { dump, joinFrom } from './helpers.js';

/**
 * Version 3 leaves out the digest of each stamp whose changes the file
 * carries (electron/sync/elidedDigests.ts, docs/sync-format.md «Signatures»):
 * the reader computes it from those changes and checks the origin's
 * signature over the lines as signed. Shown with real workbooks: the lines
 * travel without digests, the recipient stores the batch as the origin
 * signed it and relays it to a third installation, which verifies it; a
 * value changed after signing, or a line left out for a stamp the file does
 * not carry, refuses the file and changes nothing (before the good file is taken in:
 * after it, the same stamps are held and not read again).
 */
type Frame = Record<string, unknown> & { signatures?: { origin: number; stamps: string; signature: string }[]; val?: unknown[] };

let dir: string;
let drammen: Workbook;
let mysen: Workbook;
let delta: Buffer;

async function framesOf(bytes: Buffer): Promise<{ header: SyncHeader; frames: Frame[] }> {
  const file = await openSyncFile(bytes);
  return { header: file.header, frames: unpack(file).toString('utf8').split('\n').map((l) => JSON.parse(l) as Frame) };
}

const tailOf = (frames: Frame[]) => frames[frames.length - 1]!;

async function edited(change: (frames: Frame[]) => void): Promise<Buffer> {
  const { header, frames } = await framesOf(delta);
  change(frames);
  return encodeSyncBody(header, Buffer.concat(frames.map((f) => frameOf(JSON.stringify(f)))), drammen.syncKey);
}

async function refusal(bytes: Buffer): Promise<{ code: string; message: string }> {
  const before = dump(mysen);
  try {
    await importSyncFile(mysen, bytes, { what: 'drammen.pbsync', backup: false });
  } catch (e) {
    expect(dump(mysen)).toBe(before);
    if (isWorkbookError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('the file was taken in');
}

describe('version 3 leaves out the digests a file’s own changes give', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'prosjektboka-digests-'));
    drammen = createWorkbook(join(dir, 'drammen.prosjektboka'), { empty: true, replicaName: 'Drammen' });
    const goal = drammen.commands.create('goal', { text: 'Lære av hverandre' });
    mysen = await joinFrom(drammen, dir, 'mysen', 'Mysen');
    await importSyncFile(drammen, (await exportSyncFile(mysen, { forReplica: drammen.replicaId })).bytes, { backup: false });
    // Three stamps of Drammen's, signed in one batch when the delta is made.
    for (const text of ['Lære av hverandre i praksis', 'Lære av hverandre i hverdagen', 'Lære av hverandre, sammen']) drammen.commands.update('goal', goal, { text });
    drammen.commands.create('goal', { text: 'Undersøke organiseringen' });
    delta = (await exportSyncFile(drammen, { forReplica: mysen.replicaId })).bytes;
  });

  afterAll(() => {
    drammen?.close();
    mysen?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a stamp line without its digest when the file carries the stamp’s changes, and keeps it otherwise', () => {
    const lines = ['0001 aaaa', '0002 bbbb', '0003 cccc'].join('\n');
    expect(elideDigests(lines, (hlc) => hlc !== '0002')).toBe(['0001', '0002 bbbb', '0003'].join('\n'));
  });

  it('refuses a file whose value was changed after signing, as a signature that does not match', async () => {
    const forged = await edited((frames) => {
      const block = frames.find((f) => Array.isArray(f.val) && f.val.length > 0)!;
      block.val![0] = 'Noe Drammen aldri skrev';
    });
    const { code, message } = await refusal(forged);
    expect(code).toBe('sync_forged');
    expect(message).toMatch(/signaturen til «Drammen» stemmer ikke/);
  });

  it('refuses a line left out for a stamp the file carries no change of', async () => {
    const bad = await edited((frames) => {
      const s = tailOf(frames).signatures![0]!;
      s.stamps = `${s.stamps}\n9999999999999999-00000`;
    });
    const { code, message } = await refusal(bad);
    expect(code).toBe('sync_malformed');
    expect(message).toMatch(/signatur nr\. 1 har ugyldige stempellinjer/);
  });

  it('sends the delta’s batch without digests; the recipient stores it as signed and relays it, and a third installation verifies it', async () => {
    const tail = tailOf((await framesOf(delta)).frames);
    const lines = tail.signatures!.flatMap((s) => s.stamps.split('\n'));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(/^\d{16}-\d{5}$/);

    await importSyncFile(mysen, delta, { backup: false });
    const batches = (wb: Workbook) => wb.sqliteForTests.prepare('SELECT stamps, signature FROM sync_batch WHERE origin = ? ORDER BY stamps').all(drammen.replicaId);
    expect(batches(mysen)).toEqual(batches(drammen));
    expect(dump(mysen)).toBe(dump(drammen));

    // Mysen relays Drammen's changes with Drammen's signature; Askim checks it against Drammen's key.
    const askim = await joinFrom(mysen, dir, 'askim', 'Askim');
    try {
      expect(dump(askim)).toBe(dump(drammen));
      expect(batches(askim)).toEqual(batches(drammen));
    } finally {
      askim.close();
    }
  });
});
