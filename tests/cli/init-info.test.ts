import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NBSP, UUID_V7, copyWorkbook, expectOneLineError, freshDir, makeSeed, run, runJson, runOk, snapshotDir, type Seed,
} from './run.js';

interface Info {
  title: string;
  workbookId: string;
  replica: { id: string; name: string };
  counts: Record<string, number>;
  budget: {
    periods: { label: string; expenses: number; income: number }[];
    expenses: number;
    income: number;
    balanced: boolean;
  };
  riskMatrix: { consequence: number; probability: number; risks: number[] }[];
}

const SEED_TITLE = 'Beste praksis for bibliotek og innbyggertorg';
const kr = (groups: string) => `${groups.replaceAll(' ', NBSP)}${NBSP}kr`;

let seed: Seed;

beforeAll(async () => {
  seed = await makeSeed('--replica-name', 'Mysen bibliotek');
});
afterAll(() => seed.remove());

describe('init', () => {
  it('creates the seed workbook as one file, says so, and leaves no temporary files behind', () => {
    // makeSeed ran `init <file> --replica-name …` in beforeAll; check what it printed and left.
    expect(seed.init).toEqual({ code: 0, stdout: `Laget ${seed.path}\n`, stderr: '' });
    expect(seed.filesAfterInit).toEqual(['seed.prosjektboka']);
  });

  it('refuses to overwrite an existing workbook and leaves its bytes unchanged', async () => {
    const file = copyWorkbook(seed.path);
    const dir = join(file, '..');
    const before = snapshotDir(dir);
    expectOneLineError(await run('init', file, '--empty'), 2, file, 'finnes allerede');
    expect(snapshotDir(dir)).toEqual(before);
  });

  it('refuses to overwrite any existing file, not just workbooks', async () => {
    const dir = freshDir();
    const file = join(dir, 'notater.txt');
    writeFileSync(file, 'Viktige notater, ikke slett\n');
    const before = snapshotDir(dir);
    expectOneLineError(await run('init', file), 2, file, 'finnes allerede');
    expect(snapshotDir(dir)).toEqual(before);
  });

  it('refuses a folder that does not exist, with exit 2, naming it, and creates nothing', async () => {
    const dir = freshDir();
    const file = join(dir, 'mangler', 'ny.prosjektboka');
    expectOneLineError(await run('init', file), 2, join(dir, 'mangler'));
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('info --json', () => {
  it('pins the seed plan: title, counts, budget and risk matrix', async () => {
    const info = await runJson<Info>('info', seed.path, '--json');
    expect(info.title).toBe(SEED_TITLE);
    expect(info.workbookId).toMatch(UUID_V7);
    expect(info.replica.name).toBe('Mysen bibliotek');
    expect(info.counts).toMatchObject({
      goals: 6, groups: 6, people: 26, milestones: 13, risks: 9, meetings: 0, actions: 0,
    });
    expect(info.budget).toEqual({
      periods: [
        { label: 'Prosjektår 1', expenses: 1_170_000, income: 1_170_000 },
        { label: 'Prosjektår 2', expenses: 1_170_000, income: 1_170_000 },
      ],
      expenses: 2_340_000,
      income: 2_340_000,
      balanced: true,
    });
    // One entry per non-empty cell; compared as a set of cells.
    const cells = [...info.riskMatrix].sort((a, b) => a.consequence - b.consequence || a.probability - b.probability);
    expect(cells).toEqual([
      { consequence: 3, probability: 2, risks: [5, 7] },
      { consequence: 3, probability: 3, risks: [6] },
      { consequence: 4, probability: 1, risks: [3, 4] },
      { consequence: 4, probability: 3, risks: [2, 8] },
      { consequence: 4, probability: 4, risks: [1] },
      { consequence: 5, probability: 3, risks: [9] },
    ]);
  });
});

describe('info (readable)', () => {
  it('shows the title, counts and kroner with no-break spaces', async () => {
    const out = await runOk('info', seed.path);
    const lines = out.split('\n');
    expect(lines[0]).toBe(SEED_TITLE);
    expect(out).toContain('Installasjon: Mysen bibliotek');
    expect(out).toMatch(/Mål: 6 +Grupper: 6 +Personer: 26 +Milepæler: 13/);
    expect(out).toMatch(/Risikoer: 9 +Møter: 0 +Oppgaver: 0/);
    expect(out).toContain(`Prosjektår 1: utgifter ${kr('1 170 000')}, inntekter ${kr('1 170 000')}`);
    expect(out).toContain(`Prosjektår 2: utgifter ${kr('1 170 000')}, inntekter ${kr('1 170 000')}`);
    expect(out).toContain(`Totalt: utgifter ${kr('2 340 000')}, inntekter ${kr('2 340 000')} – i balanse`);
    // Risk 1: consequence 4 (Alvorlig) × probability 4 (Høy); risk 9: 5 × 3.
    expect(out).toContain('Alvorlig × Høy: risiko 1\n');
    expect(out).toContain('Veldig alvorlig × Moderat: risiko 9\n');
    expect(out).toContain('Alvorlig × Moderat: risiko 2, 8\n');
    expect(out).not.toContain('1 170 000'); // ordinary spaces would break across lines
  });
});

describe('init --empty', () => {
  it('makes a workbook with nothing in it', async () => {
    const dir = freshDir();
    const file = join(dir, 'tom.prosjektboka');
    await runOk('init', file, '--empty', '--replica-name', 'Drammen bibliotek');
    const info = await runJson<Info>('info', file, '--json');
    expect(info.title).toBe('');
    expect(info.replica.name).toBe('Drammen bibliotek');
    expect(Object.values(info.counts).every((n) => n === 0)).toBe(true);
    expect(info.counts).toMatchObject({
      goals: 0, groups: 0, people: 0, milestones: 0, risks: 0, meetings: 0, actions: 0,
    });
    expect(info.budget).toEqual({ periods: [], expenses: 0, income: 0, balanced: true });
    expect(info.riskMatrix).toEqual([]);

    const out = await runOk('info', file);
    expect(out).toContain('Risikoer: 0');
    expect(out).toContain(`Totalt: utgifter 0${NBSP}kr, inntekter 0${NBSP}kr – i balanse`);
    expect(out).not.toContain('risiko ');
  });
});
