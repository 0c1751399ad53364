import { useTranslation } from 'react-i18next';
import { formatDateNb } from '../../../shared/rules/dates';
import { formatKroner } from '../../../shared/rules/money';
import { AmountField } from '../../forms/fields';
import { createRecord, updateRecord } from '../../data/mutations';
import { StatusIcon } from '../overview/StatusLight';
import type { BudgetFigures } from './figures';
import type { BudgetLineRow, PeriodRow } from './store';

/**
 * The plan's budget table: lines × project years, planned amounts editable
 * in place, and every sum (per line, per year, in all) derived from the lines.
 */
export function BudgetTable({ figures }: { figures: BudgetFigures }) {
  const { t } = useTranslation('budget');
  const { periods, planned } = figures;
  const columns = periods.length + 2;
  return (
    <section aria-labelledby="budget-table-title" className="panel">
      <h2 id="budget-table-title">{t('table.title')}</h2>
      <p className="panel-hint" id="budget-table-hint">{t('table.hint')}</p>
      <div className="table-scroll">
        <table className="budget-table" aria-labelledby="budget-table-title" aria-describedby="budget-table-hint">
          <thead>
            <tr>
              <th scope="col">{t('table.description')}</th>
              {periods.map((p) => (
                <th scope="col" key={p.id} className="amount-col">
                  {p.label}
                  <span className="col-dates">{t('periodDates', { from: formatDateNb(p.startDate), to: formatDateNb(p.endDate) })}</span>
                </th>
              ))}
              <th scope="col" className="amount-col">{t('table.total')}</th>
            </tr>
          </thead>
          <tbody>
            <tr className="group-row">
              <th scope="rowgroup" colSpan={columns}>{t('table.expenses')}</th>
            </tr>
            {figures.expenseLines.map((line) => <LineRow key={line.id} line={line} figures={figures} />)}
            <tr className="sum-row">
              <th scope="row">{t('table.sumExpenses')}</th>
              {planned.periods.map((p) => <td key={p.periodId} className="amount">{formatKroner(p.expenses)}</td>)}
              <td className="amount">{formatKroner(planned.expenses)}</td>
            </tr>
          </tbody>
          <tbody>
            <tr className="group-row">
              <th scope="rowgroup" colSpan={columns}>{t('table.income')}</th>
            </tr>
            {figures.incomeLines.map((line) => <LineRow key={line.id} line={line} figures={figures} />)}
            <tr className="sum-row">
              <th scope="row">{t('table.sumIncome')}</th>
              {planned.periods.map((p) => <td key={p.periodId} className="amount">{formatKroner(p.income)}</td>)}
              <td className="amount">{formatKroner(planned.income)}</td>
            </tr>
          </tbody>
          <tfoot>
            <tr className="difference-row">
              <th scope="row">{t('table.difference')}</th>
              {planned.periods.map((p) => <td key={p.periodId} className="amount"><Difference value={p.difference} /></td>)}
              <td className="amount"><Difference value={planned.difference} /></td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

function LineRow({ line, figures }: { line: BudgetLineRow; figures: BudgetFigures }) {
  return (
    <tr data-record-id={line.id}>
      <th scope="row" className="line-name">{line.description}</th>
      {figures.periods.map((period) => (
        <td key={period.id} className="amount-cell">
          <PlannedAmount line={line} period={period} figures={figures} />
        </td>
      ))}
      <td className="amount line-total">{formatKroner(figures.plannedLineTotal(line.id))}</td>
    </tr>
  );
}

/** One planned amount: updates its budget-plan record, or creates one where the plan left the cell empty. */
function PlannedAmount({ line, period, figures }: { line: BudgetLineRow; period: PeriodRow; figures: BudgetFigures }) {
  const { t } = useTranslation('budget');
  const record = figures.planRecord(line.id, period.id);
  const label = t('table.cellLabel', { line: line.description, period: period.label });
  const undoLabel = t('undo.plan', { line: line.description, period: period.label });
  return (
    <AmountField
      label={label}
      value={record?.amount ?? 0}
      onCommit={(amount) =>
        record
          ? updateRecord('budget-plan', record.id, { amount }, { amount: record.amount }, undoLabel)
          : createRecord('budget-plan', { lineId: line.id, periodId: period.id, amount }, undoLabel)
      }
    />
  );
}

/** A difference in words and a symbol as well as in figures. */
function Difference({ value }: { value: number }) {
  const { t } = useTranslation('budget');
  const light = value === 0 ? 'green' : 'red';
  const words = value === 0 ? t('table.differenceBalanced') : value < 0 ? t('table.differenceMoreExpenses') : t('table.differenceMoreIncome');
  return (
    <span className={`difference difference-${light}`}>
      {formatKroner(value)}
      <span className="difference-words">
        <StatusIcon light={light} /> {words}
      </span>
    </span>
  );
}
