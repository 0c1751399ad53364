import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbook, openWorkbook } from '../../electron/workbook/open.js';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { importSyncFile } from '../../electron/sync/importFile.js';
import { listBackups } from '../../electron/workbook/backup.js';
import { WAL_LIMIT_BYTES } from '../../electron/workbook/walLimit.js';
import { dump, joinFrom } from '../sync/helpers.js';
import { useTempDir } from '../helpers/tempWorkbook.js';

const walSize = (path: string) => statSync(`${path}-wal`).size;

describe('the write-ahead log while a workbook is open', () => {
  const tmp = useTempDir();

  it('is cut back after a commit larger than the limit, and every record is still there', () => {
    const path = join(tmp.dir(), 'stor.prosjektboka');
    const wb = tmp.track(createWorkbook(path, { empty: true, replicaName: 'Mysen' }));
    const minutes = 'Referat. '.repeat(2_000); // 18 kB of text per meeting, about 3 × the WAL limit in all
    const ids = wb.transaction(() => Array.from({ length: 1_500 }, (_, i) =>
      wb.commands.create('meeting', { title: `Møte ${i}`, startsAt: '2022-03-01T10:00', type: 'other', minutes })));
    expect(walSize(path)).toBeLessThanOrEqual(WAL_LIMIT_BYTES);
    // Small commits after it leave it small too.
    wb.commands.update('meeting', ids[0]!, { title: 'Første møte' });
    expect(walSize(path)).toBeLessThanOrEqual(WAL_LIMIT_BYTES);
    wb.close();
    const again = tmp.track(openWorkbook(path));
    expect(again.records.list('meeting')).toHaveLength(1_500);
    expect(again.records.get('meeting', ids[0]!)?.fields.title).toBe('Første møte');
  });

  it('is cut back after a large sync import, and gone when the workbook closes', async () => {
    const drammen = tmp.track(createWorkbook(join(tmp.dir(), 'drammen.prosjektboka'), { empty: true, replicaName: 'Drammen' }));
    const mysen = tmp.track(await joinFrom(drammen, tmp.dir(), 'mysen', 'Mysen'));
    const minutes = 'Referat. '.repeat(2_000);
    drammen.transaction(() => {
      for (let i = 0; i < 1_500; i++) drammen.commands.create('meeting', { title: `Møte ${i}`, startsAt: '2022-03-01T10:00', type: 'other', minutes });
    });
    const report = await importSyncFile(mysen, (await exportSyncFile(drammen, { forReplica: mysen.replicaId })).bytes);
    expect(report.dryRun).toBe(false);
    expect(listBackups(mysen.path)).toHaveLength(1);
    expect(walSize(mysen.path)).toBeLessThanOrEqual(WAL_LIMIT_BYTES);
    expect(dump(mysen)).toBe(dump(drammen));
    const path = mysen.path;
    mysen.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    const again = tmp.track(openWorkbook(path));
    expect(again.records.list('meeting')).toHaveLength(1_500);
  });

  it('is left for later, without an error or a wait, while another connection reads an older snapshot', () => {
    const path = join(tmp.dir(), 'delt.prosjektboka');
    const wb = tmp.track(createWorkbook(path, { empty: true, replicaName: 'Mysen' }));
    const reader = tmp.track(openWorkbook(path));
    const minutes = 'Referat. '.repeat(2_000);
    // The reader holds a snapshot open while the writer commits a large transaction.
    const commitLarge = () => wb.transaction(() => {
      for (let i = 0; i < 1_500; i++) wb.commands.create('meeting', { title: `Møte ${i}`, startsAt: '2022-03-01T10:00', type: 'other', minutes });
    });
    const seen = reader.sqliteForTests.transaction(() => {
      const before = reader.records.list('meeting').length;
      commitLarge();
      return before;
    })();
    expect(seen).toBe(0);
    expect(reader.records.list('meeting')).toHaveLength(1_500);
    // The checkpoint was tried without the busy timeout, which is as it was.
    const timeout = () => wb.sqliteForTests.pragma('busy_timeout', { simple: true });
    const other = (reader.sqliteForTests.pragma('busy_timeout', { simple: true }) as number);
    expect(timeout()).toBe(other);
    expect(other).toBeGreaterThan(0);
    // With the reader gone, the next large commit cuts it back.
    commitLarge();
    expect(walSize(path)).toBeLessThanOrEqual(WAL_LIMIT_BYTES);
  });
});
