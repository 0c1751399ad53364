import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isWorkbookError } from '../../shared/errors.js';
import { word } from '../../shared/messages/catalogue.js';
import { isMassDeletion } from '../../shared/rules/massDeletion.js';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { importSyncFile } from '../../electron/sync/importFile.js';
import { exchangeWithFolder, ownFolderFileName } from '../../electron/sync/syncFolder.js';
import { countLiveRecords } from '../../electron/workbook/liveRecords.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';
import { dump, joinFrom } from './helpers.js';

/**
 * The mass-deletion guard: a file that deletes more than 20 records, or more
 * than 10 % of the live ones, stops at the preview and is imported only when
 * the person agrees; the sync folder holds it back and says so.
 */
describe('the rule', () => {
  it.each([
    [21, 10_000, true],
    [20, 10_000, false],
    [3, 29, true],
    [3, 30, false],
    [2, 5, false], // two deletes in a tiny workbook: no mass deletion
    [0, 0, false],
  ])('%i deleted of %i live: %s', (deleted, live, expected) => {
    expect(isMassDeletion({ deleted, live })).toBe(expected);
  });
});

describe('an import that would delete many records', () => {
  const tmp = useTempDir();

  /** Drammen with 30 goals, and Mysen joined from it. */
  async function team() {
    const drammen = tmp.track(newWorkbook(tmp.dir(), 'drammen.prosjektboka', { empty: true, replicaName: 'Drammen' }));
    const goals = Array.from({ length: 30 }, (_, i) => drammen.commands.create('goal', { text: `Mål ${i + 1}` }));
    const mysen = tmp.track(await joinFrom(drammen, tmp.dir(), 'mysen', 'Mysen'));
    return { drammen, mysen, goals };
  }

  const deleteGoals = (wb: Workbook, ids: readonly string[]) => {
    for (const id of ids) wb.commands.delete('goal', id);
  };

  it('stops at the preview, which says what it would delete; imported only when the person agrees', async () => {
    const { drammen, mysen, goals } = await team();
    deleteGoals(drammen, goals.slice(0, 25));
    const file = (await exportSyncFile(drammen, { forReplica: mysen.replicaId })).bytes;
    const live = countLiveRecords(mysen);
    const before = dump(mysen);

    const preview = await importSyncFile(mysen, file, { dryRun: true, what: 'drammen.pbsync' });
    expect(preview.massDeletion).toEqual({ deleted: 25, live });
    expect(dump(mysen)).toBe(before);

    const refused = await importSyncFile(mysen, file, { what: 'drammen.pbsync' }).catch((e: unknown) => e);
    expect(isWorkbookError(refused) && refused.code).toBe('sync_mass_deletion');
    if (!isWorkbookError(refused)) throw refused;
    expect(word(refused.text, 'nb')).toBe(
      `«drammen.pbsync» ville slette 25 av ${live} poster i arbeidsboka (${Math.round((25 / live) * 100)} %). Så mange slettinger på én gang er oftest en feil et sted. Se gjennom forhåndsvisningen, og bekreft slettingen bare hvis den er meningen. Ingenting er importert.`,
    );
    expect(word(refused.text, 'en')).toMatch(/^“drammen\.pbsync” would delete 25 of the \d+ records/);
    expect(dump(mysen)).toBe(before);
    // The backup made before it went with it: nothing was imported.
    expect(readdirSync(join(tmp.dir(), '.mysen.prosjektboka.backups'), { withFileTypes: true }).filter((e) => e.isFile() && !e.name.startsWith('.'))).toEqual([]);

    const agreed = await importSyncFile(mysen, file, { what: 'drammen.pbsync', allowMassDeletion: true, backup: false });
    expect(agreed.deleted).toBe(25);
    expect(agreed.massDeletion).toEqual({ deleted: 25, live });
    expect(dump(mysen)).toBe(dump(drammen));
  });

  it('lets an ordinary delete through unasked', async () => {
    const { drammen, mysen, goals } = await team();
    deleteGoals(drammen, goals.slice(0, 2));
    const report = await importSyncFile(mysen, (await exportSyncFile(drammen, { forReplica: mysen.replicaId })).bytes, { backup: false });
    expect(report.deleted).toBe(2);
    expect(report.massDeletion).toBeNull();
  });

  it('does not count records that were never live here, nor a delete that a concurrent edit keeps from happening', async () => {
    const { drammen, mysen, goals } = await team();
    // Created and deleted at Drammen before Mysen ever saw them: nothing live here goes.
    const passing = Array.from({ length: 25 }, (_, i) => drammen.commands.create('goal', { text: `Innom ${i}` }));
    deleteGoals(drammen, passing);
    // Mysen edits 22 goals that Drammen deletes without knowing: the edits keep them (conflicts, not deletions).
    deleteGoals(drammen, goals.slice(0, 22));
    for (const id of goals.slice(0, 22)) mysen.commands.update('goal', id, { text: 'Fortsatt viktig' });
    const report = await importSyncFile(mysen, (await exportSyncFile(drammen, { forReplica: mysen.replicaId })).bytes, { backup: false });
    expect(report.massDeletion).toBeNull();
    expect(report.newConflicts).toBe(22);
    expect(mysen.records.list('goal')).toHaveLength(30);
  });

  it('is held back by the sync folder, with a message, while the other files are read; imported by hand when agreed', async () => {
    const { drammen, mysen, goals } = await team();
    const askim = tmp.track(await joinFrom(drammen, tmp.dir(), 'askim', 'Askim'));
    const folder = join(tmp.dir(), 'Felles');
    mkdirSync(folder);
    askim.commands.create('risk', { title: 'Fra Askim', probability: 1, consequence: 2 });
    await exchangeWithFolder(askim, folder, { backup: false });
    deleteGoals(drammen, goals.slice(0, 21));
    await exchangeWithFolder(drammen, folder, { backup: false });
    const r = await exchangeWithFolder(mysen, folder, { backup: false });
    expect(r.heldBack.map((h) => [h.file, h.deleted])).toEqual([[ownFolderFileName(drammen), 21]]);
    expect(word(r.heldBack[0]!.text, 'nb')).toMatch(/^holdt tilbake – den ville slette 21 av \d+ poster \(\d+ %\)\. Synkmappa leser aldri inn så mange slettinger uten at noen har sett dem/);
    expect(word(r.heldBack[0]!.text, 'en')).toMatch(/^held back – it would delete 21 of the \d+ records/);
    expect(r.imported.map((i) => i.file)).toEqual([ownFolderFileName(askim)]);
    expect(mysen.records.list('goal')).toHaveLength(30);
    expect(mysen.records.list('risk').map((x) => x.fields.title)).toContain('Fra Askim');
    // Askim, which took the deletes in (it was asked too), passes them on: held back there as well.
    await importSyncFile(askim, (await exportSyncFile(drammen, { forReplica: askim.replicaId })).bytes, { backup: false, allowMassDeletion: true });
    await exchangeWithFolder(askim, folder, { backup: false });
    const again = await exchangeWithFolder(mysen, folder, { backup: false });
    expect(again.heldBack.map((h) => h.file).sort()).toEqual([ownFolderFileName(drammen), ownFolderFileName(askim)].sort());
    expect(mysen.records.list('goal')).toHaveLength(30);

    await importSyncFile(mysen, (await exportSyncFile(drammen, { forReplica: mysen.replicaId })).bytes, { backup: false, allowMassDeletion: true });
    const after = await exchangeWithFolder(mysen, folder, { backup: false });
    expect(after.heldBack).toEqual([]);
    expect(mysen.records.list('goal')).toHaveLength(9);
    await exchangeWithFolder(drammen, folder, { backup: false });
    expect(dump(mysen)).toBe(dump(drammen));
  });
});
