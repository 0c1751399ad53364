/**
 * Peak memory of one sync export and one import, in a process of its own
 * (peak RSS is per process): `npx tsx bench/sync/peakMemory.ts <changes> <formatVersion>`.
 * Builds a workbook of meetings whose five text fields are edited in rounds
 * (issue 15's workload shape), exports it full in the given format version,
 * imports the file into an empty installation, and prints the peak RSS after
 * building, after the export and after the import. Not part of `npm run bench`:
 * it needs a fresh process per measurement.
 */
import { join } from 'node:path';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { importSyncFile } from '../../electron/sync/importFile.js';
import { createWorkbook } from '../../electron/workbook/open.js';
import { tempDir } from '../lib/tmp.js';

const changes = Number(process.argv[2] ?? 100_000);
const formatVersion = Number(process.argv[3] ?? 3) as 2 | 3;
const FIELDS = ['agenda', 'minutes', 'decisions', 'place', 'title'] as const;
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

const dir = tempDir();
const source = createWorkbook(join(dir, 'source.prosjektboka'), { empty: true, replicaName: 'A' });
const meetings = Math.max(1, Math.round(changes / (FIELDS.length * 20)));
const ids: string[] = [];
// Each round is signed, as an export would: changes that left are kept, not replaced by the next round's.
const sign = () => source.transaction(() => source.signatures.signOwnChanges(source.workbookId, source.replicaId, source.secrets().signingKey));
source.transaction(() => {
  for (let i = 0; i < meetings; i++) ids.push(source.commands.create('meeting', { title: `Møte ${i}`, startsAt: '2022-01-10T09:00', type: 'other' }));
});
sign();
for (let round = 0; round < 20; round++) {
  source.transaction(() => {
    for (const id of ids) {
      source.commands.update('meeting', id, Object.fromEntries(FIELDS.map((f) => [f, `${f} ${round}: ${'tekst '.repeat(8)}${id.slice(-6)}`])));
    }
  });
  sign();
}
const built = peakMb();
const file = await exportSyncFile(source, { full: true, formatVersion });
const exported = peakMb();
const target = createWorkbook(join(dir, 'target.prosjektboka'), {
  replicaName: 'B',
  join: { workbookId: source.workbookId, syncKey: source.syncKey, populate: () => undefined },
});
const report = await importSyncFile(target, file.bytes, { backup: false });
const imported = peakMb();
process.stdout.write(`${JSON.stringify({ formatVersion, changes: source.changes.count(), applied: report.applied, fileBytes: file.bytes.length, peakRssMb: { built, exported, imported } })}\n`);
source.close();
target.close();
