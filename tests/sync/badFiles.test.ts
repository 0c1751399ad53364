import { v7 as uuidv7 } from 'uuid';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { isWorkbookError } from '../../shared/errors.js';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { encodeSyncFile, openSyncFile, unpack, SYNC_LIMITS, type SyncHeader } from '../../electron/sync/fileFormat.js';
import { importSyncFile, type ImportOptions } from '../../electron/sync/importFile.js';
import { listBackups } from '../../electron/workbook/backup.js';
import { createWorkbook } from '../../electron/workbook/open.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { FAST_SCRYPT, dump, joinFrom, resign } from './helpers.js';

/**
 * The corpus of bad files: one per way a file can be wrong. Each is refused
 * with its Norwegian message and leaves the workbook exactly as it was (same
 * dump, same change count, no backup taken).
 */
let dir: string;
let drammen: Workbook;
let mysen: Workbook;
let stranger: Workbook;
let good: Buffer;
let riskId: string;
let personId: string;

type Payload = Record<string, unknown> & {
  changes: unknown[][];
  replicas: { id: string; name: string; signingKey?: string }[];
  signatures?: { origin: number; stamps: string; signature: string }[];
};

async function partsOf(bytes: Buffer): Promise<{ header: SyncHeader; payload: Payload }> {
  const file = await openSyncFile(bytes);
  return { header: file.header, payload: JSON.parse(unpack(file).toString('utf8')) as Payload };
}

/** A file with a valid HMAC under a key (Drammen's) around whatever header and payload the test made. */
function signed(header: SyncHeader, payload: unknown, key = drammen.syncKey): Promise<Buffer> {
  return encodeSyncFile(header, Buffer.from(typeof payload === 'string' ? payload : JSON.stringify(payload)), key);
}

/** The good file with its payload changed, its HMAC and (unless `forge`) its origins' signatures made again. */
async function edited(change: (p: Payload) => void, options: { forge?: boolean } = {}): Promise<Buffer> {
  const { header, payload } = await partsOf(good);
  change(payload);
  if (!options.forge) resign(payload, drammen.workbookId, [drammen]);
  return signed({ ...header, changeCount: payload.changes.length }, payload);
}

/** The three parts of a plain file: header line, MAC line, compressed body. */
function split(bytes: Buffer): { header: string; mac: string; body: Buffer } {
  const a = bytes.indexOf(0x0a);
  const b = bytes.indexOf(0x0a, a + 1);
  return { header: bytes.subarray(0, a).toString('utf8'), mac: bytes.subarray(a + 1, b).toString('latin1'), body: bytes.subarray(b + 1) };
}

