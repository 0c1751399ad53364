import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isWorkbookError } from '../../shared/errors.js';
import { encodeHlc } from '../../shared/rules/hlc.js';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { encodeSyncFile, openSyncFile, unpack, type SyncHeader } from '../../electron/sync/fileFormat.js';
import { importSyncFile } from '../../electron/sync/importFile.js';
import { generateSigningKey } from '../../electron/workbook/signatures.js';
import { syncStatus } from '../../electron/sync/status.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';
import { dump, joinFrom, resign } from './helpers.js';
import { cli, metaValue } from './processes.js';
import type { Workbook } from '../../electron/workbook/workbook.js';

/**
 * Issue 9, scenario 6: anyone with the workbook key (a full file, say) tries
 * to write in another installation's name. A change stamped in Bærum's name
 * ten minutes ahead once made Bærum's genuine edit in that window be skipped
 * everywhere. Now every reader refuses the forged file with a sentence that
 * names what happened, and Bærum's edit reaches everyone.
 */
type Payload = {
  replicas: { id: string; name: string; signingKey?: string }[];
  signatures?: { origin: number; stamps: string; signature: string }[];
  changes: unknown[][];
};

async function parts(bytes: Buffer): Promise<{ header: SyncHeader; payload: Payload }> {
  const file = await openSyncFile(bytes);
  return { header: file.header, payload: JSON.parse(unpack(file).toString('utf8')) as Payload };
}

async function refusal(wb: Workbook, bytes: Buffer): Promise<string> {
  const before = dump(wb);
  try {
    await importSyncFile(wb, bytes, { backup: false, what: 'baerum.pbsync' });
  } catch (e) {
    expect(isWorkbookError(e) && e.code, String(e)).toBe('sync_forged');
    expect(dump(wb)).toBe(before);
    return (e as Error).message;
  }
  throw new Error('the forged file was imported');
}

