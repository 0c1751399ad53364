import { msg } from '../../shared/messages/catalogue.js';
import type { MessageText } from '../../shared/messages/format.js';
import { encodeStamps } from '../../shared/sync/stamps.js';
import type { IncomingChange } from '../workbook/applyChanges.js';
import { stampDigest, type DigestedChange } from '../workbook/signatures.js';

/**
 * A version 3 file leaves out the digest of every stamp whose changes it
 * carries (docs/sync-format.md, «Signatures»): the reader computes that digest
 * from those very changes, as it must anyway to check them, and puts the line
 * back as the origin signed it. The signed statement is unchanged, so a
 * stored batch and every earlier file stay as they are. The digests are
 * random bytes to gzip: on the workload (5 000 changes under 1 000
 * stamps) they were 40 of the file's 71 KB.
 *
 * A line left out reads `<hlc>` alone; a stamp the file carries no change of
 * keeps `<hlc> <digest>`.
 */

/** One change as the digest reads it (electron/workbook/signatures.ts: stampDigest). */
export function digestedChange(c: IncomingChange): DigestedChange {
  return {
    kind: c.kind, recordId: c.recordId, field: c.field, valueJson: JSON.stringify(c.value), prev: encodeStamps(c.prev),
    valueSha256: c.valueSha256 ?? null,
  };
}

/** Writer: a batch's stamp lines with the digest left out where the file carries that stamp's changes. */
export function elideDigests(stamps: string, carried: (hlc: string) => boolean): string {
  return stamps
    .split('\n')
    .map((line) => {
      const hlc = line.slice(0, line.indexOf(' '));
      return hlc !== '' && carried(hlc) ? hlc : line;
    })
    .join('\n');
}

/**
 * Reader: every batch's stamp lines as signed, each digest left out computed
 * from the file's changes under that stamp. A line left out for a stamp the
 * file carries no change of refuses the file as malformed.
 */
export function restoreDigests<S extends { readonly origin: string; readonly stamps: string }>(
  signatures: readonly S[],
  changes: readonly IncomingChange[],
  bad: (detail: MessageText) => Error,
): S[] {
  if (!signatures.some((s) => s.stamps.split('\n').some((line) => !line.includes(' ')))) return [...signatures];
  const groups = new Map<string, DigestedChange[]>();
  for (const c of changes) {
    const key = `${c.replicaId} ${c.hlc}`;
    const list = groups.get(key);
    if (list) list.push(digestedChange(c));
    else groups.set(key, [digestedChange(c)]);
  }
  return signatures.map((s, i) => {
    const lines = s.stamps.split('\n').map((line) => {
      if (line.includes(' ')) return line;
      const group = groups.get(`${s.origin} ${line}`);
      if (!group) throw bad(msg('sync.detail.signature_bad_stamps', { n: i + 1 }));
      return `${line} ${stampDigest(group)}`;
    });
    return { ...s, stamps: lines.join('\n') };
  });
}
