import { useTranslation } from 'react-i18next';
import { formatDateNb } from '../../../shared/rules/dates';
import { formatKroner } from '../../../shared/rules/money';
import { AddRecordButton, DeletedRecord, useMoveInList, useRecordRows } from '../../components/records';
import { StatusIcon } from '../../ui';
import { BudgetLine } from './BudgetLine';
import type { BudgetFigures } from './figures';
import type { BudgetActualRow, BudgetLineRow, BudgetPlanRow } from './store';

/**
 * The plan's budget table: lines × project years, planned amounts editable
 * in place, and every sum (per line, per year, in all) derived from the lines.
 */
export function BudgetTable({ figures, plans, actuals }: { figures: BudgetFigures; plans: BudgetPlanRow[]; actuals: BudgetActualRow[] }) {
  const { t } = useTranslation('budget');
  const { periods, planned } = figures;
  const columns = periods.length + 3;
  const lines = (type: 'expense' | 'income', list: BudgetLineRow[]) => (
    <LineRows type={type} lines={list} figures={figures} columns={columns} plans={plans} actuals={actuals} />
  );
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
              <th scope="col"><span className="sr-only">{t('actuals.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            <tr className="group-row">
              <th scope="rowgroup" colSpan={columns}>{t('table.expenses')}</th>
            </tr>
            {lines('expense', figures.expenseLines)}
            <tr className="sum-row">
              <th scope="row">{t('table.sumExpenses')}</th>
              {planned.periods.map((p) => <td key={p.periodId} className="amount">{formatKroner(p.expenses)}</td>)}
              <td className="amount">{formatKroner(planned.expenses)}</td>
              <td className="line-actions" />
            </tr>
          </tbody>
          <tbody>
            <tr className="group-row">
              <th scope="rowgroup" colSpan={columns}>{t('table.income')}</th>
            </tr>
            {lines('income', figures.incomeLines)}
            <tr className="sum-row">
              <th scope="row">{t('table.sumIncome')}</th>
              {planned.periods.map((p) => <td key={p.periodId} className="amount">{formatKroner(p.income)}</td>)}
              <td className="amount">{formatKroner(planned.income)}</td>
              <td className="line-actions" />
            </tr>
          </tbody>
          <tfoot>
            <tr className="difference-row">
              <th scope="row">{t('table.difference')}</th>
              {planned.periods.map((p) => <td key={p.periodId} className="amount"><Difference value={p.difference} /></td>)}
              <td className="amount"><Difference value={planned.difference} /></td>
              <td className="line-actions" />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

/** The lines of one type, each deleted one leaving «Angre» in its row, and «Legg til …» under them. */
function LineRows({ type, lines, figures, columns, plans, actuals }: {
  type: 'expense' | 'income'; lines: BudgetLineRow[]; figures: BudgetFigures; columns: number;
  plans: BudgetPlanRow[]; actuals: BudgetActualRow[];
}) {
  const { t } = useTranslation('budget');
  const list = `budget-lines-${type}`;
  const rows = useRecordRows(list, lines);
  const move = useMoveInList('budget-line', lines, (l) => l.description);
  return (
    <>
      {rows.map((row) => row.tombstone
        ? <DeletedRecord key={row.key} list={list} tombstone={row.tombstone} as="tr" colSpan={columns} />
        : (
          <BudgetLine key={row.key} line={row.record} figures={figures} list={list} columns={columns} move={move(row.record)}
            childCount={{
              planned: plans.filter((p) => p.lineId === row.record.id).length,
              actual: actuals.filter((a) => a.lineId === row.record.id).length,
            }} />
        ))}
      <tr className="add-row">
        <td colSpan={columns}>
          <AddRecordButton kind="budget-line" label={t(type === 'expense' ? 'lines.addExpense' : 'lines.addIncome')}
            undoLabel={t(type === 'expense' ? 'undo.addExpense' : 'undo.addIncome')}
            fields={() => ({ type, description: t('lines.newLine') })} />
        </td>
      </tr>
    </>
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