describe('scenario 6: a change forged in another installation\'s name', () => {
  const tmp = useTempDir();

  it('is refused by every reader, in words, however it is made; the genuine edit in its window reaches everyone', async () => {
    const asker = tmp.track(newWorkbook(tmp.dir(), 'asker.prosjektboka', { empty: true, replicaName: 'Asker' }));
    const goal = asker.commands.create('goal', { text: 'Lære av hverandre' });
    const baerum = tmp.track(await joinFrom(asker, tmp.dir(), 'baerum', 'Bærum'));
    const mysen = tmp.track(await joinFrom(asker, tmp.dir(), 'mysen', 'Mysen'));
    // Everyone learns Bærum's key from a first file of Bærum's.
    baerum.commands.create('goal', { text: 'Fra Bærum' });
    const first = (await exportSyncFile(baerum, {})).bytes;
    await importSyncFile(asker, first, { backup: false });
    await importSyncFile(mysen, first, { backup: false });

    // The forger has a full file (the workbook key) and writes in Bærum's name, ten minutes ahead.
    const { header, payload } = await parts((await exportSyncFile(asker, { full: true, formatVersion: 2 })).bytes);
    const baerumIndex = () => payload.replicas.findIndex((r) => r.id === baerum.replicaId);
    const ahead = encodeHlc({ millis: Date.now() + 10 * 60_000, counter: 0 });
    const forgedChange = [ 'goal', goal, 'text', ahead, baerumIndex(), 'Forfalsket i Bærums navn', [[payload.changes.find((c) => c[1] === goal && c[2] === 'text')![3], 0]] ];
    const key = asker.syncKey;
    const asBaerum = (p: Payload, h: Partial<SyncHeader> = {}) => encodeSyncFile(
      { ...header, full: false, sender: { replicaId: baerum.replicaId, name: 'Bærum' }, versionVector: { ...header.versionVector, [baerum.replicaId]: ahead }, counts: undefined, ...h, changeCount: p.changes.length } as SyncHeader,
      Buffer.from(JSON.stringify(p)), key,
    );
    const v2 = (p: Payload) => asBaerum(p, { counts: Object.fromEntries(Object.keys({ ...header.versionVector, [baerum.replicaId]: ahead }).map((id) => [id, 0])) });

    // 1. Unsigned, beside Bærum's genuine signed changes.
    const unsigned: Payload = { ...payload, changes: [...payload.changes, forgedChange] };
    for (const wb of [asker, mysen]) expect(await refusal(wb, await v2(unsigned))).toMatch(/1 endring i navnet til «Bærum» som «Bærum» ikke har signert: den er forfalsket/);
    // 2. Signed with a key the forger made, claimed to be Bærum's.
    const own = generateSigningKey();
    const claimed: Payload = { ...payload, replicas: payload.replicas.map((r) => (r.id === baerum.replicaId ? { ...r, signingKey: own.publicKey } : r)), changes: [...payload.changes, forgedChange] };
    for (const wb of [asker, mysen]) expect(await refusal(wb, await v2(claimed))).toMatch(/oppgir en annen signeringsnøkkel for «Bærum» enn den denne arbeidsboka kjenner/);
    // 3. Signed by the forger's own key, without claiming it: the statement does not verify with Bærum's.
    const resigned: Payload = { ...claimed, changes: [...claimed.changes] };
    resign(resigned, asker.workbookId, [asker, { replicaId: baerum.replicaId, secrets: () => ({ signingKey: own.privateKey }) } as unknown as Workbook]);
    resigned.replicas = payload.replicas;
    for (const wb of [asker, mysen]) expect(await refusal(wb, await v2(resigned))).toMatch(/signaturen til «Bærum» stemmer ikke/);
    // 4. An old-format file, which has no signatures at all.
    const old: Payload = { replicas: payload.replicas.map(({ id, name }) => ({ id, name })), changes: [...payload.changes.filter((c) => c[4] !== baerumIndex()), forgedChange] };
    for (const wb of [asker, mysen]) expect(await refusal(wb, await asBaerum(old, { formatVersion: 1, minAppVersion: '0.1.0' }))).toMatch(/ikke har signert/);

    // Bærum's genuine edit, made in the forged change's ten minutes, reaches everyone, and status agrees.
    baerum.commands.update('goal', goal, { text: 'Lære av hverandre (Bærum)' });
    const genuine = (await exportSyncFile(baerum, { full: true })).bytes;
    for (const wb of [asker, mysen]) expect((await importSyncFile(wb, genuine, { backup: false })).applied).toBe(1);
    for (const wb of [asker, mysen]) {
      expect(wb.records.get('goal', goal)!.fields.text).toBe('Lære av hverandre (Bærum)');
      expect(dump(wb)).toBe(dump(baerum));
    }
    await importSyncFile(baerum, (await exportSyncFile(asker, { forReplica: baerum.replicaId })).bytes, { backup: false });
    expect(syncStatus(asker).peers.find((p) => p.replicaId === baerum.replicaId)?.pendingForThem).toBe(0);
  });

  it('the CLI refuses it the same way, in one line, and imports nothing', async () => {
    const dir = tmp.dir();
    const asker = tmp.track(newWorkbook(dir, 'asker.prosjektboka', { empty: true, replicaName: 'Asker' }));
    const goal = asker.commands.create('goal', { text: 'Mål' });
    const { header, payload } = await parts((await exportSyncFile(asker, { full: true, formatVersion: 2 })).bytes);
    // In Asker's own name (the installation that reads it), with a header that says so.
    const stamp = encodeHlc({ millis: Date.now() + 600_000, counter: 0 });
    payload.changes.push(['goal', goal, 'text', stamp, 0, 'I Askers navn']);
    const id = asker.replicaId;
    const forged = { ...header, versionVector: { ...header.versionVector, [id]: stamp }, counts: { ...header.counts, [id]: header.counts![id]! + 1 } };
    const file = join(dir, 'forfalsket.pbsync');
    writeFileSync(file, await encodeSyncFile({ ...forged, changeCount: payload.changes.length }, Buffer.from(JSON.stringify(payload)), asker.syncKey));
    const path = asker.path;
    asker.close();
    const r = cli({ home: process.env.PROSJEKTBOKA_HOME! }, 'sync', 'import', path, file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^prosjektboka: «forfalsket\.pbsync» har 1 endring i navnet til denne installasjonen som den aldri har laget, og som ikke er signert med dens nøkkel: den er forfalsket\. Ingenting er importert\.\n$/);
  });
});

describe('scenario 7: smaller points', () => {
  const tmp = useTempDir();

  it('the sync key and the signing key are not in the workbook file; they are in this machine\'s record, readable by this user only', () => {
    const wb = tmp.track(newWorkbook(tmp.dir(), 'a.prosjektboka', { empty: true }));
    const { syncKey, signingKey } = wb.secrets();
    const path = wb.path;
    wb.close();
    const bytes = readFileSync(path).toString('latin1');
    expect(bytes).not.toContain(syncKey!);
    expect(bytes).not.toContain(signingKey);
    const db = new Database(path, { fileMustExist: true });
    expect(db.prepare("SELECT COUNT(*) AS n FROM meta WHERE key LIKE '%key%'").get()).toEqual({ n: 0 });
    db.close();
    const record = join(process.env.PROSJEKTBOKA_HOME!, 'installations', `${metaValue(path, 'replica_id')!}.json`);
    expect(readFileSync(record, 'utf8')).toContain(syncKey!);
    expect(statSync(record).mode & 0o077).toBe(0);
  });
});

