import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exchangeWithFolder, ownFolderFileName } from '../../electron/sync/syncFolder.js';
import { createWorkbook } from '../../electron/workbook/open.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { dump, joinFrom } from './helpers.js';
import { FOLDER_ID, SYNCTHING, configure, preparePeer, rest, start, stop, waitFor, type SyncthingPeer } from './syncthingPeers.js';

/**
 * Two installations, each on its own machine with its own Syncthing, keep in
 * step through the sync folder that Syncthing keeps in step between them:
 * the real engine (Debian's package) on loopback, real workbook files. Every
 * wait is for a condition (the other's file has arrived whole, the devices
 * are connected), never a fixed time.
 */
const HAVE_SYNCTHING = existsSync(SYNCTHING);
if (!HAVE_SYNCTHING && !process.env.CI) {
  console.warn(`tests/sync/syncthing.test.ts skipped: ${SYNCTHING} is not installed (apt-get install syncthing); CI installs it and runs the test.`);
}

describe.skipIf(!HAVE_SYNCTHING && !process.env.CI)('two installations through two real Syncthing instances', { timeout: 600_000 }, () => {
  let root: string;
  let peers: SyncthingPeer[] = [];
  let drammen: Workbook;
  let mysen: Workbook;
  let a: SyncthingPeer;
  let b: SyncthingPeer;

  beforeAll(async () => {
    if (!HAVE_SYNCTHING) throw new Error(`${SYNCTHING} is not installed: CI must install Debian's syncthing package (.ci/run).`);
    root = mkdtempSync(join(tmpdir(), 'prosjektboka-syncthing-'));
    a = await preparePeer(root, 'drammen');
    b = await preparePeer(root, 'mysen');
    peers = [a, b];
    for (const p of peers) configure(p, peers);
    for (const p of peers) start(p);
    drammen = createWorkbook(join(root, 'drammen.prosjektboka'), { empty: true, replicaName: 'Drammen' });
    drammen.commands.create('goal', { text: 'Lære av hverandre' });
    mysen = await joinFrom(drammen, root, 'mysen', 'Mysen');
    await waitFor('both Syncthing instances to be connected to each other', async () => {
      const [ca, cb] = await Promise.all([
        rest<{ connections: Record<string, { connected: boolean }> }>(a, '/rest/system/connections'),
        rest<{ connections: Record<string, { connected: boolean }> }>(b, '/rest/system/connections'),
      ]);
      return Boolean(ca?.connections[b.deviceId]?.connected && cb?.connections[a.deviceId]?.connected);
    }, peers);
  }, 600_000);

  afterAll(async () => {
    await Promise.all(peers.map(stop));
    drammen?.close();
    mysen?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  /** Until the other side's folder holds exactly what `from` wrote into its own. */
  async function arrived(from: Workbook, fromPeer: SyncthingPeer, toPeer: SyncthingPeer): Promise<void> {
    const name = ownFolderFileName(from);
    const sent = readFileSync(join(fromPeer.folder, name));
    await rest(fromPeer, `/rest/db/scan?folder=${FOLDER_ID}`, 'POST'); // tell it now rather than at its next look
    await waitFor(`${name} to arrive whole in ${toPeer.name}'s folder`, () => {
      const there = join(toPeer.folder, name);
      return existsSync(there) && readFileSync(there).equals(sent);
    }, peers);
  }

  /** Each exchanges with its own folder and waits for its file to reach the other, until neither has anything new to write. */
  async function settle(): Promise<void> {
    for (let round = 0; round < 6; round++) {
      let wrote = false;
      for (const [wb, mine, theirs] of [[drammen, a, b], [mysen, b, a]] as const) {
        const r = await exchangeWithFolder(wb, mine.folder, { backup: false });
        expect(r.skipped.filter((s) => s.text.key !== 'sync.folder_in_transfer')).toEqual([]);
        if (r.written) {
          wrote = true;
          await arrived(wb, mine, theirs);
        }
      }
      if (!wrote) return;
    }
    throw new Error('the two installations kept writing new files after six rounds');
  }

  it('brings both workbooks in step through the engine', async () => {
    drammen.commands.create('goal', { text: 'Fra Drammen' });
    mysen.commands.create('risk', { title: 'Fra Mysen', probability: 2, consequence: 3 });
    await settle();
    expect(mysen.records.list('goal').map((g) => g.fields.text)).toContain('Fra Drammen');
    expect(drammen.records.list('risk').map((r) => r.fields.title)).toContain('Fra Mysen');
    expect(dump(mysen)).toBe(dump(drammen));
  });

  it('ends a concurrent edit of one field as one conflict on both sides', async () => {
    const goal = drammen.records.list('goal').find((g) => g.fields.text === 'Lære av hverandre')!;
    drammen.commands.update('goal', goal.id, { text: 'Lære av hverandre – Drammen' });
    mysen.commands.update('goal', goal.id, { text: 'Lære av hverandre – Mysen' });
    // Both write before either has read the other's edit: made without knowing of each other.
    await exchangeWithFolder(drammen, a.folder, { backup: false });
    await exchangeWithFolder(mysen, b.folder, { backup: false });
    await arrived(drammen, a, b);
    await arrived(mysen, b, a);
    await settle();
    const here = drammen.commands.settler.conflicts.listOpen();
    const there = mysen.commands.settler.conflicts.listOpen();
    expect(here).toHaveLength(1);
    expect(there.map((c) => c.id)).toEqual(here.map((c) => c.id));
    expect(drammen.records.get('goal', goal.id)?.fields.text).toBe(mysen.records.get('goal', goal.id)?.fields.text);
    expect(dump(mysen)).toBe(dump(drammen));
  });
});
