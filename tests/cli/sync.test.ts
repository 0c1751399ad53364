import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectOneLineError, freshDir, run, runJson, runOk, type Dump } from './run.js';

/**
 * Sync from the command line, as coordinators in Drammen and Indre Østfold
 * use it: files by e-mail or USB stick, a shared folder, conflicts, backups.
 */
interface Conflict {
  id: string;
  kind: string;
  recordId: string;
  field: string;
  current: unknown;
  other: unknown;
}

let dir: string;
let drammen: string;
let mysen: string;
let riskId: string;
const PASS_VAR = 'PROSJEKTBOKA_TEST_PASSPHRASE';

beforeAll(async () => {
  // age's scrypt at its default work factor takes seconds on a small busy machine; the format is the same.
  process.env.PROSJEKTBOKA_SCRYPT_LOG_N = '10';
  dir = freshDir(() => undefined);
  drammen = join(dir, 'drammen.prosjektboka');
  mysen = join(dir, 'mysen.prosjektboka');
  await runOk('init', drammen, '--replica-name', 'Drammen');
  riskId = (await runJson<{ id: string }[]>('list', drammen, 'risk', '--json'))[0]!.id;
});

afterAll(() => {
  delete process.env[PASS_VAR];
  delete process.env.PROSJEKTBOKA_SCRYPT_LOG_N;
});

const dumpOf = (file: string) => runOk('dump', file);

