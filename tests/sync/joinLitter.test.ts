import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { InstallationStore } from '../../electron/workbook/installationStore.js';
import { createWorkbook } from '../../electron/workbook/open.js';
import { cliOk, cliStart, machine } from './processes.js';

/**
 * Issue 9, scenario 7: `init --from` killed half-way leaves temporary files
 * beside the workbook it was making; the next try removes them (those of
 * processes that no longer run) and makes the workbook.
 */
async function fullFile(home: string, meetings: number): Promise<string> {
  const installations = new InstallationStore(join(home, 'installations'));
  const wb = createWorkbook(join(home, 'drammen.prosjektboka'), { empty: true, replicaName: 'Drammen', installations });
  wb.transaction(() => {
    for (let i = 0; i < meetings; i++) wb.commands.create('meeting', { title: `Møte ${i}`, startsAt: '2022-03-01T10:00', type: 'other', minutes: 'Referat.\n'.repeat(20) });
  });
  const file = join(home, 'invitasjon.pbsync');
  writeFileSync(file, (await exportSyncFile(wb, { full: true })).bytes);
  wb.close();
  return file;
}

const litterOf = (dir: string, name: string) => readdirSync(dir).filter((f) => f.startsWith(`.${name}.`)).sort();

describe('scenario 7: a killed join', { timeout: 300_000 }, () => {
  it('a retry removes what dead processes left and keeps what a running one is writing', async () => {
    const m = machine();
    const file = await fullFile(m.home, 3);
    const target = join(m.home, 'mysen.prosjektboka');
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const running = spawn('sleep', ['60']);
    try {
      for (const suffix of ['', '-wal', '-shm']) writeFileSync(join(m.home, `.mysen.prosjektboka.${dead}.1764650000000.tmp${suffix}`), 'rester');
      writeFileSync(join(m.home, `.mysen.prosjektboka.${running.pid!}.1764650000000.tmp`), 'under arbeid');
      cliOk(m, 'init', target, '--from', file, '--replica-name', 'Mysen');
      expect(existsSync(target)).toBe(true);
      expect(litterOf(m.home, 'mysen.prosjektboka')).toEqual([`.mysen.prosjektboka.${running.pid!}.1764650000000.tmp`]);
    } finally {
      running.kill('SIGKILL');
    }
  });

  it('killed while it builds the workbook, the next `init --from` makes it and leaves nothing else behind', async () => {
    const m = machine();
    const file = await fullFile(m.home, 2000);
    const target = join(m.home, 'mysen.prosjektboka');
    const { child, done } = cliStart(m, ['init', target, '--from', file, '--replica-name', 'Mysen']);
    // Killed as soon as it has begun writing its temporary file: the moment a crash leaves litter.
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (litterOf(m.home, 'mysen.prosjektboka').length > 0) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 5);
      void done.then(() => {
        clearInterval(poll);
        reject(new Error('init --from finished before it could be killed'));
      });
    });
    await done.catch(() => undefined);
    expect(existsSync(target)).toBe(false);
    expect(litterOf(m.home, 'mysen.prosjektboka').length).toBeGreaterThan(0);
    expect(cliOk(m, 'init', target, '--from', file, '--replica-name', 'Mysen')).toMatch(/Laget .* \d+ endringer fra «Drammen»/);
    expect(litterOf(m.home, 'mysen.prosjektboka')).toEqual([]);
    expect(JSON.parse(cliOk(m, 'list', target, 'meeting', '--json'))).toHaveLength(2000);
  });
});
