import { copyFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { importSyncFile } from '../../electron/sync/importFile.js';
import { InstallationStore } from '../../electron/workbook/installationStore.js';
import { createWorkbook, openWorkbook } from '../../electron/workbook/open.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { useTempDir } from '../helpers/tempWorkbook.js';
import { dump, joinFrom } from './helpers.js';
import { cli, cliOk, expectSameDumps, machine } from './processes.js';

/**
 * Issue 9, scenario 2: a copied workbook. A copy (to another PC, beside the
 * original, or an ordinary file backup put back) becomes a new installation
 * before it writes anything, and every edit made on either copy reaches
 * everyone. CLI processes on machines of their own, except the last test,
 * which plays a copy that slipped past the check on open.
 */
type M = ReturnType<typeof machine>;
const goalsOf = (m: M, path: string) => (JSON.parse(cliOk(m, 'list', path, 'goal', '--json')) as { id: string; text: string }[]);

function statusOf(m: M, path: string): { replicaId: string; installationNotice: { reason: string } | null } {
  return JSON.parse(cliOk(m, 'sync', 'status', path, '--json')) as never;
}

describe('scenario 2: a copied workbook', { timeout: 600_000 }, () => {
  it('copied to a second PC: the copy is a new installation, re-issues what the original had not sent, and both reach everyone', () => {
    const pc1 = machine();
    const pc2 = machine();
    const mm = machine();
    const A = join(pc1.home, 'arbeidsbok.prosjektboka');
    const A2 = join(pc2.home, 'arbeidsbok.prosjektboka');
    const M = join(mm.home, 'mysen.prosjektboka');
    const file = (m: M, name: string) => join(m.home, name);
    cliOk(pc1, 'init', A, '--empty', '--replica-name', 'Drammen');
    const goal = cliOk(pc1, 'add', A, 'goal', 'text=Lære av hverandre').trim();
    cliOk(pc1, 'sync', 'export', A, file(pc1, 'full.pbsync'), '--full');
    cliOk(mm, 'init', M, '--from', file(pc1, 'full.pbsync'), '--replica-name', 'Mysen');
    // An edit that has not left Drammen yet when the file is copied.
    cliOk(pc1, 'update', A, 'goal', goal, 'text=Lære av hverandre (før kopien)');
    const original = statusOf(pc1, A).replicaId;
    copyFileSync(A, A2);

    // The copy has no record on PC2: it becomes a new installation, without the workbook's key.
    const refused = cli(pc2, 'sync', 'export', A2, file(pc2, 'a2.pbsync'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/har ikke arbeidsbokas synknøkkel .* Les inn en full synkfil/);
    const copy = statusOf(pc2, A2);
    expect(copy.replicaId).not.toBe(original);
    expect(copy.installationNotice).toMatchObject({ reason: 'new-machine' });
    expect(cliOk(pc2, 'sync', 'status', A2)).toMatch(/ble en ny installasjon .* kopiert eller flyttet hit fra en annen maskin/);
    cliOk(mm, 'sync', 'export', M, file(mm, 'm-full.pbsync'), '--full');
    expect(cliOk(pc2, 'sync', 'import', A2, file(mm, 'm-full.pbsync'))).toMatch(/manglet arbeidsbokas synknøkkel; den er hentet fra den fulle fila/);

    // Both go on editing.
    cliOk(pc1, 'add', A, 'goal', 'text=Mål fra originalen');
    cliOk(pc2, 'add', A2, 'goal', 'text=Mål fra kopien');
    cliOk(pc2, 'sync', 'export', A2, file(pc2, 'a2.pbsync'), '--full');
    cliOk(pc1, 'sync', 'export', A, file(pc1, 'a.pbsync'), '--full');
    cliOk(mm, 'sync', 'import', M, file(pc2, 'a2.pbsync'));
    // The edit Drammen never sent came with the copy, re-issued under the copy's own id.
    expect(goalsOf(mm, M).find((g) => g.id === goal)?.text).toBe('Lære av hverandre (før kopien)');
    cliOk(mm, 'sync', 'import', M, file(pc1, 'a.pbsync'));
    cliOk(mm, 'sync', 'export', M, file(mm, 'm-full.pbsync'), '--full');
    cliOk(pc1, 'sync', 'import', A, file(mm, 'm-full.pbsync'));
    cliOk(pc2, 'sync', 'import', A2, file(mm, 'm-full.pbsync'));
    const all = expectSameDumps([{ m: pc1, path: A }, { m: pc2, path: A2 }, { m: mm, path: M }]);
    for (const text of ['Lære av hverandre (før kopien)', 'Mål fra originalen', 'Mål fra kopien']) expect(all).toContain(text);
    // The edit made before the copy arrived twice (signed by Drammen, re-issued by the copy): one value, no conflict.
    expect(JSON.parse(cliOk(mm, 'conflicts', M, '--json'))).toEqual([]);
  });

  it('copied beside the original on the same PC: the copy keeps the key, and both reach everyone', () => {
    const pc = machine();
    const mm = machine();
    const A = join(pc.home, 'drammen.prosjektboka');
    const B = join(pc.home, 'drammen-kopi.prosjektboka');
    const M = join(mm.home, 'mysen.prosjektboka');
    cliOk(pc, 'init', A, '--empty', '--replica-name', 'Drammen');
    cliOk(pc, 'add', A, 'goal', 'text=Felles mål');
    cliOk(pc, 'sync', 'export', A, join(pc.home, 'full.pbsync'), '--full');
    cliOk(mm, 'init', M, '--from', join(pc.home, 'full.pbsync'), '--replica-name', 'Mysen');
    copyFileSync(A, B);
    cliOk(pc, 'add', B, 'goal', 'text=Mål i kopien');
    cliOk(pc, 'add', A, 'goal', 'text=Mål i originalen');
    expect(statusOf(pc, B).installationNotice).toMatchObject({ reason: 'copied' });
    expect(statusOf(pc, A).installationNotice).toBeNull();
    expect(statusOf(pc, B).replicaId).not.toBe(statusOf(pc, A).replicaId);
    for (const [from, name] of [[A, 'a.pbsync'], [B, 'b.pbsync']] as const) {
      cliOk(pc, 'sync', 'export', from, join(pc.home, name));
      expect(cliOk(mm, 'sync', 'import', M, join(pc.home, name))).toMatch(/Importerte \d+ nye endringer/);
    }
    cliOk(mm, 'sync', 'export', M, join(mm.home, 'm.pbsync'), '--full');
    cliOk(pc, 'sync', 'import', A, join(mm.home, 'm.pbsync'));
    cliOk(pc, 'sync', 'import', B, join(mm.home, 'm.pbsync'));
    const all = expectSameDumps([{ m: pc, path: A }, { m: pc, path: B }, { m: mm, path: M }]);
    expect(all).toContain('Mål i kopien');
    expect(all).toContain('Mål i originalen');
  });

  it('put back from an ordinary file backup: it becomes a new installation, and what it lost comes back from the others', () => {
    const pc = machine();
    const mm = machine();
    const A = join(pc.home, 'drammen.prosjektboka');
    const M = join(mm.home, 'mysen.prosjektboka');
    cliOk(pc, 'init', A, '--empty', '--replica-name', 'Drammen');
    const goal = cliOk(pc, 'add', A, 'goal', 'text=Mål').trim();
    cliOk(pc, 'sync', 'export', A, join(pc.home, 'full.pbsync'), '--full');
    cliOk(mm, 'init', M, '--from', join(pc.home, 'full.pbsync'), '--replica-name', 'Mysen');
    copyFileSync(A, join(pc.home, 'kopi-fra-i-går.prosjektboka.bak'));
    cliOk(pc, 'update', A, 'goal', goal, 'text=Mål (etter sikkerhetskopien)');
    cliOk(pc, 'sync', 'export', A, join(pc.home, 'a.pbsync'));
    cliOk(mm, 'sync', 'import', M, join(pc.home, 'a.pbsync'));
    // Yesterday's copy is put back over the workbook, by hand.
    copyFileSync(join(pc.home, 'kopi-fra-i-går.prosjektboka.bak'), A);
    expect(goalsOf(pc, A)[0]!.text).toBe('Mål');
    cliOk(pc, 'add', A, 'goal', 'text=Nytt mål etter tilbakelegging');
    expect(statusOf(pc, A).installationNotice).toMatchObject({ reason: 'restored' });
    cliOk(pc, 'sync', 'export', A, join(pc.home, 'a.pbsync'), '--full');
    cliOk(mm, 'sync', 'import', M, join(pc.home, 'a.pbsync'));
    cliOk(mm, 'sync', 'export', M, join(mm.home, 'm.pbsync'), '--full');
    expect(cliOk(pc, 'sync', 'import', A, join(mm.home, 'm.pbsync'))).toMatch(/Importerte \d+ nye endringer/);
    const all = expectSameDumps([{ m: pc, path: A }, { m: mm, path: M }]);
    expect(all).toContain('Mål (etter sikkerhetskopien)');
    expect(all).toContain('Nytt mål etter tilbakelegging');
  });
});

describe('scenario 2, a copy the check on open cannot see', () => {
  const tmp = useTempDir();

  it('two files writing as one installation (a roaming profile, the same path on two PCs): counts reveal it at import, and every edit reaches everyone', async () => {
    const dir = tmp.dir();
    const pc1 = new InstallationStore(join(dir, 'pc1'));
    const pc2 = new InstallationStore(join(dir, 'pc2'));
    const a = tmp.track(createWorkbook(join(dir, 'a.prosjektboka'), { empty: true, replicaName: 'Drammen', installations: pc1 }));
    const goal = a.commands.create('goal', { text: 'Mål' });
    const m = tmp.track(await joinFrom(a, dir, 'mysen', 'Mysen'));
    // The second PC got the user profile too, so its record of the installation matches the copy.
    await exportSyncFile(a, {});
    a.close();
    cpSync(join(dir, 'pc1'), join(dir, 'pc2'), { recursive: true });
    copyFileSync(join(dir, 'a.prosjektboka'), join(dir, 'b.prosjektboka'));
    const a1 = tmp.track(openWorkbook(join(dir, 'a.prosjektboka'), { installations: pc1 }));
    const b = tmp.track(openWorkbook(join(dir, 'b.prosjektboka'), { installations: pc2, inspectOnly: true }));
    expect(b.replicaId).toBe(a1.replicaId);

    a1.commands.update('goal', goal, { text: 'Mål (PC 1)' });
    b.commands.create('goal', { text: 'Mål (PC 2)' });
    a1.commands.create('goal', { text: 'Mål (PC 1, senere)' });
    const send = async (from: Workbook, to: Workbook, full = false) =>
      importSyncFile(to, (await exportSyncFile(from, full ? { full } : { forReplica: to.replicaId })).bytes, { backup: false });
    await send(a1, m);
    // Mysen's vector now covers the installation past PC 2's edit: by vectors alone it would skip it.
    const fromB = await send(b, m);
    expect(fromB.applied).toBe(2);
    // Each PC gets the other's edits in their shared name, and says so.
    const atA = await send(m, a1, true);
    expect(atA.recoveredOwn).toBeGreaterThan(0);
    const atB = await send(m, b, true);
    expect(atB.recoveredOwn).toBeGreaterThan(0);
    for (const wb of [a1, b]) await send(wb, m, true);
    for (const wb of [a1, b]) await send(m, wb, true);
    expect(dump(a1)).toBe(dump(m));
    expect(dump(b)).toBe(dump(m));
    const texts = m.records.list('goal').map((g) => g.fields.text).sort();
    expect(texts).toEqual(['Mål (PC 1)', 'Mål (PC 1, senere)', 'Mål (PC 2)']);
  });
});
