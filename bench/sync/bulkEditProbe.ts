import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { importSyncFile } from '../../electron/sync/importFile.js';
import { createWorkbook } from '../../electron/workbook/open.js';
import { tempDir } from '../lib/tmp.js';

/**
 * The edit loop of bench/sync/peers.ts alone (issue 15's «bulk edit through
 * the command layer»), in CPU time per field: MEETINGS meetings × 5 text
 * fields × ROUNDS rounds on A after A and B have exchanged once, so round 1
 * appends and later rounds replace unseen changes, as in the peers run.
 * `node --import tsx bench/sync/bulkEditProbe.ts [runs] [profile.cpuprofile]`.
 */
const MEETINGS = Number(process.env.BENCH_PEER_MEETINGS ?? 1000);
const ROUNDS = 20;
const FIELDS = ['agenda', 'minutes', 'decisions', 'place', 'title'] as const;
const textOf = (field: string, round: number, meeting: number) => `${field} ${round}: ${'tekst '.repeat(8)}${meeting}`;
const cpuMs = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };

async function once(dir: string, n: number, session?: Session): Promise<number> {
  const a = createWorkbook(join(dir, `a${n}.prosjektboka`), { empty: true, replicaName: 'A' });
  const b = createWorkbook(join(dir, `b${n}.prosjektboka`), {
    replicaName: 'B', join: { workbookId: a.workbookId, syncKey: a.syncKey, populate: () => undefined },
  });
  try {
    const ids: string[] = [];
    a.transaction(() => {
      for (let m = 0; m < MEETINGS; m++) ids.push(a.commands.create('meeting', { title: `Møte ${m}`, startsAt: '2022-01-10T09:00', type: 'other' }));
    });
    await importSyncFile(b, (await exportSyncFile(a, { full: true })).bytes, { backup: false });
    await importSyncFile(a, (await exportSyncFile(b, {})).bytes, { backup: false });
    if (session) await session.post('Profiler.start');
    const cpu = cpuMs();
    for (let r = 0; r < ROUNDS; r++) {
      a.transaction(() => {
        ids.forEach((id, m) => a.commands.update('meeting', id, Object.fromEntries(FIELDS.map((f) => [f, textOf(f, r, m)]))));
      });
    }
    const used = cpuMs() - cpu;
    if (session) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(process.argv[3]!, JSON.stringify(profile));
    }
    if (a.records.get('meeting', ids[MEETINGS - 1]!)?.fields.minutes !== textOf('minutes', ROUNDS - 1, MEETINGS - 1)) throw new Error('no');
    return (used * 1000) / (MEETINGS * FIELDS.length * ROUNDS);
  } finally {
    a.close();
    b.close();
  }
}

const runs = Number(process.argv[2] ?? 5);
const dir = tempDir('bulk-edit');
let session: Session | undefined;
if (process.argv[3]) { session = new Session(); session.connect(); await session.post('Profiler.enable'); }
const results: number[] = [];
for (let i = 0; i < runs; i++) results.push(await once(dir, i, i === runs - 1 ? session : undefined));
const sorted = [...results].sort((x, y) => x - y);
console.log(`µs/field CPU: ${results.map((x) => x.toFixed(1)).join(' ')}; median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)}`);
