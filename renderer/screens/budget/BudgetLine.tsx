import { useTranslation } from 'react-i18next';
import { formatKroner } from '../../../shared/rules/money';
import { RecordActions, RecordEditor, useRecordEditing, type MoveHandlers } from '../../components/records';
import { AmountField, RecordTextField, SelectField } from '../../forms/fields';
import { createRecord, deleteRecord, updateRecord } from '../../data/mutations';
import type { BudgetFigures } from './figures';
import type { BudgetLineRow, PeriodRow } from './store';

/**
 * One budget line: its planned amount per project year (edited in place),
 * its total, and Rediger/Flytt/Slett (the shared record pattern); Rediger
 * opens its description and type in the row below.
 */
export function BudgetLine({ line, figures, list, columns, move, childCount }: {
  line: BudgetLineRow;
  figures: BudgetFigures;
  list: string;
  columns: number;
  move: MoveHandlers;
  /** The planned and actual amounts on the line, deleted with it. */
  childCount: { planned: number; actual: number };
}) {
  const { t } = useTranslation('budget');
  const [editing, setEditing] = useRecordEditing(line.id);
  const children = [
    childCount.planned > 0 ? t('lines.plannedCount', { count: childCount.planned }) : '',
    childCount.actual > 0 ? t('lines.actualCount', { count: childCount.actual }) : '',
  ].filter(Boolean).join(t('lines.and'));
  return (
    <>
      <tr className={editing ? 'row-editing' : undefined} data-record-id={line.id}>
        <th scope="row" className="line-name">{line.description}</th>
        {figures.periods.map((period) => (
          <td key={period.id} className="amount-cell">
            <PlannedAmount line={line} period={period} figures={figures} />
          </td>
        ))}
        <td className="amount line-total">{formatKroner(figures.plannedLineTotal(line.id))}</td>
        <td className="line-actions">
          <RecordActions target={{ kind: 'budget-line', id: line.id, name: line.description, list, children: children || undefined }}
            editing={editing} onToggle={() => setEditing(!editing)} move={move} />
        </td>
      </tr>
      {editing ? (
        <tr className="row-editor">
          <td colSpan={columns}>
            <RecordEditor id={line.id} name={line.description} className="record-grid" onClose={() => setEditing(false)}>
              <RecordTextField kind="budget-line" record={line} field="description" label={t('lines.description')}
                undoLabel={t('undo.editLine', { line: line.description })} />
              <SelectField label={t('lines.type')} value={line.type}
                options={(['expense', 'income'] as const).map((v) => ({ value: v, label: t(`translation:enums.budgetLineType.${v}`) }))}
                onCommit={(type) => updateRecord('budget-line', line.id, { type }, undefined, t('undo.editLine', { line: line.description }))} />
            </RecordEditor>
          </td>
        </tr>
      ) : null}
    </>
  );
}

/**
 * One planned amount: updates its budget-plan record, creates one where the
 * plan left the cell empty, and an emptied cell deletes it (Angre in the
 * header takes it back).
 */
function PlannedAmount({ line, period, figures }: { line: BudgetLineRow; period: PeriodRow; figures: BudgetFigures }) {
  const { t } = useTranslation('budget');
  const record = figures.planRecord(line.id, period.id);
  const label = t('table.cellLabel', { line: line.description, period: period.label });
  const undoLabel = t('undo.plan', { line: line.description, period: period.label });
  return (
    <AmountField
      label={label}
      optional
      value={record?.amount ?? null}
      onCommit={(amount) =>
        amount === null
          ? record ? deleteRecord('budget-plan', record.id, undoLabel) : undefined
          : record
            ? updateRecord('budget-plan', record.id, { amount }, { amount: record.amount }, undoLabel)
            : createRecord('budget-plan', { lineId: line.id, periodId: period.id, amount }, undoLabel)
      }
    />
  );
}
