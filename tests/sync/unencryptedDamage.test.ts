import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isWorkbookError } from '../../shared/errors.js';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { importSyncFile } from '../../electron/sync/importFile.js';
import { createWorkbook } from '../../electron/workbook/open.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { dump, joinFrom } from './helpers.js';

/**
 * A file that is not encrypted is never answered with a passphrase: cut off
 * at any point or damaged at any byte, it is refused with a message that
 * names the file and what is wrong with it, and nothing is imported.
 */
let dir: string;
let drammen: Workbook;
let mysen: Workbook;
let good: Buffer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'prosjektboka-damage-'));
  drammen = createWorkbook(join(dir, 'drammen.prosjektboka'), { replicaName: 'Drammen bibliotek' });
  mysen = await joinFrom(drammen, dir, 'mysen', 'Mysen bibliotek');
  drammen.commands.create('meeting', { title: 'Prosjektgruppemøte', startsAt: '2026-11-26T13:00', type: 'project_group', minutes: 'Referat '.repeat(200) });
  good = (await exportSyncFile(drammen)).bytes;
});
afterAll(() => {
  drammen?.close();
  mysen?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every position in the header and its MAC line, then every 37th through the compressed changes. */
function positions(length: number): number[] {
  const macEnd = good.indexOf(0x0a, good.indexOf(0x0a) + 1);
  const out: number[] = [];
  for (let i = 0; i < length; i += i <= macEnd + 1 ? 1 : 37) out.push(i);
  return out;
}

async function refusal(bytes: Buffer): Promise<{ code: string; message: string }> {
  try {
    await importSyncFile(mysen, bytes, { what: 'fra-drammen.pbsync', backup: false });
  } catch (e) {
    if (!isWorkbookError(e)) throw e;
    return { code: e.code, message: e.message };
  }
  throw new Error(`a damaged file of ${bytes.length} bytes was imported`);
}

describe('an unencrypted sync file, cut off or damaged', () => {
  it('is refused at every length short of whole as cut off or not a sync file, never for a passphrase', async () => {
    const before = dump(mysen);
    const codes = new Set<string>();
    for (const n of positions(good.length)) {
      const { code, message } = await refusal(good.subarray(0, n));
      codes.add(code);
      expect(code, `cut at ${n}`).not.toMatch(/passphrase/);
      expect(message, `cut at ${n}`).not.toMatch(/passordfrase/i);
      expect(message.startsWith('«fra-drammen.pbsync»'), `cut at ${n}: ${message}`).toBe(true);
    }
    for (const code of codes) expect(['sync_corrupt', 'sync_not_a_sync_file', 'sync_truncated']).toContain(code);
    expect(codes.has('sync_truncated')).toBe(true);
    expect(dump(mysen)).toBe(before);
  });

  it('is refused with any one byte changed, in words naming what is wrong, never for a passphrase', async () => {
    const before = dump(mysen);
    for (const i of positions(good.length)) {
      const bad = Buffer.from(good);
      bad[i] = bad[i]! ^ 0x20;
      const { code, message } = await refusal(bad);
      expect(code, `byte ${i}`).not.toMatch(/passphrase/);
      expect(message, `byte ${i}: ${message}`).not.toMatch(/passordfrase/i);
      expect(message, `byte ${i}`).toMatch(/«fra-drammen\.pbsync»/);
      expect(message, `byte ${i}`).toMatch(/Ingenting er importert\.$/);
    }
    expect(dump(mysen)).toBe(before);
  });
});
