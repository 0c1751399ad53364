import { DEFAULT_ZONE_BANDS } from '../../shared/rules/riskCriteria.js';
import { describe, expect, it } from 'vitest';
import { budgetTotals } from '../../shared/rules/budget.js';
import type { PeriodPace } from '../../shared/rules/budgetProgress.js';
import { budgetStatus, isActionOpen, isActionOverdue, milestoneStatus, riskStatus } from '../../shared/rules/projectStatus.js';

const pace = (periodId: string, status: PeriodPace['status'], shortfall = 0): PeriodPace => ({
  periodId, status, shortfall, elapsedShare: 0.5, planned: 100, expectedByNow: 50, actual: 50 - shortfall,
});

describe('overview status lights, each with the facts to say it in words', () => {
  it('milestones: green when none late, yellow for one or two, red from three', () => {
    const m = (plannedText: string, status = 'planned') => ({ plannedText, status, actualDate: null });
    const today = '2022-06-15';
    expect(milestoneStatus([m('Mai 2023')], today)).toEqual({ light: 'green', late: 0, total: 1 });
    expect(milestoneStatus([m('April 2022'), m('Mai 2022'), m('Mai 2023')], today)).toEqual({ light: 'yellow', late: 2, total: 3 });
    expect(milestoneStatus([m('April 2022'), m('Mai 2022'), m('', 'late'), m('Mai 2022', 'reached')], today).light).toBe('red');
  });

  it('budget: red when unbalanced (naming the difference), yellow when spending lags, green otherwise', () => {
    const lines = [{ id: 'u', type: 'expense' as const }, { id: 'i', type: 'income' as const }];
    const balanced = budgetTotals(['p1'], lines, [{ lineId: 'u', periodId: 'p1', amount: 100 }, { lineId: 'i', periodId: 'p1', amount: 100 }]);
    const unbalanced = budgetTotals(['p1'], lines, [{ lineId: 'u', periodId: 'p1', amount: 110 }, { lineId: 'i', periodId: 'p1', amount: 100 }]);
    expect(budgetStatus(unbalanced, [])).toEqual({ light: 'red', reason: 'unbalanced', difference: -10 });
    expect(budgetStatus(balanced, [pace('p1', 'lagging', 20)])).toEqual({ light: 'yellow', reason: 'lagging', periodIds: ['p1'], shortfall: 20 });
    expect(budgetStatus(balanced, [pace('p1', 'over_budget')])).toMatchObject({ light: 'red', reason: 'over_budget' });
    expect(budgetStatus(balanced, [pace('p1', 'on_track')])).toEqual({ light: 'green', reason: 'ok' });
  });

  it('budget: years that cancel out overall still count as unbalanced', () => {
    const lines = [{ id: 'u', type: 'expense' as const }, { id: 'i', type: 'income' as const }];
    const totals = budgetTotals(['p1', 'p2'], lines, [
      { lineId: 'u', periodId: 'p1', amount: 110 }, { lineId: 'i', periodId: 'p1', amount: 100 },
      { lineId: 'u', periodId: 'p2', amount: 90 }, { lineId: 'i', periodId: 'p2', amount: 100 },
    ]);
    expect(budgetStatus(totals, [])).toEqual({ light: 'red', reason: 'unbalanced', difference: -10 });
  });

  it('risks: the seed plan’s risks 1 (4×4) and 9 (3×5) are in the red zone; closed risks do not count', () => {
    const r = (probability: number, consequence: number, status = 'open') => ({ probability, consequence, status });
    expect(riskStatus([r(4, 4), r(3, 5), r(3, 4), r(1, 1)], DEFAULT_ZONE_BANDS)).toEqual({ light: 'red', red: 2, yellow: 1 });
    expect(riskStatus([r(4, 4, 'closed'), r(3, 4)], DEFAULT_ZONE_BANDS)).toEqual({ light: 'yellow', red: 0, yellow: 1 });
    expect(riskStatus([r(1, 2)], DEFAULT_ZONE_BANDS)).toEqual({ light: 'green', red: 0, yellow: 0 });
  });

  it('actions: open or in progress are open; overdue when the due date has passed', () => {
    expect(isActionOpen({ status: 'in_progress', dueDate: null })).toBe(true);
    expect(isActionOpen({ status: 'done', dueDate: null })).toBe(false);
    expect(isActionOverdue({ status: 'open', dueDate: '2022-01-01' }, '2022-01-02')).toBe(true);
    expect(isActionOverdue({ status: 'open', dueDate: '2022-01-02' }, '2022-01-02')).toBe(false);
    expect(isActionOverdue({ status: 'cancelled', dueDate: '2022-01-01' }, '2022-06-01')).toBe(false);
    expect(isActionOverdue({ status: 'open', dueDate: null }, '2022-06-01')).toBe(false);
  });
});