// Many steps, each a whole CLI command with backups and imports: room for a busy machine.
describe('prosjektboka sync', { timeout: 240_000 }, () => {
  it('joins a workbook from a full file, encrypted with a passphrase from the environment', async () => {
    process.env[PASS_VAR] = 'korrekt hest batteri stift';
    const full = join(dir, 'invitasjon.pbsync');
    const out = await runOk('sync', 'export', drammen, full, '--full', '--passphrase-env', PASS_VAR);
    expect(out).toMatch(/^Skrev \d+ endringer til .*invitasjon\.pbsync \(full fil, .*, kryptert\)\.\n$/);
    expectOneLineError(await run('init', mysen, '--from', full), 2, 'kryptert med passordfrase', 'Ingenting er importert');
    process.env[PASS_VAR] = 'feil passord';
    expectOneLineError(await run('init', mysen, '--from', full, '--passphrase-env', PASS_VAR), 2, 'Feil passordfrase');
    expectOneLineError(await run('init', mysen, '--from', full, '--passphrase-env', 'PROSJEKTBOKA_NO_SUCH_VAR'), 2, 'PROSJEKTBOKA_NO_SUCH_VAR er ikke satt');
    process.env[PASS_VAR] = 'korrekt hest batteri stift';
    expect(await runOk('init', mysen, '--from', full, '--replica-name', 'Indre Østfold – Mysen bibliotek', '--passphrase-env', PASS_VAR)).toMatch(
      /^Laget .*mysen\.prosjektboka fra .*: \d+ endringer fra «Drammen»\.\n$/,
    );
    expect(await dumpOf(mysen)).toBe(await dumpOf(drammen));
  });

  it('exchanges edits both ways; a concurrent edit becomes a conflict that is resolved and synced', async () => {
    await runOk('update', drammen, 'risk', riskId, 'title=Sykdom (Drammen)', 'measures=Vikarer fra Drammen');
    await runOk('update', mysen, 'risk', riskId, 'title=Sykdom (Mysen)', 'description=Sett fra Mysen');
    const toMysen = join(dir, 'til-mysen.pbsync');
    await runOk('sync', 'export', drammen, toMysen);
    const preview = await runOk('sync', 'import', mysen, toMysen, '--dry-run');
    expect(preview).toMatch(/^Forhåndsvisning – ingenting er endret\. Fila ville gitt 2 nye endringer fra «Drammen»/);
    expect(preview).toContain('Nye konflikter: 1');
    const beforeImport = await dumpOf(mysen);
    expect((await runJson<Dump>('dump', mysen)).records.risk!.find((r) => r.id === riskId)!.title).toBe('Sykdom (Mysen)');
    expect(await dumpOf(mysen)).toBe(beforeImport);
    const imported = await runOk('sync', 'import', mysen, toMysen);
    expect(imported).toMatch(/^Importerte 2 nye endringer fra «Drammen» \(poster: 0 nye, 1 endret/);
    expect(imported).toContain('Nye konflikter: 1 (se prosjektboka conflicts).');
    expect(imported).toMatch(/Sikkerhetskopi før importen: .*\.mysen\.prosjektboka\.backups/);
    expect(await runOk('sync', 'import', mysen, toMysen)).toBe('Ingen nye endringer fra «Drammen»; alt i fila var her fra før.\n');

    const toDrammen = join(dir, 'til-drammen.pbsync');
    expect(await runOk('sync', 'export', mysen, toDrammen, '--for', 'Drammen')).toContain('delta for «Drammen»');
    expect(await runOk('sync', 'import', drammen, toDrammen)).toContain('Nye konflikter: 1');
    expect(await dumpOf(mysen)).toBe(await dumpOf(drammen));

    const conflicts = await runJson<Conflict[]>('conflicts', drammen, '--json');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: 'risk', recordId: riskId, field: 'title' });
    expect([conflicts[0]!.current, conflicts[0]!.other].sort()).toEqual(['Sykdom (Drammen)', 'Sykdom (Mysen)']);
    expect(await runOk('conflicts', drammen)).toContain(conflicts[0]!.id);
    expect(await runOk('resolve', drammen, conflicts[0]!.id, '--value', 'Sykdom i prosjektgruppa')).toBe(
      `Løst: title i risiko ${riskId} er nå «Sykdom i prosjektgruppa».\n`,
    );
    expect(await runOk('conflicts', drammen)).toBe('(ingen åpne konflikter)\n');
    await runOk('sync', 'export', drammen, toMysen, '--for', 'Indre Østfold – Mysen bibliotek');
    await runOk('sync', 'import', mysen, toMysen);
    expect(await runJson<Conflict[]>('conflicts', mysen, '--json')).toEqual([]);
    const a = await dumpOf(drammen);
    expect(await dumpOf(mysen)).toBe(a);
    const risk = (JSON.parse(a) as Dump).records.risk!.find((r) => r.id === riskId)!;
    expect(risk).toMatchObject({ title: 'Sykdom i prosjektgruppa', measures: 'Vikarer fra Drammen', description: 'Sett fra Mysen' });
  });

  it('refuses a file that is no sync file, with one Norwegian line, and changes nothing', async () => {
    const notes = join(dir, 'notater.pbsync');
    writeFileSync(notes, 'Referat fra møtet\n');
    const before = await dumpOf(mysen);
    expectOneLineError(await run('sync', 'import', mysen, notes), 2, '«notater.pbsync» er ingen synkfil', 'Ingenting er importert');
    expectOneLineError(await run('sync', 'import', mysen, join(dir, 'finnes-ikke.pbsync')), 2, 'Finner ikke synkfila');
    expect(await dumpOf(mysen)).toBe(before);
  });

  it('never overwrites a file that is not a sync file', async () => {
    expectOneLineError(await run('sync', 'export', drammen, mysen), 2, 'finnes allerede og er ingen synkfil');
  });

  it('reports status, as text and JSON', async () => {
    const status = await runJson<{ replicaName: string; peers: { name: string; pendingForThem: number | null }[]; openConflicts: number }>(
      'sync', 'status', drammen, '--json',
    );
    expect(status.replicaName).toBe('Drammen');
    expect(status.openConflicts).toBe(0);
    // The resolution: Mysen has it, but has not sent a file since that would tell Drammen so.
    expect(status.peers).toEqual([expect.objectContaining({ name: 'Indre Østfold – Mysen bibliotek', pendingForThem: 1 })]);
    expect(await runOk('sync', 'status', drammen)).toContain('Indre Østfold – Mysen bibliotek');
  });

  it('exchanges through a shared folder without touching the others\' files', async () => {
    const folder = join(dir, 'OneDrive', 'Prosjektboka');
    mkdirSync(folder, { recursive: true });
    await runOk('update', mysen, 'risk', riskId, 'measures=Vikarliste');
    expect(await runOk('sync', 'folder', mysen, folder)).toMatch(/Skrev \d+ endringer til/);
    const mysenFiles = readdirSync(folder);
    expect(mysenFiles).toHaveLength(1);
    const out = await runOk('sync', 'folder', drammen, folder);
    expect(out).toMatch(/prosjektboka-.*\.pbsync: Importerte 1 nye endringer fra «Indre Østfold – Mysen bibliotek»/);
    writeFileSync(join(folder, 'halvferdig.pbsync'), 'x');
    const again = await runOk('sync', 'folder', mysen, folder);
    expect(again).toMatch(/halvferdig\.pbsync: hoppet over – /);
    expect(readdirSync(folder).sort()).toHaveLength(3);
    expect(await dumpOf(mysen)).toBe(await dumpOf(drammen));
  });

  it('lists backups and restores one', async () => {
    const list = (await runOk('backup', 'list', mysen)).trim().split('\n');
    expect(list.length).toBeGreaterThanOrEqual(2);
    const oldest = list[list.length - 1]!.split('  ')[0]!;
    expect(await runOk('backup', 'restore', mysen, oldest)).toMatch(/^Gjenopprettet .* fra .*\. Tilstanden før er lagret som .*for-gjenoppretting\.prosjektboka(?:\.gz|\.pages)?\.\n$/);
    expect((await runJson<Dump>('dump', mysen)).records.risk!.find((r) => r.id === riskId)!.title).toBe('Sykdom (Mysen)');
    expectOneLineError(await run('backup', 'restore', mysen, 'finnes-ikke.prosjektboka'), 2, 'Finner ingen sikkerhetskopi');
  });
});
