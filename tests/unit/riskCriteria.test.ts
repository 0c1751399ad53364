import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordSchema } from '../../shared/model/kinds.js';
import { describeIssue } from '../../shared/model/validation.js';
import { word } from '../../shared/messages/catalogue.js';
import {
  bandProblems, decisionFields, DEFAULT_ZONE_BANDS, POSSIBLE_SCORES, riskCriteria, zoneOfScore, zoneScoreRange,
  type ZoneBand, type ZoneBands,
} from '../../shared/rules/riskCriteria.js';
import { matrixCells, riskZone } from '../../shared/rules/riskMatrix.js';

const bands = (g: [number, number], y: [number, number], r: [number, number]): ZoneBands => [
  { from: g[0], to: g[1] }, { from: y[0], to: y[1] }, { from: r[0], to: r[1] },
];

/** Valid bands: two cut points between possible scores, green below the first, red from the second. */
const validBands = fc
  .uniqueArray(fc.integer({ min: 1, max: POSSIBLE_SCORES.length - 1 }), { minLength: 2, maxLength: 2 })
  .map(([a, b]) => [Math.min(a!, b!), Math.max(a!, b!)] as const)
  .map(([i, j]): ZoneBands => bands([1, POSSIBLE_SCORES[i - 1]!], [POSSIBLE_SCORES[i]!, POSSIBLE_SCORES[j - 1]!], [POSSIBLE_SCORES[j]!, 25]));

describe('the risk acceptance criteria', () => {
  it('today\'s zones (1–4, 5–12, 15–25) are the default, a proposal until someone decides', () => {
    const c = riskCriteria(null);
    expect(c.bands).toEqual(DEFAULT_ZONE_BANDS);
    expect(c.labels).toBe('plan');
    expect(c.decision).toBeNull();
    expect(bandProblems(DEFAULT_ZONE_BANDS)).toEqual([]);
    expect(riskZone(4, 4, c.bands)).toBe('red');
    expect(riskZone(3, 4, c.bands)).toBe('yellow');
    expect(riskZone(2, 2, c.bands)).toBe('green');
  });

  it('every score 1–25 falls in exactly one zone, under any valid criteria', () => {
    fc.assert(
      fc.property(validBands, fc.integer({ min: 1, max: 25 }), (b, score) => {
        expect(bandProblems(b)).toEqual([]);
        const zone = zoneOfScore(score, b);
        expect(['green', 'yellow', 'red']).toContain(zone);
        // A possible score lies inside exactly one band as the user wrote them, and that band is its zone.
        if (POSSIBLE_SCORES.includes(score)) {
          const holding = b.filter((x) => score >= x.from && score <= x.to);
          expect(holding).toHaveLength(1);
          expect(['green', 'yellow', 'red'][b.indexOf(holding[0]!)]).toBe(zone);
        }
      }),
    );
  });

  it('zones never run backwards: a higher score is never in a milder zone', () => {
    const rank = { green: 0, yellow: 1, red: 2 };
    fc.assert(
      fc.property(validBands, fc.integer({ min: 1, max: 25 }), fc.integer({ min: 1, max: 25 }), (b, s, t) => {
        if (s <= t) expect(rank[zoneOfScore(s, b)]).toBeLessThanOrEqual(rank[zoneOfScore(t, b)]);
      }),
    );
  });

  it('the matrix places each cell by the criteria given', () => {
    const strict = bands([1, 2], [3, 6], [8, 25]);
    const cells = matrixCells([], strict);
    expect(cells.find((c) => c.probability === 2 && c.consequence === 4)!.zone).toBe('red');
    expect(cells.find((c) => c.probability === 1 && c.consequence === 3)!.zone).toBe('yellow');
    expect(zoneScoreRange('red', strict)).toEqual({ from: 8, to: 25 });
  });

  it('thresholds that make no sense are refused with a message that says what is wrong', () => {
    const problem = (b: ZoneBand[]) => bandProblems(b).map((p) => p.key);
    expect(problem([...bands([1, 6], [5, 12], [15, 25])])).toEqual(['riskCriteria.overlap']);
    expect(problem([...bands([1, 4], [6, 12], [15, 25])])).toEqual(['riskCriteria.gap']);
    expect(problem([...bands([2, 4], [5, 12], [15, 25])])).toEqual(['riskCriteria.gap']);
    expect(problem([...bands([1, 4], [5, 12], [15, 30])])).toEqual(['riskCriteria.outside']);
    expect(problem([...bands([0, 4], [5, 12], [15, 25])])).toEqual(['riskCriteria.outside']);
    expect(problem([...bands([1, 4], [12, 5], [15, 25])])).toEqual(['riskCriteria.reversed']);
    expect(problem([...bands([1, 4], [13, 14], [15, 25])])).toEqual(['riskCriteria.empty']);
    // 13 and 14 are no score of a 5 × 5 matrix: «5–12» then «15–25» leaves nothing out.
    expect(problem([...bands([1, 4], [5, 12], [15, 25])])).toEqual([]);

    const schema = recordSchema('project').shape.riskZones!;
    const result = schema.safeParse(bands([1, 6], [5, 12], [15, 25]));
    expect(result.success).toBe(false);
    const issue = describeIssue(result.error!.issues[0]!);
    expect(word(issue.text, 'nb')).toBe('grønn og gul sone overlapper: 5–6 ligger i begge');
    expect(word(issue.text, 'en')).toBe('the green and yellow zones overlap: 5–6 lie in both');
    const gap = schema.safeParse(bands([1, 4], [6, 12], [15, 25]));
    expect(word(describeIssue(gap.error!.issues[0]!).text, 'nb')).toBe('verdien 5 faller ikke i noen sone');
  });

  it('a decision holds for what it decided; thresholds or names changed since make them a proposal again', () => {
    const proposal = riskCriteria({ riskZones: bands([1, 3], [4, 10], [12, 25]), riskZoneLabels: 'dsb' });
    const decided = { riskZones: proposal.bands, riskZoneLabels: 'dsb' as const, ...decisionFields(proposal, '2022-05-12', null, ' Styringsgruppa ') };
    expect(riskCriteria(decided).decision).toEqual({ on: '2022-05-12', byId: null, by: 'Styringsgruppa' });
    const edited = riskCriteria({ ...decided, riskZones: bands([1, 4], [5, 10], [12, 25]) });
    expect(edited.decision).toBeNull();
    expect(edited.changedSinceDecision).toBe(true);
    expect(riskCriteria({ ...decided, riskZoneLabels: 'plan' }).decision).toBeNull();
  });
});
