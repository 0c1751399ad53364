import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../shared/rules/addMonths.js';
import { auditorRequirement } from '../../shared/rules/auditorRequirement.js';
import { needsDeviationComment } from '../../shared/rules/budgetDeviation.js';
import { fundingKindOf } from '../../shared/rules/fundingSource.js';
import { nbAccounts, type AccountsLineInput } from '../../shared/rules/nbAccounts.js';
import { ownContribution, sharePercentForDisplay } from '../../shared/rules/ownContribution.js';
import { reportingDeadlines } from '../../shared/rules/reportingDeadlines.js';
import { SEED_PLAN } from '../../shared/seed/plan.js';

/** The plan's budget as the seed holds it: two years, eight expense lines, egeninnsats and the grant. */
const PERIODS = [
  { id: 'period.1', startDate: '2021-09-01', endDate: '2022-09-01' },
  { id: 'period.2', startDate: '2022-09-01', endDate: '2023-08-31' },
];
const seedOf = (kind: string) => SEED_PLAN.filter((r) => r.kind === kind).map((r) => ({ id: r.key, ...(r.fields as object) }));
const LINES = seedOf('budget-line') as unknown as AccountsLineInput[];
const PLANS = (seedOf('budget-plan') as unknown as { lineId: string; periodId: string; amount: number }[]);

describe('Nasjonalbiblioteket accounts per budget line', () => {
  it('the plan with nothing spent: every budget line, 2 340 000 kr each side, 1 170 000 kr a year', () => {
    const a = nbAccounts(PERIODS, LINES, PLANS, []);
    expect(a.expenses.lines).toHaveLength(8);
    expect(a.expenses.budget).toBe(2_340_000);
    expect(a.income.budget).toBe(2_340_000);
    expect(a.expenses.periods.map((p) => p.budget)).toEqual([1_170_000, 1_170_000]);
    const design = a.expenses.lines.find((l) => l.description.startsWith('Design'))!;
    expect(design.periods.map((p) => p.budget)).toEqual([0, 60_000]);
    expect(design.difference).toBe(-60_000);
    expect(design.deviates).toBe(true);
    expect(design.commentMissing).toBe(true);
  });

  it('an amount is counted in the project year its date falls in, the shared day in year 2, outside dates in none', () => {
    const line = LINES.find((l) => l.description === 'Prosjektledelse')!;
    const a = nbAccounts(PERIODS, LINES, PLANS, [
      { lineId: line.id, date: '2022-03-01', amount: 300_000 },
      { lineId: line.id, date: '2022-09-01', amount: 10_000 },
      { lineId: line.id, date: '2024-01-01', amount: 5 },
    ]);
    const l = a.expenses.lines.find((x) => x.lineId === line.id)!;
    expect(l.periods.map((p) => p.actual)).toEqual([300_000, 10_000]);
    expect(l.actual).toBe(310_000);
    expect(l.periods[0]!.difference).toBe(-18_500);
    expect(l.periods[0]!.deviates).toBe(false); // 5.8 % under
    expect(a.outside).toEqual([{ lineId: line.id, date: '2024-01-01', amount: 5 }]);
  });

  it('a yearly report reads one year, and upTo leaves later entries out', () => {
    const line = LINES[0]!;
    const actuals = [{ lineId: line.id, date: '2022-03-01', amount: 100 }, { lineId: line.id, date: '2023-03-01', amount: 7 }];
    const year1 = nbAccounts(PERIODS, LINES, PLANS, actuals, { periodIds: ['period.1'] });
    expect(year1.expenses.budget).toBe(1_170_000);
    expect(year1.expenses.actual).toBe(100);
    expect(year1.outside).toEqual([]);
    expect(nbAccounts(PERIODS, LINES, PLANS, actuals, { upTo: '2022-12-31' }).expenses.actual).toBe(100);
  });

  it('a comment written answers a deviation', () => {
    const lines = LINES.map((l) => (l.description.startsWith('Design') ? { ...l, deviationComment: 'Trykkes i 2023.' } : l));
    const design = nbAccounts(PERIODS, lines, PLANS, []).expenses.lines.find((l) => l.description.startsWith('Design'))!;
    expect(design.deviates).toBe(true);
    expect(design.commentMissing).toBe(false);
    expect(design.comment).toBe('Trykkes i 2023.');
  });

  const amounts = fc.array(fc.nat({ max: 5_000_000 }), { minLength: 1, maxLength: 12 });
  it('property: the lines sum to their side, the years to the total, and shares to 100 %', () => {
    fc.assert(
      fc.property(amounts, amounts, (budgets, spent) => {
        const lines = budgets.map((_, i) => ({ id: `l${i}`, type: 'expense' as const, description: `Linje ${i}`, sortOrder: i }));
        const plans = budgets.flatMap((b, i) => [{ lineId: `l${i}`, periodId: 'period.1', amount: b }, { lineId: `l${i}`, periodId: 'period.2', amount: Math.floor(b / 2) }]);
        const actuals = spent.map((s, i) => ({ lineId: `l${i % budgets.length}`, date: i % 2 ? '2022-01-15' : '2023-01-15', amount: s }));
        const a = nbAccounts(PERIODS, lines, plans, actuals).expenses;
        expect(a.lines.reduce((s, l) => s + l.budget, 0)).toBe(a.budget);
        expect(a.lines.reduce((s, l) => s + l.actual, 0)).toBe(a.actual);
        expect(a.periods.reduce((s, p) => s + p.actual, 0)).toBe(a.actual);
        expect(a.difference).toBe(a.actual - a.budget);
        if (a.budget > 0) expect(a.lines.reduce((s, l) => s + l.budgetShare, 0)).toBeCloseTo(1, 9);
        if (a.actual > 0) expect(a.lines.reduce((s, l) => s + l.actualShare, 0)).toBeCloseTo(1, 9);
      }),
    );
  });
});

