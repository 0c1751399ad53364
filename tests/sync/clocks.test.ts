import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CLOCK_LEAD_MS, decodeHlc } from '../../shared/rules/hlc.js';
import { cli, cliOk, expectSameDumps, machine, metaValue, readWorkbookFile, serve, startWorkbook } from './processes.js';

/**
 * Issue 9, scenarios 1 and 5: clocks that cannot go backwards or run away,
 * with every installation a real process and the skewed ones on a clock
 * moved by faketime. Each ends with every installation holding every edit.
 */
const DAY = 24 * 3600 * 1000;

/** One field's changes in a workbook's log, in arrival order: stamps are what these scenarios are about. */
function changesOf(path: string, recordId: string, field: string): { hlc: string; replicaId: string; value: string; prev: string | null }[] {
  return readWorkbookFile(path, (db) =>
    db.prepare('SELECT hlc, replica_id AS replicaId, value, prev FROM change WHERE record_id = ? AND field = ? ORDER BY seq').all(recordId, field) as never);
}

const metaClock = (path: string) => metaValue(path, 'clock')!;
const goalOf = (m: ReturnType<typeof machine>, path: string) => (JSON.parse(cliOk(m, 'list', path, 'goal', '--json')) as { id: string }[])[0]!.id;

describe('scenario 1: a long-running process keeps a stale clock', { timeout: 600_000 }, () => {
  it('W open in serve, Q two days ahead, an import from the CLI beside it, an edit in the browser: everyone reads W\'s next file', async () => {
    const mw = machine();
    const mq = machine('+2d');
    const mp = machine();
    const { path: W, joined } = startWorkbook(mw, [{ m: mq, name: 'Q' }, { m: mp, name: 'P' }]);
    const [Q, P] = joined as [string, string];
    const goal = goalOf(mw, W);

    const served = await serve(mw, W);
    // Touch the served workbook first, so its process has read its clock before the import below.
    await served.call('getSyncStatus');
    cliOk(mq, 'update', Q, 'goal', goal, 'text=Lære av hverandre (Q)');
    const fromQ = join(mq.home, 'q-til-w.pbsync');
    cliOk(mq, 'sync', 'export', Q, fromQ, '--for', 'W');
    const said = cliOk(mw, 'sync', 'import', W, fromQ);
    expect(said).toMatch(/Importerte 1 nye endringer fra «Q»/);
    expect(said).toMatch(/Klokka til «Q» går 2 døgn foran klokka her/);
    await served.call('updateRecord', { kind: 'goal', id: goal, patch: { text: 'Lære av hverandre (W)' } });

    // W's edit builds on Q's, and is not stamped two days ahead to do so: causality orders them, not clocks.
    const [, fromQChange, fromW] = changesOf(W, goal, 'text');
    expect(fromW!.prev).toBe(`${fromQChange!.hlc} ${fromQChange!.replicaId}`);
    expect(decodeHlc(fromW!.hlc).millis).toBeLessThan(Date.now() + MAX_CLOCK_LEAD_MS);
    expect(fromW!.hlc < fromQChange!.hlc).toBe(true);

    const exported = await served.call<{ contentBase64: string }>('exportSync', { full: true });
    const fromW1 = join(mw.home, 'w-full.pbsync');
    writeFileSync(fromW1, Buffer.from(exported.contentBase64, 'base64'));
    await served.stop();
    expect(cliOk(mp, 'sync', 'import', P, fromW1)).toMatch(/Importerte 2 nye endringer fra «W»/);
    expect(cliOk(mq, 'sync', 'import', Q, fromW1)).toMatch(/Importerte 1 nye endringer fra «W»/);
    // A new installation can join from it, and a later delta from W reads too.
    const N = join(mp.home, 'ny.prosjektboka');
    cliOk(mp, 'init', N, '--from', fromW1, '--replica-name', 'Ny');
    cliOk(mw, 'update', W, 'goal', goal, 'text=Lære av hverandre (W igjen)');
    const delta = join(mw.home, 'w-til-q.pbsync');
    cliOk(mw, 'sync', 'export', W, delta, '--for', 'Q');
    expect(cliOk(mq, 'sync', 'import', Q, delta)).toMatch(/Importerte 1 nye endringer/);
    cliOk(mw, 'sync', 'export', W, fromW1, '--full');
    cliOk(mp, 'sync', 'import', P, fromW1);
    cliOk(mp, 'sync', 'import', N, fromW1);
    const dump = expectSameDumps([{ m: mw, path: W }, { m: mq, path: Q }, { m: mp, path: P }, { m: mp, path: N }]);
    expect(dump).toContain('Lære av hverandre (W igjen)');
  });

  it('a workbook made by the version before this one, with an edit stamped before the change it supersedes, heals', () => {
    // tests/sync/fixtures/stale-clock: W and P as the previous version left them after scenario 1, and the
    // file of W's that P refused then («endring nr. 4 bygger på en senere endring»).
    const m = machine();
    const fixture = join(import.meta.dirname, 'fixtures', 'stale-clock');
    const W = join(m.home, 'w.prosjektboka');
    const P = join(m.home, 'p.prosjektboka');
    copyFileSync(join(fixture, 'w.prosjektboka'), W);
    copyFileSync(join(fixture, 'p.prosjektboka'), P);
    const oldFile = join(fixture, 'w-for-p.pbsync');
    // The version-1 file that was refused reads now.
    expect(cliOk(m, 'sync', 'import', P, oldFile)).toMatch(/Importerte 2 nye endringer fra «W»/);
    const goal = (JSON.parse(cliOk(m, 'list', P, 'goal', '--json')) as { id: string; text: string }[])[0]!;
    expect(goal.text).toBe('Lære av hverandre (W)');
    // W's next files read too, full and delta, and a new installation joins from W.
    cliOk(m, 'update', W, 'goal', goal.id, 'text=Lære av hverandre (W, senere)');
    const full = join(m.home, 'w-full.pbsync');
    cliOk(m, 'sync', 'export', W, full, '--full');
    expect(cliOk(m, 'sync', 'import', P, full)).toMatch(/Importerte 1 nye endringer fra «W»/);
    cliOk(m, 'init', join(m.home, 'ny.prosjektboka'), '--from', full);
    expectSameDumps([{ m, path: W }, { m, path: P }, { m, path: join(m.home, 'ny.prosjektboka') }]);
  });
});

