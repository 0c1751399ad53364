import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { exchangeWithFolder } from '../../electron/sync/syncFolder.js';
import { createWorkbook } from '../../electron/workbook/open.js';
import { joinFrom } from '../sync/helpers.js';
import { expectOneLineError, freshDir, run, runOk } from './run.js';

/**
 * The mass-deletion guard on the command line: `sync import` refuses a file
 * that deletes many records until the person says so with
 * --allow-mass-deletion (after --dry-run has shown it); `sync folder` holds
 * such a file back and says why.
 */
describe('prosjektboka sync import and sync folder with a file that deletes most of the workbook', { timeout: 240_000 }, () => {
  it('refuses, shows it in the dry run, and imports it only with --allow-mass-deletion', async () => {
    const dir = freshDir();
    const drammen = createWorkbook(join(dir, 'drammen.prosjektboka'), { empty: true, replicaName: 'Drammen' });
    const goals = Array.from({ length: 30 }, (_, i) => drammen.commands.create('goal', { text: `Mål ${i}` }));
    const mysen = await joinFrom(drammen, dir, 'mysen', 'Mysen');
    const mysenPath = mysen.path;
    const folder = join(dir, 'Felles');
    mkdirSync(folder);
    for (const id of goals.slice(0, 24)) drammen.commands.delete('goal', id);
    const file = join(dir, 'fra-drammen.pbsync');
    writeFileSync(file, (await exportSyncFile(drammen, { forReplica: mysen.replicaId })).bytes);
    await exchangeWithFolder(drammen, folder, { backup: false });
    drammen.close();
    mysen.close();

    const dry = await runOk('sync', 'import', mysenPath, file, '--dry-run');
    expect(dry).toMatch(/Obs: denne fila sletter 24 av \d+ poster \(\d+ %\)\. Den leses bare inn når du bekrefter slettingen\./);
    expect(dry).toContain('Er det meningen, les den inn med --allow-mass-deletion.');
    expectOneLineError(await run('sync', 'import', mysenPath, file), 2, /«fra-drammen\.pbsync» ville slette 24 av \d+ poster/, 'Ingenting er importert.', '--allow-mass-deletion');
    expectOneLineError(await run('--lang', 'en', 'sync', 'import', mysenPath, file), 2, /“fra-drammen\.pbsync” would delete 24 of the \d+ records/, 'import it with --allow-mass-deletion');

    const folderRun = await runOk('sync', 'folder', mysenPath, folder);
    expect(folderRun).toMatch(/prosjektboka-[0-9a-f-]+\.pbsync: holdt tilbake – den ville slette 24 av \d+ poster/);
    expect((JSON.parse(await runOk('list', mysenPath, 'goal', '--json')) as unknown[]).length).toBe(30);

    expect(await runOk('sync', 'import', mysenPath, file, '--allow-mass-deletion')).toMatch(/^Importerte \d+ nye endringer fra «Drammen»/);
    expect((JSON.parse(await runOk('list', mysenPath, 'goal', '--json')) as unknown[]).length).toBe(6);
    expect(await runOk('sync', 'folder', mysenPath, folder)).not.toContain('holdt tilbake');
  });
});