function join3(header: string, mac: string, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${header}\n${mac}\n`), body]);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'prosjektboka-badfiles-'));
  drammen = createWorkbook(join(dir, 'drammen.prosjektboka'), { empty: true, replicaName: 'Drammen' });
  personId = drammen.commands.create('person', { name: 'Kari Nordmann' });
  riskId = drammen.commands.create('risk', { title: 'Sykdom', probability: 2, consequence: 3, ownerId: personId });
  mysen = await joinFrom(drammen, dir, 'mysen', 'Mysen');
  stranger = createWorkbook(join(dir, 'annen.prosjektboka'), { empty: true, replicaName: 'Et annet prosjekt' });
  drammen.commands.update('risk', riskId, { title: 'Sykdom i prosjektgruppa' });
  drammen.commands.create('goal', { text: 'Lære av hverandre' });
  // Version 2, the JSON payload these cases edit by hand; version 3's columns have their own corpus (badColumns.test.ts).
  good = (await exportSyncFile(drammen, { formatVersion: 2 })).bytes;
});

afterAll(() => {
  for (const wb of [drammen, mysen, stranger]) wb.close();
  rmSync(dir, { recursive: true, force: true });
});

async function expectRefused(bytes: Buffer | Promise<Buffer>, code: string, words: RegExp, options: ImportOptions = {}): Promise<void> {
  const before = dump(mysen);
  const changes = mysen.changes.count();
  let error: unknown;
  try {
    await importSyncFile(mysen, await bytes, { what: 'mysen.pbsync', ...options });
  } catch (e) {
    error = e;
  }
  expect(isWorkbookError(error), String(error)).toBe(true);
  if (!isWorkbookError(error)) return;
  expect(error.code).toBe(code);
  expect(error.message).toMatch(words);
  expect(error.message).toMatch(/Ingenting er importert\./);
  expect(dump(mysen)).toBe(before);
  expect(mysen.changes.count()).toBe(changes);
  expect(listBackups(mysen.path)).toEqual([]);
}

describe('a bad sync file is refused with its own message and changes nothing', () => {
  it('a truncated file (half copied)', async () => {
    await expectRefused(good.subarray(0, Math.floor(good.length / 2)), 'sync_truncated', /ufullstendig/);
    await expectRefused(good.subarray(0, 1), 'sync_truncated', /ufullstendig/);
  });

  it('a corrupt file (bits flipped inside)', async () => {
    const { header, mac, body } = split(good);
    const damaged = Buffer.from(body);
    for (let i = 40; i < 60; i++) damaged[i] = damaged[i]! ^ 0x5a;
    await expectRefused(join3(header, mac, damaged), 'sync_corrupt', /skadet \(komprimeringen er ødelagt\)/);
    await expectRefused(join3(header.slice(0, -1), mac, body), 'sync_corrupt', /skadet \(hodet er ikke gyldig JSON\)/);
  });

  it('not a sync file: a text, an empty file, a workbook, another gzip', async () => {
    await expectRefused(Buffer.from('Referat fra møtet\n'), 'sync_not_a_sync_file', /ingen synkfil/);
    await expectRefused(Buffer.alloc(0), 'sync_not_a_sync_file', /ingen synkfil/);
    await expectRefused(Buffer.from('SQLite format 3\0rest of a workbook'), 'sync_not_a_sync_file', /ingen synkfil/);
    await expectRefused(gzipSync('{"hello":"world"}\n{}'), 'sync_not_a_sync_file', /ingen synkfil/);
  });

  it('a file from another workbook', async () => {
    const foreign = (await exportSyncFile(stranger, {})).bytes;
    await expectRefused(foreign, 'sync_other_workbook', /annen arbeidsbok/);
  });

  it('a tampered file: a value changed after it was made', async () => {
    const { header, mac, body } = split(good);
    const plain = gunzipSync(body).toString('utf8');
    const changedBody = gzipSync(Buffer.from(plain.replace('Sykdom i prosjektgruppa', 'Sykdom i styringsgruppa')));
    await expectRefused(join3(header, mac, changedBody), 'sync_tampered', /autentiseringen \(HMAC\) stemmer ikke/);
    await expectRefused(join3(header.replace('"Drammen"', '"Dramen"'), mac, body), 'sync_tampered', /endret etter at den ble laget/);
  });

  it('a file signed with another key', async () => {
    const { header, payload } = await partsOf(good);
    await expectRefused(signed(header, payload, stranger.syncKey), 'sync_tampered', /annen nøkkel/);
  });

  it('a header that disagrees with its payload', async () => {
    const { header, payload } = await partsOf(good);
    await expectRefused(signed({ ...header, changeCount: header.changeCount + 1 }, payload), 'sync_malformed', /hodet sier \d+ endringer/);
  });

  it('an encrypted file without its passphrase, and with a wrong one', async () => {
    const secret = (await exportSyncFile(drammen, { passphrase: 'korrekt hest batteri stift', scryptLogN: FAST_SCRYPT })).bytes;
    await expectRefused(secret, 'sync_passphrase_missing', /kryptert med passordfrase/);
    await expectRefused(secret, 'sync_passphrase_wrong', /Feil passordfrase/, { passphrase: 'feil' });
    await expectRefused(secret.subarray(0, secret.length - 40), 'sync_truncated', /ufullstendig/, { passphrase: 'korrekt hest batteri stift' });
  });

  it('a file from a newer format or a newer app', async () => {
    const { header, mac, body } = split(good);
    const h = JSON.parse(header) as Record<string, unknown>;
    const v2 = join3(JSON.stringify({ ...h, formatVersion: 2, minAppVersion: '2.0.0', somethingNew: true }), mac, body);
    await expectRefused(v2, 'sync_newer_format', /nyere versjon av Prosjektboka \(synkformat 2, krever versjon 2\.0\.0/);
    const newerApp = join3(JSON.stringify({ ...h, minAppVersion: '9.1.0' }), mac, body);
    await expectRefused(newerApp, 'sync_newer_format', /krever versjon 9\.1\.0/);
  });

  it('absurd sizes: a gzip bomb, a file over the limit, too many changes', async () => {
    // 600 MiB of zeros as concatenated gzip members: under a megabyte on disk.
    const member = gzipSync(Buffer.alloc(16 * 2 ** 20), { level: 9 });
    const { header, mac } = split(good);
    const bomb = join3(header, mac, Buffer.concat(Array.from({ length: 38 }, () => member)));
    expect(bomb.length).toBeLessThan(2 ** 20);
    await expectRefused(bomb, 'sync_too_large', /urimelig stor \(over 512 MiB\)/);
    await expectRefused(good, 'sync_too_large', /urimelig stor/, { limits: { ...SYNC_LIMITS, fileBytes: 100 } });
    await expectRefused(good, 'sync_too_large', /over 1 endringer/, { limits: { ...SYNC_LIMITS, changes: 1 } });
    await expectRefused(good, 'sync_too_large', /utpakket\) er urimelig stor/, { limits: { ...SYNC_LIMITS, plainBytes: 1000 } });
  });

  describe('malformed records, each named', () => {
    it('an unknown kind', async () => {
      await expectRefused(edited((p) => (p.changes[0]![0] = 'budget-forecast')), 'sync_malformed', /ukjent posttype «budget-forecast»/);
    });

    it('an unknown field', async () => {
      await expectRefused(edited((p) => (p.changes.find((c) => c[0] === 'risk')![2] = 'colour')), 'sync_malformed', /ukjent felt «colour» for risiko/);
    });

    it('a value out of range', async () => {
      await expectRefused(
        edited((p) => (p.changes.find((c) => c[0] === 'risk' && c[2] === 'probability')![5] = 7)),
        'sync_malformed',
        /risiko .*: probability: kan være høyst 5/,
      );
      await expectRefused(
        edited((p) => (p.changes.find((c) => c[0] === 'risk' && c[2] === 'title')![5] = '')),
        'sync_malformed',
        /title: kan ikke være tom/,
      );
    });

    it('a __proto__ key', async () => {
      const { header, payload } = await partsOf(good);
      const text = JSON.stringify(payload).replace('"replicas":[{', '"replicas":[{"__proto__":{"polluted":"yes"},');
      await expectRefused(signed(header, text), 'sync_malformed', /ulovlig nøkkel «__proto__»/);
      const { mac, body } = split(good);
      const headerText = JSON.stringify(header).replace('"versionVector":{', '"versionVector":{"__proto__":"0000000000000001-00000",');
      await expectRefused(join3(headerText, mac, body), 'sync_malformed', /hodet har en ulovlig nøkkel «__proto__»/);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      await expectRefused(edited((p) => (p.changes[0]![2] = '__proto__')), 'sync_malformed', /ukjent felt «__proto__»/);
    });

    it('duplicate ids: one change twice, one record id for two kinds, one installation twice', async () => {
      await expectRefused(edited((p) => p.changes.push([...p.changes[0]!])), 'sync_malformed', /står to ganger/);
      await expectRefused(
        edited((p) => {
          const goal = p.changes.find((c) => c[0] === 'goal')!;
          goal[1] = riskId;
        }),
        'sync_malformed',
        /post-id .* er brukt både for/,
      );
      await expectRefused(edited((p) => p.replicas.push({ ...p.replicas[0]! })), 'sync_malformed', /står to ganger i replicas/);
    });

    it('a change that is not an array, a bad record id, a bad clock', async () => {
      await expectRefused(edited((p) => ((p.changes as unknown[])[0] = { kind: 'risk' })), 'sync_malformed', /endring nr\. 1 har feil form/);
      await expectRefused(edited((p) => (p.changes[0]![1] = '../../etc/passwd')), 'sync_malformed', /ugyldig post-id/);
      await expectRefused(edited((p) => (p.changes[0]![3] = 'i morgen')), 'sync_malformed', /ugyldig tidsstempel/);
      await expectRefused(edited((p) => (p.changes[0]![4] = 99)), 'sync_malformed', /installasjon som ikke finnes/);
    });

    it('an edit of a record whose creation is not in the file or the workbook', async () => {
      await expectRefused(
        edited((p) => {
          const goalId = p.changes.find((c) => c[0] === 'goal')![1];
          p.changes = p.changes.filter((c) => !(c[1] === goalId && c[2] !== 'text'));
        }),
        'sync_malformed',
        /mangler feltet «number»/,
      );
    });

    it('a reference to a record nobody has', async () => {
      await expectRefused(
        edited((p) => {
          // A fresh id: one derived from an existing record could collide with it (a flaky test once).
          const id = uuidv7();
          const hlc = p.changes[p.changes.length - 1]![3];
          p.changes.push(['action', id, 'text', hlc, 0, 'Ring Kari']);
          for (const [field, value] of [['meetingId', null], ['ownerId', '0190f0e0-0000-7000-8000-00000000dead'], ['dueDate', null], ['status', 'open']]) {
            p.changes.push(['action', id, field, hlc, 0, value]);
          }
        }),
        'sync_malformed',
        /viser i feltet «ownerId» til 0190f0e0-0000-7000-8000-00000000dead/,
      );
    });

    it('a payload with an unknown top-level field, a header with a bad vector', async () => {
      await expectRefused(edited((p) => (p.extra = 1)), 'sync_malformed', /ukjent felt: extra/);
      const { header, payload } = await partsOf(good);
      await expectRefused(signed({ ...header, since: { 'ikke-en-id': '0000000000000001-00000' } }, payload), 'sync_malformed', /since har en ugyldig installasjons-id/);
    });
  });

  describe('forged origins, each named', () => {
    const goalText = (p: Payload) => p.changes.find((c) => c[0] === 'goal' && c[2] === 'text')!;

    it('a value changed in Drammen\'s name after Drammen signed it', async () => {
      await expectRefused(edited((p) => (goalText(p)[5] = 'Forfalsket'), { forge: true }), 'sync_forged', /2 endringer i navnet til «Drammen» som ikke er slik «Drammen» signerte dem/);
    });

    it('a change added in Drammen\'s name that Drammen never signed', async () => {
      await expectRefused(
        edited((p) => {
          const c = [...goalText(p)];
          c[3] = '9000000000000000-00000';
          c[5] = 'Lagt til av en annen';
          c[6] = [[goalText(p)[3], 0]];
          p.changes.push(c);
        }, { forge: true }),
        'sync_forged',
        /1 endring i navnet til «Drammen» som «Drammen» ikke har signert/,
      );
    });

    it('a signature that does not verify', async () => {
      await expectRefused(
        edited((p) => {
          // The batch of the new changes: the ones Mysen holds already are not checked again.
          const s = p.signatures![p.signatures!.length - 1]!;
          s.signature = `${s.signature[0] === 'A' ? 'B' : 'A'}${s.signature.slice(1)}`;
        }, { forge: true }),
        'sync_forged',
        /signaturen til «Drammen» stemmer ikke/,
      );
    });

    it('another key claimed for Drammen', async () => {
      await expectRefused(
        edited((p) => (p.replicas[0]!.signingKey = stranger.signatures.publicKey(stranger.replicaId)!), { forge: true }),
        'sync_forged',
        /annen signeringsnøkkel for «Drammen»/,
      );
    });

    it('changes in the name of the importing installation itself that it never made', async () => {
      await expectRefused(
        edited((p) => {
          p.replicas.push({ id: mysen.replicaId, name: 'Mysen' });
          const c = [...goalText(p)];
          c[3] = '9000000000000000-00000';
          c[4] = p.replicas.length - 1;
          c[5] = 'I Mysens navn';
          c.length = 6;
          p.changes.push(c);
        }, { forge: true }),
        'sync_forged',
        /i navnet til denne installasjonen som den aldri har laget/,
      );
    });

    it('signatures in a version 1 file, and a version 2 header without counts', async () => {
      const { header, payload } = await partsOf(good);
      await expectRefused(signed({ ...header, formatVersion: 1, counts: undefined }, payload), 'sync_malformed', /synkformat 1 har verken signaturer eller nøkler/);
      await expectRefused(signed({ ...header, counts: undefined }, payload), 'sync_malformed', /hodet mangler «counts»/);
    });

    it('a value of the wrong type says which type it should have', async () => {
      await expectRefused(
        edited((p) => (p.changes.find((c) => c[0] === 'risk' && c[2] === 'probability')![5] = 'høy')),
        'sync_malformed',
        /probability: har feil type \(venter tall\)/,
      );
    });
  });

  it('and the good file, after all that, imports', async () => {
    const report = await importSyncFile(mysen, good, { backup: false });
    expect(report.applied).toBeGreaterThan(0);
    expect(dump(mysen)).toBe(dump(drammen));
  });
});
