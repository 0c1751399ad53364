import { join } from 'node:path';
import { createWorkbook } from '../../electron/workbook/open.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { progress } from '../lib/log.js';
import { median, nowMs, round } from '../lib/stats.js';
import { tempDir } from '../lib/tmp.js';
import type { BenchResult, BenchSection } from '../lib/types.js';

const SHORT = 10;
const LONG = Number(process.env.BENCH_EDIT_HISTORY ?? 10_000);
const EDITS = Number(process.env.BENCH_EDIT_SAMPLES ?? 400);

/**
 * A user typing: one field of one meeting saved per transaction through the
 * command layer (`wb.commands.update`, each its own BEGIN IMMEDIATE … COMMIT),
 * on a meeting whose minutes have 10 earlier changes and on one whose minutes
 * have 10 000, alternating edit by edit in one workbook; against the raw
 * floor in the same file: one transaction with a bare prepared UPDATE of the
 * row and an INSERT of the change row. The earlier changes have left the
 * installation (each was signed, as an export does), so none is replaced and
 * the history really is that long; the timed edits replace each other, as
 * saves while typing do.
 */
const section: BenchSection = {
  name: 'edit',
  description: `one-field edit per transaction on a field with ${SHORT} vs ${LONG} earlier changes, and vs a raw SQLite transaction; ${EDITS} edits each`,
  async run() {
    const wb = createWorkbook(join(tempDir(), 'edit.prosjektboka'), { empty: true, replicaName: 'bench' });
    try {
      const short = meetingWithHistory(wb, SHORT);
      progress(`edit: ${LONG} earlier changes of one field`);
      const long = meetingWithHistory(wb, LONG);
      const raw = rawWriter(wb);
      const times = { short: [] as number[], long: [] as number[], raw: [] as number[] };
      let text = 'Referat fra møtet.\n';
      const edit = (id: string) => {
        text += 'x';
        const start = nowMs();
        wb.commands.update('meeting', id, { minutes: text });
        return nowMs() - start;
      };
      // Untimed warm-up of every path.
      for (let i = 0; i < 20; i++) {
        edit(short);
        edit(long);
        raw(text);
      }
      for (let i = 0; i < EDITS; i++) {
        // Alternate which goes first, so drift of the machine falls on both.
        if (i % 2 === 0) {
          times.short.push(edit(short));
          times.long.push(edit(long));
        } else {
          times.long.push(edit(long));
          times.short.push(edit(short));
        }
        text += 'y';
        times.raw.push(raw(text));
      }
      const shortMs = median(times.short);
      const longMs = median(times.long);
      const rawMs = median(times.raw);
      const history = (id: string) => (wb.sqliteForTests.prepare("SELECT COUNT(*) AS n FROM change WHERE record_id = ? AND field = 'minutes'").get(id) as { n: number }).n;
      const detail = { shortHistory: history(short), longHistory: history(long), edits: EDITS };
      return [
        { name: 'history_ratio', label: `one-field edit, ${LONG} vs ${SHORT} earlier changes`, value: round(longMs / shortMs, 3), unit: '×', target: { op: '<=', value: 1.2 }, detail },
        { name: 'edit_ms', label: 'one-field transaction (command layer), median', value: round(longMs, 3), unit: 'ms', target: { op: '<=', value: 0.3 }, samples: times.long },
        { name: 'edit_short_ms', label: `the same, ${SHORT} earlier changes`, value: round(shortMs, 3), unit: 'ms', samples: times.short },
        { name: 'raw_ms', label: 'raw SQLite transaction (UPDATE + INSERT), median', value: round(rawMs, 3), unit: 'ms', samples: times.raw },
        { name: 'raw_ratio', label: 'one-field transaction / raw SQLite', value: round(longMs / rawMs, 3), unit: '×' },
      ] satisfies BenchResult[];
    } finally {
      wb.close();
    }
  },
};
export default section;

/** A meeting whose minutes have `n` earlier changes, each of which has left this installation (signed, as an export signs). */
function meetingWithHistory(wb: Workbook, n: number): string {
  const id = wb.commands.create('meeting', { title: `Møte med ${n} endringer`, startsAt: '2022-03-01T10:00', type: 'steering_group' });
  const { signingKey } = wb.secrets();
  wb.transaction(() => {
    for (let i = 1; i < n; i++) {
      wb.signatures.signOwnChanges(wb.workbookId, wb.replicaId, signingKey);
      wb.commands.update('meeting', id, { minutes: `Utkast ${i}` });
    }
    wb.signatures.signOwnChanges(wb.workbookId, wb.replicaId, signingKey);
  });
  return id;
}

/** The floor: a durable one-field write with nothing but two prepared statements in one transaction. */
function rawWriter(wb: Workbook): (text: string) => number {
  const db = wb.sqliteForTests;
  const id = 'raw-floor';
  db.prepare("INSERT INTO meeting (id, title, startsAt, type, groupId, place, agenda, minutes, decisions) VALUES (?, 'Gulv', '2022-03-01T10:00', 'other', NULL, '', '', '', '')").run(id);
  const update = db.prepare('UPDATE meeting SET minutes = ? WHERE id = ?');
  const insert = db.prepare("INSERT INTO change (hlc, replica_id, kind, record_id, field, value, prev) VALUES (?, 'raw', 'meeting', ?, 'minutes', ?, ?)");
  let n = 0;
  const write = db.transaction((text: string) => {
    update.run(text, id);
    const hlc = String(++n).padStart(13, '0');
    insert.run(hlc, id, JSON.stringify(text), n > 1 ? `${String(n - 1).padStart(13, '0')} raw` : null);
  });
  return (text) => {
    const start = nowMs();
    write.immediate(text);
    return nowMs() - start;
  };
}
