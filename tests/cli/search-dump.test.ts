import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  UUID_V7, copyWorkbook, makeSeed, rowWhere, runJson, runOk, snapshotDir, type Dump, type Row, type Seed,
} from './run.js';

interface Hit {
  kind: string;
  id: string;
  title: string;
  snippet: string;
}

let seed: Seed;
let dumpText: string;
let dump: Dump;
let milestone4: Row;
let milestone5: Row;

beforeAll(async () => {
  seed = await makeSeed();
  dumpText = await runOk('dump', seed.path);
  dump = JSON.parse(dumpText) as Dump;
  milestone4 = rowWhere(dump.records.milestone!, 'number', 4);
  milestone5 = rowWhere(dump.records.milestone!, 'number', 5);
});
afterAll(() => seed.remove());

describe('search', () => {
  // The seed keeps the plan's typos: milestone 4 says "innbyggerundersøkelse",
  // milestone 5 "Innbyggerundersøkesle", so only a prefix search finds both.
  it('finds the milestone, budget line and plan sections that say innbyggerundersøkelse (--json)', async () => {
    expect(milestone4.description).toBe('Anskaffet byrå til å gjennomføre innbyggerundersøkelse');
    const hits = await runJson<Hit[]>('search', seed.path, 'innbyggerundersøkelse', '--json');
    for (const hit of hits) {
      expect(Object.keys(hit).sort()).toEqual(['id', 'kind', 'snippet', 'title']);
      expect(hit.id).toMatch(UUID_V7);
    }
    expect(hits).toContainEqual(expect.objectContaining({ kind: 'milestone', id: milestone4.id, title: milestone4.description }));
    const line = rowWhere(dump.records['budget-line']!, 'description', 'Innbyggerundersøkelser');
    expect(hits).toContainEqual(expect.objectContaining({ kind: 'budget-line', id: line.id }));
    // A match in a body is shown in a snippet with the word in brackets.
    expect(hits.some((h) => h.kind === 'section' && h.snippet.includes('[innbyggerundersøkelse]'))).toBe(true);
    // Only records that mention the word (as a prefix) are hits.
    expect(hits.every((h) => `${h.title} ${h.snippet}`.toLowerCase().includes('innbyggerundersøkelse'))).toBe(true);
    expect(hits.map((h) => h.id)).not.toContain(milestone5.id);
  });

  it('matches words inside compounds and lists the hits readably', async () => {
    const out = await runOk('search', seed.path, 'innbygger');
    expect(out).toContain(`milepæl  ${milestone4.id}  Anskaffet byrå til å gjennomføre innbyggerundersøkelse\n`);
    expect(out).toContain(`milepæl  ${milestone5.id}  ${String(milestone5.description)}\n`);
    expect(out).toMatch(/^budsjettlinje {2}\S+ {2}Innbyggerundersøkelser$/m);
    expect(out).toMatch(/^ {4}….*\[innbygger\]torg/m);
  });

  it('says so when nothing matches', async () => {
    expect(await runOk('search', seed.path, 'xylofonorkester')).toBe('(ingen treff)\n');
  });

  it.each(['"*', 'NEAR(', '"innbyggerundersøkelse*'])('does not crash on FTS syntax: %s', async (query) => {
    expect(await runJson<Hit[]>('search', seed.path, query, '--json')).toEqual(
      // The words in the query still count; the syntax characters do not.
      query.includes('innbygger') ? expect.arrayContaining([expect.objectContaining({ id: milestone4.id })]) : [],
    );
  });

  it('finds a new meeting by a word from its minutes, and stops finding it when the minutes change', async () => {
    const file = copyWorkbook(seed.path);
    const id = (await runOk(
      'add', file, 'meeting', 'title=Arbeidsmøte i prosjektgruppe A', 'startsAt=2022-05-02T09:30', 'type=project_group',
      'minutes=Vi gikk gjennom sommerfuglmodellen og ble enige om neste steg.',
    )).trim();
    expect(id).toMatch(UUID_V7);
    const hits = await runJson<Hit[]>('search', file, 'Sommerfuglmodellen', '--json');
    expect(hits).toEqual([
      { kind: 'meeting', id, title: 'Arbeidsmøte i prosjektgruppe A', snippet: expect.stringContaining('[sommerfuglmodellen]') as string },
    ]);

    expect(await runOk('update', file, 'meeting', id, 'minutes=Referatet er flyttet.')).toBe('Endret minutes\n');
    expect(await runJson<Hit[]>('search', file, 'sommerfuglmodellen', '--json')).toEqual([]);
  });
});

describe('dump', () => {
  it('is byte-identical when run twice, and does not write to the workbook', async () => {
    const files = snapshotDir(seed.dir);
    expect(await runOk('dump', seed.path)).toBe(dumpText);
    expect(snapshotDir(seed.dir)).toEqual(files);
  });

  it('is JSON with every object\'s keys sorted', () => {
    const unsorted: string[] = [];
    const visit = (v: unknown, path: string): void => {
      if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${path}[${i}]`));
      else if (v !== null && typeof v === 'object') {
        const keys = Object.keys(v);
        if (keys.join('\u0000') !== [...keys].sort().join('\u0000')) unsorted.push(path || '(top)');
        for (const k of keys) visit((v as Record<string, unknown>)[k], `${path}.${k}`);
      }
    };
    visit(dump, '');
    expect(unsorted).toEqual([]);
    expect(dumpText.endsWith('}\n')).toBe(true);
  });

  it('holds the whole seed plan', () => {
    expect(dump.format).toBe('prosjektboka-dump');
    expect(dump.version).toBe(1);
    expect(dump.workbookId).toMatch(UUID_V7);
    const counts = Object.fromEntries(Object.entries(dump.records).map(([k, rows]) => [k, rows.length]));
    expect(counts).toMatchObject({
      project: 1, period: 2, section: 6, goal: 6, group: 6, person: 26, milestone: 13, risk: 9, meeting: 0, action: 0,
      lesson: 0, 'change-entry': 0, 'status-report': 0,
    });
    expect(Object.keys(dump.records)).toHaveLength(19);
    expect(Object.values(dump.deleted).every((ids) => ids.length === 0)).toBe(true);
    // Records by id within each kind.
    for (const rows of Object.values(dump.records)) {
      const ids = rows.map((r) => r.id);
      expect(ids).toEqual([...ids].sort());
    }
    expect(dump.records.project![0]!.title).toBe('Beste praksis for bibliotek og innbyggertorg');
  });
});