describe('scenario 5: one machine with a wrong year', { timeout: 600_000 }, () => {
  it('a change stamped a year ahead is kept and named; nobody\'s clock follows it, and a peer two days slow reads everyone', () => {
    const mw = machine();
    const mq = machine('+365d');
    const ms = machine('-2d');
    const { path: W, joined } = startWorkbook(mw, [{ m: mq, name: 'Q' }, { m: ms, name: 'S' }]);
    const [Q, S] = joined as [string, string];
    const goal = goalOf(mw, W);
    const risk = cliOk(mw, 'add', W, 'risk', 'title=Sykdom', 'probability=2', 'consequence=3').trim();

    cliOk(mq, 'update', Q, 'goal', goal, 'text=Mål (Q, et år fram)');
    const fromQ = join(mq.home, 'q.pbsync');
    cliOk(mq, 'sync', 'export', Q, fromQ, '--for', 'W');
    // A preview that is cancelled does not move the clock.
    const before = metaClock(W);
    expect(cliOk(mw, 'sync', 'import', W, fromQ, '--dry-run')).toMatch(/Forhåndsvisning.*\n(.*\n)*.*Klokka til «Q» går 365 døgn foran/);
    expect(metaClock(W)).toBe(before);
    expect(cliOk(mw, 'sync', 'import', W, fromQ)).toMatch(/Klokka til «Q» går 365 døgn foran klokka her/);
    expect(decodeHlc(metaClock(W)).millis).toBeLessThan(Date.now() + MAX_CLOCK_LEAD_MS);

    // W's own edits keep W's time.
    cliOk(mw, 'update', W, 'risk', risk, 'title=Sykdom i prosjektgruppa');
    const wEdit = changesOf(W, risk, 'title').at(-1)!;
    expect(decodeHlc(wEdit.hlc).millis).toBeLessThan(Date.now() + DAY);
    const fromW = join(mw.home, 'w.pbsync');
    cliOk(mw, 'sync', 'export', W, fromW, '--full');
    // S, two days slow, reads W's file (Q's year-ahead change in it) and says whose clocks look ahead of its own.
    const atS = cliOk(ms, 'sync', 'import', S, fromW);
    expect(atS).toMatch(/Importerte \d+ nye endringer fra «W»/);
    expect(atS).toMatch(/Klokka til «Q» går 36\d døgn foran/);
    // S edits the goal after seeing Q's edit: S's edit wins everywhere, though stamped a year "earlier".
    cliOk(ms, 'update', S, 'goal', goal, 'text=Mål (S, to dager bak)');
    const fromS = join(ms.home, 's.pbsync');
    cliOk(ms, 'sync', 'export', S, fromS, '--full');
    cliOk(mw, 'sync', 'import', W, fromS);
    cliOk(mq, 'sync', 'import', Q, fromS);
    cliOk(mw, 'sync', 'export', W, fromW, '--full');
    cliOk(mq, 'sync', 'import', Q, fromW);
    cliOk(ms, 'sync', 'import', S, fromW);
    const dump = expectSameDumps([{ m: mw, path: W }, { m: mq, path: Q }, { m: ms, path: S }]);
    expect(dump).toContain('Mål (S, to dager bak)');
    expect(dump).toContain('Sykdom i prosjektgruppa');
    expect(cli(mw, 'conflicts', W, '--json').stdout.trim()).toBe('[]');
  });
});
