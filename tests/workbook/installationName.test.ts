import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { isWorkbookError } from '../../shared/errors.js';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { openSyncFile, unpack } from '../../electron/sync/fileFormat.js';
import { newWorkbook, reopen, useTempDir } from '../helpers/tempWorkbook.js';

const { dir, track } = useTempDir();

function refusal(run: () => void): string {
  try {
    run();
  } catch (e) {
    if (isWorkbookError(e)) return e.code;
    throw e;
  }
  throw new Error('not refused');
}

describe("the installation's name", () => {
  it('starts as a placeholder, not the host name, and is not marked chosen', () => {
    const wb = track(newWorkbook(dir(), 'a.prosjektboka', { empty: true }));
    expect(wb.replicaNameChosen).toBe(false);
    expect(wb.replicaName).toMatch(/^Installasjon uten navn [0-9a-f]{6}$/);
    expect(wb.replicaName).not.toContain(hostname());
    const again = track(reopen(wb));
    expect(again.replicaNameChosen).toBe(false);
  });

  it('keeps the host name out of the sync files of a workbook nobody named', async () => {
    const wb = track(newWorkbook(dir(), 'a.prosjektboka', { empty: true }));
    const opened = await openSyncFile((await exportSyncFile(wb, { full: true })).bytes);
    // Header and unpacked payload both: the sender's name is in them, and it is the placeholder.
    const text = `${opened.headerBytes.toString('utf8')}\n${unpack(opened).toString('utf8')}`;
    expect(text).toContain(JSON.stringify(wb.replicaName));
    expect(text).not.toContain(JSON.stringify(hostname()));
  });

  it('counts a name given on creation as chosen', () => {
    const wb = track(newWorkbook(dir(), 'a.prosjektboka', { empty: true, replicaName: '  Drammen bibliotek ' }));
    expect(wb.replicaName).toBe('Drammen bibliotek');
    expect(wb.replicaNameChosen).toBe(true);
  });

  it('is marked chosen once set, trimmed, and stays so in the file', () => {
    const wb = track(newWorkbook(dir(), 'a.prosjektboka', { empty: true }));
    wb.setReplicaName('  Indre Østfold – Mysen bibliotek  ');
    expect(wb.replicaName).toBe('Indre Østfold – Mysen bibliotek');
    expect(wb.replicaNameChosen).toBe(true);
    const again = track(reopen(wb));
    expect(again.replicaName).toBe('Indre Østfold – Mysen bibliotek');
    expect(again.replicaNameChosen).toBe(true);
  });

  it('refuses an empty or overlong name and leaves the name as it was', () => {
    const wb = track(newWorkbook(dir(), 'a.prosjektboka', { empty: true }));
    const before = wb.replicaName;
    expect(refusal(() => wb.setReplicaName('   '))).toBe('invalid_name');
    expect(refusal(() => wb.setReplicaName('x'.repeat(201)))).toBe('invalid_name');
    wb.setReplicaName('å'.repeat(200));
    expect(wb.replicaName).toHaveLength(200);
    const again = track(reopen(wb));
    expect(again.replicaName).not.toBe(before);
  });
});
