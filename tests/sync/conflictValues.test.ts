import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listConflicts, type ConflictView } from '../../electron/sync/conflicts.js';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { importSyncFile } from '../../electron/sync/importFile.js';
import { createWorkbook } from '../../electron/workbook/open.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { runOk } from '../cli/run.js';
import { dump, joinFrom } from './helpers.js';

/**
 * What a conflict carries so its values can be shown as the user knows them
 * (shared/report/fieldValue.ts): the names of the people it names, a level's
 * other axis, the project's own scale words where it has changed them; and
 * the conflicts an import's preview lists are the ones the import raises.
 */
let dir: string;
let drammen: Workbook;
let mysen: Workbook;
let file: Buffer;
const ids: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'prosjektboka-conflict-values-'));
  drammen = createWorkbook(join(dir, 'drammen.prosjektboka'), { replicaName: 'Drammen bibliotek' });
  const person = (name: string) => drammen.records.list('person').find((p) => p.fields.name === name)!.id;
  ids.risk = drammen.records.list('risk').find((r) => r.fields.number === 1)!.id;
  ids.jorgen = person('Jørgen Hovde');
  ids.elin = person('Elin Brandsrud');
  ids.meeting = drammen.commands.create('meeting', { title: 'Styringsgruppemøte', startsAt: '2022-01-12T13:00', type: 'steering_group' });
  ids.attendance = drammen.commands.create('attendance', { meetingId: ids.meeting, personId: ids.elin, present: true });
  mysen = await joinFrom(drammen, dir, 'mysen', 'Mysen bibliotek');
  drammen.commands.update('risk', ids.risk, { probability: 1, ownerId: ids.elin });
  ids.john = person('John Andrew Firing');
  // Who attended, noted differently in each place: an attendance is shown by its person's name.
  drammen.commands.update('attendance', ids.attendance, { personId: ids.jorgen });
  mysen.commands.update('risk', ids.risk, { probability: 5, ownerId: ids.jorgen });
  mysen.commands.update('attendance', ids.attendance, { personId: ids.john });
  file = (await exportSyncFile(drammen)).bytes;
});
afterAll(() => {
  drammen?.close();
  mysen?.close();
  rmSync(dir, { recursive: true, force: true });
});

const pick = (list: readonly ConflictView[], field: string) => list.find((c) => c.field === field)!;

describe('a conflict carries what its values are shown with', () => {
  it('the preview lists the conflicts the import raises, as they are then listed, and changes nothing', async () => {
    const before = dump(mysen);
    const preview = await importSyncFile(mysen, file, { dryRun: true, backup: false });
    expect(dump(mysen)).toBe(before);
    expect(listConflicts(mysen)).toEqual([]);
    expect(preview.conflicts).toHaveLength(preview.newConflicts);
    expect(preview.conflicts.map((c) => c.field).sort()).toEqual(['ownerId', 'personId', 'probability']);

    const report = await importSyncFile(mysen, file, { backup: false });
    const listed = listConflicts(mysen);
    expect(report.conflicts).toEqual(listed);
    // The same conflicts, with the same values and context, before and after (ids and times are the import's own).
    const strip = (c: ConflictView) => ({ ...c, id: undefined, detectedAt: undefined });
    expect(preview.conflicts.map(strip)).toEqual(listed.map(strip));
  });

  it('names the people, and gives a level its other axis; the plan\'s scale words are left to the reader\'s language', () => {
    const list = listConflicts(mysen);
    const owner = pick(list, 'ownerId');
    expect([owner.current, owner.other]).toEqual([ids.jorgen, ids.elin]);
    expect(owner.context).toEqual({ titles: { [ids.jorgen!]: 'Jørgen Hovde', [ids.elin!]: 'Elin Brandsrud' }, related: {} });
    const probability = pick(list, 'probability');
    // A level is shown with the zone it makes of the risk, by the workbook's acceptance criteria.
    expect(probability.context).toEqual({ titles: {}, related: { consequence: 4 }, zoneBands: [{ from: 1, to: 4 }, { from: 5, to: 12 }, { from: 15, to: 25 }] });
    const attended = pick(list, 'personId');
    expect(attended.recordTitle).toBe('John Andrew Firing');
    expect(attended.context.titles).toEqual({ [ids.john!]: 'John Andrew Firing', [ids.jorgen!]: 'Jørgen Hovde' });
  });

  it('gives the project\'s own words for a scale once it has changed them', () => {
    const project = mysen.records.list('project')[0]!;
    mysen.commands.update('project', project.id, { probabilityLabels: ['Sjelden', 'Lite sannsynlig', 'Mulig', 'Sannsynlig', 'Svært sannsynlig'] });
    expect(pick(listConflicts(mysen), 'probability').context.scale).toEqual(['Sjelden', 'Lite sannsynlig', 'Mulig', 'Sannsynlig', 'Svært sannsynlig']);
    mysen.commands.update('project', project.id, { probabilityLabels: ['Veldig lav', 'Lav', 'Moderat', 'Høy', 'Veldig høy'] });
  });

  it('the command line shows them in words too', async () => {
    mysen.close();
    const out = await runOk('conflicts', join(dir, 'mysen.prosjektboka'));
    expect(out).toContain('nå:    5 Veldig høy (risikoverdi 20 (5 × 4): Uakseptabel, tiltak nødvendig)');
    expect(out).toContain('annen: 1 Veldig lav (risikoverdi 4 (1 × 4): Akseptabel) (fra Drammen bibliotek)');
    expect(out).toContain('nå:    Jørgen Hovde');
    expect(out).toContain('annen: Elin Brandsrud (fra Drammen bibliotek)');
  });
});
