import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { joinWorkbook } from '../../electron/sync/join.js';
import { InstallationStore } from '../../electron/workbook/installationStore.js';
import { createWorkbook } from '../../electron/workbook/open.js';
import { cli, cliOk, cliStart, machine, serve } from './processes.js';

/**
 * Issue 9, scenario 3: two writers at once. Imports and edits from separate
 * processes on one workbook all succeed, each in its turn; one that cannot
 * get its turn in time says so in words. The test holds the workbook's write
 * lock itself while the processes start, so they do meet.
 */
type M = ReturnType<typeof machine>;

/** Drammen with many meetings, Mysen joined from it and the delta for Mysen, and a small file from Askim. */
async function setting(m: M): Promise<{ mysen: string; big: string; small: string; goal: string }> {
  const installations = new InstallationStore(join(m.home, 'installations'));
  const drammen = createWorkbook(join(m.home, 'drammen.prosjektboka'), { empty: true, replicaName: 'Drammen', installations });
  const goal = drammen.commands.create('goal', { text: 'Lære av hverandre' });
  const full = (await exportSyncFile(drammen, { full: true })).bytes;
  const mysen = (await joinWorkbook(join(m.home, 'mysen.prosjektboka'), full, { replicaName: 'Mysen', installations })).workbook;
  const askim = (await joinWorkbook(join(m.home, 'askim.prosjektboka'), full, { replicaName: 'Askim', installations })).workbook;
  drammen.transaction(() => {
    const minutes = 'Referat fra møtet i styringsgruppa.\n'.repeat(10);
    for (let i = 0; i < 1500; i++) drammen.commands.create('meeting', { title: `Møte ${i}`, startsAt: '2022-03-01T10:00', type: 'project_group', minutes });
  });
  askim.commands.create('risk', { title: 'Sykdom', probability: 2, consequence: 3 });
  const big = join(m.home, 'drammen.pbsync');
  const small = join(m.home, 'askim.pbsync');
  writeFileSync(big, (await exportSyncFile(drammen, { forReplica: mysen.replicaId })).bytes);
  writeFileSync(small, (await exportSyncFile(askim, { forReplica: mysen.replicaId })).bytes);
  const path = mysen.path;
  for (const wb of [drammen, mysen, askim]) wb.close();
  return { mysen: path, big, small, goal };
}

/** Takes the workbook's write lock, as another process's long import would, until `release`. */
function holdWriteLock(path: string): { release(): void } {
  const db = new Database(path, { fileMustExist: true });
  db.exec('BEGIN IMMEDIATE');
  return {
    release() {
      db.exec('COMMIT');
      db.close();
    },
  };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('scenario 3: two writers at once', { timeout: 600_000 }, () => {
  it('two imports, an edit from the CLI and an edit in the browser at once all succeed, each in its turn', async () => {
    const m = machine();
    const { mysen, big, small, goal } = await setting(m);
    const served = await serve(m, mysen);
    const lock = holdWriteLock(mysen);
    const runs = [
      cliStart(m, ['sync', 'import', mysen, big]),
      cliStart(m, ['sync', 'import', mysen, small]),
      cliStart(m, ['update', mysen, 'goal', goal, 'text=Lære av hverandre (CLI)']),
      cliStart(m, ['sync', 'import', mysen, big]),
    ];
    const browser = served.call('createRecord', { kind: 'goal', fields: { text: 'Mål fra nettleseren' } });
    // Long enough for the processes to start and meet the lock; the outcome does not depend on it.
    await wait(2_000);
    lock.release();
    const results = await Promise.all(runs.map((r) => r.done));
    await browser;
    for (const r of results) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    // The same big file twice: one of the two imports took it, the other found nothing new.
    const bigImports = [results[0]!.stdout, results[3]!.stdout];
    expect(bigImports.filter((s) => /Importerte \d+ nye endringer fra «Drammen»/.test(s))).toHaveLength(1);
    expect(bigImports.filter((s) => /Ingen nye endringer fra «Drammen»/.test(s))).toHaveLength(1);
    await served.stop();
    const dump = JSON.parse(cliOk(m, 'dump', mysen)) as { records: Record<string, { text?: string; title?: string }[]> };
    expect(dump.records.meeting).toHaveLength(1500);
    expect(dump.records.risk!.map((r) => r.title)).toEqual(['Sykdom']);
    expect(dump.records.goal!.map((g) => g.text).sort()).toEqual(['Lære av hverandre (CLI)', 'Mål fra nettleseren']);
    const db = new Database(mysen, { fileMustExist: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('a write that cannot get its turn in time says so in words, and changes nothing', async () => {
    const m = machine();
    const { mysen, goal } = await setting(m);
    const before = cliOk(m, 'dump', mysen);
    const lock = holdWriteLock(mysen);
    try {
      const r = await cliStart(m, ['update', mysen, 'goal', goal, 'text=Ny tekst'], { PROSJEKTBOKA_BUSY_TIMEOUT_MS: '300' }).done;
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^prosjektboka: Arbeidsboka .* er opptatt: et annet program skriver til den .* Prøv igjen om litt\. Ingenting er endret\.\n$/);
      expect(r.stderr).not.toMatch(/uventet feil|database is locked/);
    } finally {
      lock.release();
    }
    expect(cliOk(m, 'dump', mysen)).toBe(before);
    expect(cli(m, 'update', mysen, 'goal', goal, 'text=Ny tekst').code).toBe(0);
  });
});
