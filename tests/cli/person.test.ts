import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyWorkbook, expectOneLineError, makeSeed, run, runOk, snapshotDir, type Seed } from './run.js';

let seed: Seed;
beforeAll(async () => {
  seed = await makeSeed();
});
afterAll(() => seed.remove());

describe('person export', () => {
  it('writes everything about one person, found by name, as JSON', async () => {
    const file = copyWorkbook(seed.path);
    const out = join(file, '..', 'ina.json');
    expect(await runOk('person', 'export', file, 'ina synøve borsheim', '--out', out)).toBe(`Skrev ${out}\n`);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as {
      format: string; person: { name: string }; roles: { role: string; groupName: string | null }[]; groups: { name: string }[];
    };
    expect(doc.format).toBe('prosjektboka-person-export');
    expect(doc.person.name).toBe('Ina Synøve Borsheim');
    expect(doc.roles.map((r) => r.role)).toContain('project_leader');
    expect(doc.groups.map((g) => g.name)).toEqual(expect.arrayContaining(['Prosjektgruppe B', 'Koordineringsteam']));
  });

  it('names an unknown person and writes nothing', async () => {
    const file = copyWorkbook(seed.path);
    const before = snapshotDir(join(file, '..'));
    expectOneLineError(await run('person', 'export', file, 'Ingen Slik', '--out', join(file, '..', 'x.json')), 2, 'Finner ingen person', '«Ingen Slik»');
    expect(snapshotDir(join(file, '..'))).toEqual(before);
  });
});

describe('person erase', () => {
  it('says what will happen and changes nothing without --yes', async () => {
    const file = copyWorkbook(seed.path);
    const before = snapshotDir(join(file, '..'));
    expectOneLineError(await run('person', 'erase', file, 'Martin Nordli'), 2, '«Martin Nordli»', 'Slettet person', '--yes');
    expect(snapshotDir(join(file, '..'))).toEqual(before);
  });

  it('erases the name from the records, the change log and the file', async () => {
    const file = copyWorkbook(seed.path);
    const meeting = (await runOk('add', file, 'meeting', 'title=Gruppemøte', 'startsAt=2021-10-04T10:00', 'type=project_group',
      'minutes=Martin Nordli la fram planen.')).trim();
    expect((await runOk('person', 'erase', file, 'Martin Nordli', '--yes'))).toMatch(/^Slettet personopplysningene til «Martin Nordli»: \d+ felt i \d+ poster endret/);
    const dump = await runOk('dump', file);
    expect(dump).not.toContain('Martin Nordli');
    expect(dump).toContain('Slettet person la fram planen.');
    expect(dump).toContain(meeting);
    expect(readFileSync(file).toString('latin1')).not.toMatch(/Martin Nordli|nordli/i);
    expect(existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`).length : 0).toBe(0);
    expect(await runOk('search', file, 'Nordli')).toBe('(ingen treff)\n');
  });
});