describe('egeninnsats, the grant and the auditor', () => {
  it('the plan: 940 000 of 2 340 000 kr is 40.2 %, which meets 40 %; the grant 1 400 000 kr needs an auditor', () => {
    const own = ownContribution(nbAccounts(PERIODS, LINES, PLANS, []));
    expect(own.budget).toMatchObject({ own: 940_000, grant: 1_400_000, total: 2_340_000, met: true });
    expect(sharePercentForDisplay(own.budget.share)).toBe(40.2);
    expect(own.actual.met).toBeUndefined(); // nothing spent yet: no share to judge
    expect(auditorRequirement(own.budget.grant)).toEqual({ required: true, grant: 1_400_000, threshold: 400_000 });
    expect(auditorRequirement(399_999).required).toBe(false);
    expect(auditorRequirement(400_000).required).toBe(true);
  });

  it('the check is on whole kroner: 39 999 of 100 000 fails, 40 000 passes, and 39.96 % never prints as 40.0', () => {
    const lines: AccountsLineInput[] = [
      { id: 'e', type: 'expense', description: 'Kostnader' },
      { id: 'o', type: 'income', description: 'Kommunenes bidrag', funding: 'own_contribution' },
    ];
    const at = (own: number) => ownContribution(nbAccounts(PERIODS, lines, [
      { lineId: 'e', periodId: 'period.1', amount: 100_000 }, { lineId: 'o', periodId: 'period.1', amount: own },
    ], [])).budget;
    expect(at(39_999).met).toBe(false);
    expect(at(40_000).met).toBe(true);
    expect(sharePercentForDisplay(0.39996)).toBe(39.9);
    expect(sharePercentForDisplay(0.40004)).toBe(40);
  });

  it('income without a stated source is read from its words; a stated source wins', () => {
    expect(fundingKindOf({ type: 'income', description: 'Egeninnsats' })).toBe('own_contribution');
    expect(fundingKindOf({ type: 'income', description: 'Søknadssum til Nasjonalbiblioteket' })).toBe('grant');
    expect(fundingKindOf({ type: 'income', description: 'Sponsor', funding: 'unspecified' })).toBe('other');
    expect(fundingKindOf({ type: 'income', description: 'Egeninnsats', funding: 'other' })).toBe('other');
    expect(fundingKindOf({ type: 'expense', description: 'Egeninnsats' })).toBeUndefined();
  });
});

describe('which deviations need a comment', () => {
  it('more than 10 % and at least 20 000 kr; any spend on an unbudgeted line', () => {
    expect(needsDeviationComment(637_000, 637_000 - 63_700)).toBe(false); // exactly 10 %
    expect(needsDeviationComment(637_000, 637_000 - 63_701)).toBe(true);
    expect(needsDeviationComment(60_000, 50_000)).toBe(false); // 16.7 % but 10 000 kr
    expect(needsDeviationComment(60_000, 40_000)).toBe(true);
    expect(needsDeviationComment(0, 1)).toBe(true);
    expect(needsDeviationComment(0, 0)).toBe(false);
  });

  it('property: no deviation when actual equals budget, and the rule is symmetric about the budget', () => {
    fc.assert(fc.property(fc.nat({ max: 10_000_000 }), fc.nat({ max: 1_000_000 }), (budget, off) => {
      expect(needsDeviationComment(budget, budget)).toBe(false);
      if (budget >= off) expect(needsDeviationComment(budget, budget + off)).toBe(needsDeviationComment(budget, budget - off));
    }));
  });
});

describe('reporting deadlines', () => {
  const project = { startDate: '2021-09-01', endDate: '2023-08-31' };
  it("the plan's dates: year 1's status report by 01.12.2022, the final report by 30.11.2023", () => {
    const d = reportingDeadlines(project, PERIODS, '2022-11-01');
    expect(d.map((x) => [x.key, x.dueDate, x.daysLeft, x.state])).toEqual([
      ['status:period.1', '2022-12-01', 30, 'upcoming'],
      ['final', '2023-11-30', 394, 'upcoming'],
    ]);
  });

  it('passed deadlines are overdue unless delivered; the due day itself is today', () => {
    const d = reportingDeadlines(project, PERIODS, '2023-11-30', { delivered: ['status:period.1'] });
    expect(d.map((x) => x.state)).toEqual(['delivered', 'due_today']);
    expect(reportingDeadlines(project, PERIODS, '2026-12-03').map((x) => x.state)).toEqual(['overdue', 'overdue']);
  });

  it('three months later keeps to the month: 31 August → 30 November, 30 November → 28 February', () => {
    expect(addMonths('2023-08-31', 3)).toBe('2023-11-30');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonths('2022-11-30', 3)).toBe('2023-02-28');
    expect(addMonths('2022-09-01', 3)).toBe('2022-12-01');
  });
});
