import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { backupWorkbook } from '../../electron/workbook/backup.js';
import { InstallationStore } from '../../electron/workbook/installationStore.js';
import { createWorkbook } from '../../electron/workbook/open.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { useTempDir } from '../helpers/tempWorkbook.js';

/**
 * This machine's record of the installation (its latest own stamp) is what
 * recognises an older copy put back in the file's place. It is written once
 * for a run of commits, but always before changes leave the installation and
 * on close (Workbook.afterCommit, recordOwnLatest).
 */
describe("the installation record's latest own stamp", () => {
  const tmp = useTempDir();
  afterEach(() => {
    vi.useRealTimers();
  });

  function typing(): { wb: Workbook; store: InstallationStore; saves: () => number; latest: () => string | null; recorded: () => string | null } {
    const store = new InstallationStore(join(tmp.dir(), 'machine'));
    const wb = tmp.track(createWorkbook(join(tmp.dir(), 'a.prosjektboka'), { empty: true, replicaName: 'Mysen', installations: store }));
    const save = vi.spyOn(store, 'save');
    vi.useFakeTimers();
    const goal = wb.commands.create('goal', { text: 'Mål' });
    for (let i = 0; i < 30; i++) wb.commands.update('goal', goal, { text: `Mål ${i}` });
    return {
      wb, store,
      saves: () => save.mock.calls.length,
      latest: () => wb.changes.latestStampOf(wb.replicaId),
      recorded: () => store.get(wb.replicaId)!.ownLatest,
    };
  }

  it('is written once for a run of edits, shortly after, not once per edit', () => {
    const t = typing();
    expect(t.saves()).toBe(0);
    expect(t.recorded()).not.toBe(t.latest());
    vi.advanceTimersByTime(1_000);
    expect(t.saves()).toBe(1);
    expect(t.recorded()).toBe(t.latest());
  });

  it('is written before an export signs the changes, without waiting', async () => {
    const t = typing();
    await exportSyncFile(t.wb, {});
    expect(t.recorded()).toBe(t.latest());
  });

  it('is written before a backup copies the changes, and on close', () => {
    const t = typing();
    backupWorkbook(t.wb, 'test');
    expect(t.recorded()).toBe(t.latest());
    t.wb.commands.create('goal', { text: 'Etter kopien' });
    const latest = t.latest();
    t.wb.close();
    expect(t.recorded()).toBe(latest);
  });
});
