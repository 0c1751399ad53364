import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyWorkbook, expectOneLineError, makeSeed, run, runJson, runOk, runProcess, snapshotDir, type Seed } from './run.js';

/**
 * `prosjektboka criteria show|set|decide` on real workbook files: the risk acceptance criteria
 * shown, changed (a proposal again) and decided, as the Risiko screen's criteria panel does it;
 * every bad argument refused in one line that names it, with the folder's files unchanged.
 */
let seed: Seed;
beforeAll(async () => {
  seed = await makeSeed();
});
afterAll(() => seed.remove());

interface Shown {
  zones: { zone: string; from: number; to: number; name: string }[];
  labels: string;
  decided: { on: string; personId: string | null; by: string } | null;
  changedSinceDecision: boolean;
}

describe('criteria show', () => {
  it('shows the seed plan’s zones as a proposal, in words and as JSON', async () => {
    expect(await runOk('criteria', 'show', seed.path)).toBe([
      'Akseptkriterier: forslag, ikke vedtatt.',
      'grønn: 1–4 – Akseptabel',
      'gul: 5–12 – Tiltak må vurderes',
      'rød: 15–25 – Uakseptabel, tiltak nødvendig',
      'Navn på sonene: prosjektplanens (plan)',
      '',
    ].join('\n'));
    const shown = await runJson<Shown>('criteria', 'show', seed.path, '--json');
    expect(shown.zones.map((z) => [z.zone, z.from, z.to])).toEqual([['green', 1, 4], ['yellow', 5, 12], ['red', 15, 25]]);
    expect(shown).toMatchObject({ labels: 'plan', decided: null, changedSinceDecision: false });
    expect(await runOk('criteria', 'show', seed.path, '--lang', 'en')).toContain('Acceptance criteria: a proposal, not decided.\ngreen: 1–4 – Acceptable');
  });

  it('runs as its own process from bin/prosjektboka.js', async () => {
    const r = await runProcess(['criteria', 'show', seed.path]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('Akseptkriterier: forslag, ikke vedtatt.');
  });
});

describe('criteria set and decide', () => {
  it('sets the zones and names, decides them, and a later change makes them a proposal again', async () => {
    const file = copyWorkbook(seed.path);
    expect(await runOk('criteria', 'set', file, '--zones', '1-3, 4–10,12-25', '--labels', 'DSB')).toContain('grønn: 1–3 – Lav risiko');
    expect(await runOk('criteria', 'decide', file, '--on', '15.03.2022', '--by', 'Styringsgruppa', '--person', 'ina synøve borsheim'))
      .toMatch(/^Akseptkriterier: vedtatt 15\.03\.2022 av Ina Synøve Borsheim, Styringsgruppa\.\n/);
    let shown = await runJson<Shown>('criteria', 'show', file, '--json');
    expect(shown.zones.map((z) => [z.from, z.to, z.name])).toEqual([[1, 3, 'Lav risiko'], [4, 10, 'Middels risiko'], [12, 25, 'Høy risiko']]);
    expect(shown.decided).toMatchObject({ on: '2022-03-15', by: 'Ina Synøve Borsheim, Styringsgruppa' });
    expect(shown.decided!.personId).toMatch(/^[0-9a-f-]{36}$/);
    // The same fields as the app writes: the project record holds them.
    const project = (await runJson<{ riskZoneLabels: string; riskCriteriaDecidedBy: string }[]>('list', file, 'project', '--json'))[0]!;
    expect(project).toMatchObject({ riskZoneLabels: 'dsb', riskCriteriaDecidedBy: 'Styringsgruppa' });

    expect(await runOk('criteria', 'set', file, '--labels', 'plan')).toMatch(/^Akseptkriterier: forslag, endret etter vedtaket 15\.03\.2022\.\n/);
    shown = await runJson<Shown>('criteria', 'show', file, '--json');
    expect(shown).toMatchObject({ decided: null, changedSinceDecision: true, labels: 'plan' });
    // Setting what is already there changes nothing, and says so.
    expect(await runOk('criteria', 'set', file, '--labels', 'plan')).toMatch(/^Ingen endring\n/);
  });

  it('decides today when no date is given', async () => {
    const file = copyWorkbook(seed.path);
    await runOk('criteria', 'decide', file, '--by', 'Styringsgruppa');
    const shown = await runJson<Shown>('criteria', 'show', file, '--json');
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(shown.decided).toMatchObject({ on: iso, personId: null, by: 'Styringsgruppa' });
  });

  it('refuses every bad argument in one line naming it, and writes nothing', async () => {
    const file = copyWorkbook(seed.path);
    const dir = join(file, '..');
    const before = snapshotDir(dir);
    const refusals: [string[], ...string[]][] = [
      [['set', file], 'criteria set trenger --zones, --labels eller begge'],
      [['set', file, '--zones', '1-4,5-12'], '--zones «1-4,5-12»', '1-4,5-12,15-25'],
      [['set', file, '--zones', 'lav,middels,høy'], '--zones «lav,middels,høy»'],
      [['set', file, '--zones', '1-4,6-12,15-25'], '--zones «1-4,6-12,15-25»', 'verdien 5 faller ikke i noen sone'],
      [['set', file, '--zones', '1-4,4-12,15-25'], 'grønn og gul sone overlapper'],
      [['set', file, '--zones', '0-4,5-12,15-30'], 'grønn sone: grensene må være hele tall fra 1 til 25', 'rød sone'],
      [['set', file, '--zones', '1-4,5-12,15-25', '--labels', 'ros'], '--labels «ros»', 'plan, dsb'],
      [['decide', file], 'criteria decide trenger hvem som vedtok', '--by', '--person'],
      [['decide', file, '--by', '   '], 'criteria decide trenger hvem som vedtok'],
      [['decide', file, '--by', 'Styringsgruppa', '--on', '31.02.2022'], '--on «31.02.2022» er ingen gyldig dato'],
      [['decide', file, '--by', 'Styringsgruppa', '--on', 'i går'], '--on «i går»'],
      [['decide', file, '--person', 'Ingen Slik'], 'Finner ingen person', '«Ingen Slik»'],
      [['set', file, '--zone', '1-4,5-12,15-25'], '--zone'],
      [['vedta', file], 'vedta'],
    ];
    for (const [args, ...needles] of refusals) {
      expectOneLineError(await run('criteria', ...args), 2, ...needles);
      expect(snapshotDir(dir), args.join(' ')).toEqual(before);
    }
    const english = await run('criteria', 'set', file, '--zones', '1-4,6-12,15-25', '--lang', 'en');
    expectOneLineError(english, 2, '--zones «1-4,6-12,15-25»: the score 5 falls in no zone. Nothing was changed.');
    expect(snapshotDir(dir)).toEqual(before);
  });
});
