import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exchangeWithFolder, ownFolderFileName } from '../../electron/sync/syncFolder.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';
import { dump, joinFrom } from './helpers.js';

/**
 * Twenty installations (five møteplasser, Drammen's local libraries …) on one
 * shared folder, exchanging at random moments in random order, with random
 * edits, while the folder's engine leaves what engines leave: a file half
 * written under its own name (an SMB copy in progress), conflict copies of
 * other installations' files and of one's own, partial files. After enough
 * rounds every installation dumps the same workbook, open conflicts included.
 * The run is seeded (PROSJEKTBOKA_SIM_SEED to try others), so a failure repeats.
 */
const INSTALLATIONS = 20;
const RANDOM_ROUNDS = 6;

describe('twenty installations through one sync folder', () => {
  const tmp = useTempDir();

  it('converge to one workbook whatever the timing, order and litter', { timeout: 900_000 }, async () => {
    const seed = Number(process.env.PROSJEKTBOKA_SIM_SEED ?? 20261203);
    const rand = seeded(seed);
    const pick = <T,>(list: readonly T[]): T => list[rand.nextInt(0, list.length - 1)]!;
    const chance = (p: number) => rand.nextDouble() < p;

    const first = tmp.track(newWorkbook(tmp.dir(), 'i0.prosjektboka', { empty: true, replicaName: 'Installasjon 0' }));
    for (let i = 0; i < 40; i++) first.commands.create('goal', { text: `Mål ${i}` });
    const all: Workbook[] = [first];
    for (let i = 1; i < INSTALLATIONS; i++) all.push(tmp.track(await joinFrom(first, tmp.dir(), `i${i}`, `Installasjon ${i}`)));
    const folder = join(tmp.dir(), 'Delt');
    mkdirSync(folder);
    let deletes = 0;
    const exchange = (wb: Workbook) => exchangeWithFolder(wb, folder, { backup: false });

    for (let round = 0; round < RANDOM_ROUNDS; round++) {
      const order = shuffle(all, rand);
      for (const wb of order) {
        if (!chance(0.6)) continue;
        // Edits: texts (concurrent ones meet as conflicts), new goals, now and then a delete.
        const goals = wb.records.list('goal');
        for (let e = rand.nextInt(0, 3); e > 0; e--) {
          const roll = rand.nextDouble();
          if (roll < 0.6) wb.commands.update('goal', pick(goals).id, { text: `${wb.replicaName}: ${rand.nextInt(0, 999)}` });
          else if (roll < 0.9) wb.commands.create('goal', { text: `Nytt fra ${wb.replicaName}` });
          else if (deletes < 3) {
            wb.commands.delete('goal', pick(goals).id);
            deletes++;
          }
        }
        litter(folder, all, rand);
        const r = await exchange(wb);
        // Nothing garbage was imported: every skip is one of the engine's leftovers or a file not whole yet.
        for (const s of r.skipped) expect(s.text.key).toMatch(/^sync\.(folder_in_transfer|folder_own_copy|truncated|corrupt|not_a_sync_file|gap)$/);
        expect(r.heldBack).toEqual([]);
      }
    }

    // The engine catches up: no more litter; everyone exchanges until nobody has anything new to write.
    let quiet = false;
    for (let round = 0; round < 10 && !quiet; round++) {
      quiet = true;
      for (const wb of shuffle(all, rand)) if ((await exchange(wb)).written) quiet = false;
    }
    expect(quiet).toBe(true);
    const expected = dump(all[0]!);
    for (const wb of all) expect(dump(wb)).toBe(expected);
    expect(all[0]!.records.list('goal').length).toBeGreaterThan(40 - 3);
  });
});

/** What sync engines leave in a folder, now and then: a half-synced file, conflict copies, partial files. */
function litter(folder: string, all: readonly Workbook[], rand: Rand): void {
  const files = all.map(ownFolderFileName).filter((f) => existsSync(join(folder, f)));
  if (files.length === 0) return;
  const file = files[rand.nextInt(0, files.length - 1)]!;
  const bytes = readFileSync(join(folder, file));
  const roll = rand.nextDouble();
  if (roll < 0.1) writeFileSync(join(folder, file), bytes.subarray(0, rand.nextInt(1, bytes.length - 1))); // half written in place
  else if (roll < 0.2) copyFileSync(join(folder, file), join(folder, file.replace('.pbsync', ` (${rand.nextInt(1, 3)}).pbsync`)));
  else if (roll < 0.3) copyFileSync(join(folder, file), join(folder, file.replace('.pbsync', '.sync-conflict-20261203-101010-ABCDEFG.pbsync')));
  else if (roll < 0.4) writeFileSync(join(folder, `.syncthing.${file}.tmp`), bytes.subarray(0, bytes.length >> 1));
  else if (roll < 0.45) writeFileSync(join(folder, file.replace('.pbsync', '-DESKTOP-ABC.pbsync')), bytes.subarray(0, bytes.length >> 1)); // a broken copy
  expect(readdirSync(folder).length).toBeGreaterThan(0);
}

function shuffle<T>(list: readonly T[], rand: Rand): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rand.nextInt(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Rand {
  nextDouble(): number;
  /** An integer from min to max, both included. */
  nextInt(min: number, max: number): number;
}

/** mulberry32: small, fast and the same on every machine. */
function seeded(seed: number): Rand {
  let a = seed >>> 0;
  const nextDouble = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { nextDouble, nextInt: (min, max) => min + Math.floor(nextDouble() * (max - min + 1)) };
}
