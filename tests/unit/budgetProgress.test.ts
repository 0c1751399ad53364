import { describe, expect, it } from 'vitest';
import { budgetTotals } from '../../shared/rules/budget.js';
import { actualsByPeriod, percentOf, spendingPace } from '../../shared/rules/budgetProgress.js';

const YEAR1 = { id: 'p1', startDate: '2021-09-01', endDate: '2022-09-01' };
const YEAR2 = { id: 'p2', startDate: '2022-09-01', endDate: '2023-08-31' };
const PERIODS = [YEAR1, YEAR2];
const LINES = [
  { id: 'ledelse', type: 'expense' as const },
  { id: 'undersokelser', type: 'expense' as const },
  { id: 'egeninnsats', type: 'income' as const },
];
// A small plan: 600 000 kr of expenses each year.
const PLANS = [
  { lineId: 'ledelse', periodId: 'p1', amount: 400_000 },
  { lineId: 'undersokelser', periodId: 'p1', amount: 200_000 },
  { lineId: 'ledelse', periodId: 'p2', amount: 400_000 },
  { lineId: 'undersokelser', periodId: 'p2', amount: 200_000 },
  { lineId: 'egeninnsats', periodId: 'p1', amount: 600_000 },
  { lineId: 'egeninnsats', periodId: 'p2', amount: 600_000 },
];

describe('actual amounts per project year', () => {
  it('sums entries per line and year, with the overlap day counted in year 2', () => {
    const { amounts, outside } = actualsByPeriod(PERIODS, [
      { lineId: 'ledelse', date: '2021-10-01', amount: 10_000 },
      { lineId: 'ledelse', date: '2022-08-31', amount: 5_000 },
      { lineId: 'ledelse', date: '2022-09-01', amount: 7_000 },
      { lineId: 'undersokelser', date: '2021-12-01', amount: 80_000 },
    ]);
    expect(outside).toEqual([]);
    expect(amounts).toEqual(expect.arrayContaining([
      { lineId: 'ledelse', periodId: 'p1', amount: 15_000 },
      { lineId: 'ledelse', periodId: 'p2', amount: 7_000 },
      { lineId: 'undersokelser', periodId: 'p1', amount: 80_000 },
    ]));
    expect(budgetTotals(['p1', 'p2'], LINES, amounts).periods.map((p) => p.expenses)).toEqual([95_000, 7_000]);
  });

  it('keeps entries dated outside the project apart instead of guessing a year', () => {
    const early = { lineId: 'ledelse', date: '2021-08-15', amount: 1_000 };
    expect(actualsByPeriod(PERIODS, [early])).toEqual({ amounts: [], outside: [early] });
  });
});

describe('spending pace: the plan’s risk 8, "Vi bruker for lite penger første året"', () => {
  it('warns half-way through year 1 when less than 80 % of the pro-rata plan is spent', () => {
    const today = '2022-03-02'; // 183 of 366 days: half of year 1
    const [y1, y2] = spendingPace(PERIODS, LINES, PLANS, [
      { lineId: 'ledelse', date: '2021-11-01', amount: 100_000 },
      { lineId: 'egeninnsats', date: '2021-11-01', amount: 500_000 }, // income is not spending
    ], today);
    expect(y1).toMatchObject({ periodId: 'p1', planned: 600_000, expectedByNow: 300_000, actual: 100_000, shortfall: 200_000, status: 'lagging' });
    expect(y1!.elapsedShare).toBeCloseTo(0.5);
    expect(y2).toMatchObject({ periodId: 'p2', status: 'not_started', expectedByNow: 0, actual: 0 });
  });

  it('is on track when spending is within the tolerance of the pro-rata plan', () => {
    const [y1] = spendingPace(PERIODS, LINES, PLANS, [{ lineId: 'ledelse', date: '2022-01-01', amount: 250_000 }], '2022-03-02');
    expect(y1!.status).toBe('on_track');
  });

  it('gives the first month grace, so one unbooked invoice raises no alarm', () => {
    const [y1] = spendingPace(PERIODS, LINES, PLANS, [], '2021-09-20');
    expect(y1!.status).toBe('on_track');
    expect(y1!.expectedByNow).toBeGreaterThan(0);
  });

  it('judges a finished year against its whole plan', () => {
    const [y1, y2] = spendingPace(PERIODS, LINES, PLANS, [{ lineId: 'ledelse', date: '2022-06-01', amount: 590_000 }], '2023-01-15');
    expect(y1).toMatchObject({ elapsedShare: 1, expectedByNow: 600_000, actual: 590_000, status: 'on_track' });
    expect(y2!.status).toBe('lagging');
  });

  it('ignores entries dated after today and calls spending above the whole year’s plan over budget', () => {
    const [y1] = spendingPace(PERIODS, LINES, PLANS, [
      { lineId: 'ledelse', date: '2021-10-01', amount: 650_000 },
    ], '2021-12-01');
    expect(y1!.status).toBe('over_budget');
    const [later] = spendingPace(PERIODS, LINES, PLANS, [{ lineId: 'ledelse', date: '2022-05-01', amount: 650_000 }], '2021-12-01');
    expect(later!.actual).toBe(0);
  });

  it('percentOf rounds to whole percent and treats nothing planned as 0 %', () => {
    expect(percentOf(100_000, 1_170_000)).toBe(9);
    expect(percentOf(1_170_000, 1_170_000)).toBe(100);
    expect(percentOf(5, 0)).toBe(0);
  });
});
