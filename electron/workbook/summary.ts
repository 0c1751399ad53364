import type { WorkbookSummary } from '../../shared/model/summary.js';
import { budgetTotals } from '../../shared/rules/budget.js';
import { riskCriteria, type CriteriaFields } from '../../shared/rules/riskCriteria.js';
import { matrixCells } from '../../shared/rules/riskMatrix.js';
import { SCHEMA_VERSION } from './migrations/index.js';
import type { Workbook } from './workbook.js';

export function workbookSummary(wb: Workbook): WorkbookSummary {
  const r = wb.records;
  const project = r.list('project')[0];
  const periods = r.list('period');
  const totals = budgetTotals(
    periods.map((p) => p.id),
    r.list('budget-line').map((l) => ({ id: l.id, type: l.fields.type as 'expense' | 'income' })),
    r.list('budget-plan').map((a) => ({
      lineId: a.fields.lineId as string,
      periodId: a.fields.periodId as string,
      amount: a.fields.amount as number,
    })),
  );
  const risks = r.list('risk').map((k) => ({
    number: k.fields.number as number,
    probability: k.fields.probability as number,
    consequence: k.fields.consequence as number,
  }));
  return {
    title: (project?.fields.title as string | undefined) ?? '',
    workbookId: wb.workbookId,
    replica: { id: wb.replicaId, name: wb.replicaName },
    schemaVersion: SCHEMA_VERSION,
    counts: {
      sections: r.count('section'),
      goals: r.count('goal'),
      groups: r.count('group'),
      people: r.count('person'),
      milestones: r.count('milestone'),
      risks: r.count('risk'),
      meetings: r.count('meeting'),
      actions: r.count('action'),
      lessons: r.count('lesson'),
      changes: r.count('change-entry'),
    },
    budget: {
      periods: totals.periods.map((p, i) => ({
        label: periods[i]!.fields.label as string,
        expenses: p.expenses,
        income: p.income,
      })),
      expenses: totals.expenses,
      income: totals.income,
      balanced: totals.balanced,
    },
    riskMatrix: matrixCells(risks, riskCriteria(project?.fields as CriteriaFields | undefined).bands)
      .filter((c) => c.risks.length > 0)
      .map((c) => ({ consequence: c.consequence, probability: c.probability, risks: c.risks })),
  };
}
