import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { FUNDING_SOURCES } from '../../../shared/model/enums';
import { fundingKindOf } from '../../../shared/rules/fundingSource';
import { formatKroner } from '../../../shared/rules/money';
import { StatusIcon } from '../../ui';
import { RecordActions, RecordEditor, useRecordEditing, type MoveHandlers } from '../../components/records';
import { AmountField, RecordTextField, SelectField } from '../../forms/fields';
import { createRecord, deleteRecord, updateRecord } from '../../data/mutations';
import type { BudgetFigures } from './figures';
import type { BudgetLineRow, PeriodRow } from './store';

/**
 * One budget line: its planned amount per project year (edited in place),
 * its total, and Rediger/Flytt/Slett (the shared record pattern); Rediger
 * opens its description, type, source of funding (income) and the comment on
 * its deviation for Nasjonalbiblioteket's accounts in the row below. A line
 * whose deviation needs a comment (shared/rules/budgetDeviation.ts) and has
 * none says so in its row.
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
  const accounts = figures.accountsLine(line.id);
  const undoLabel = t('undo.editLine', { line: line.description });
  return (
    <>
      <tr className={editing ? 'row-editing' : undefined} data-record-id={line.id}>
        <th scope="row" className="line-name">
          <span className="line-description">{line.description}</span>
          {accounts?.commentMissing ? (
            <span className="deviation-flag"><StatusIcon light="yellow" /> {t('deviation.missingFlag')}</span>
          ) : accounts?.deviates ? (
            <span className="deviation-flag deviation-flag-done"><StatusIcon light="green" /> {t('deviation.commentedFlag')}</span>
          ) : null}
        </th>
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
                undoLabel={undoLabel} />
              <SelectField label={t('lines.type')} value={line.type}
                options={(['expense', 'income'] as const).map((v) => ({ value: v, label: t(`translation:enums.budgetLineType.${v}`) }))}
                onCommit={(type) => updateRecord('budget-line', line.id, { type }, undefined, undoLabel)} />
              {line.type === 'income' ? <FundingField line={line} undoLabel={undoLabel} /> : null}
              <div className="deviation-field">
                <RecordTextField kind="budget-line" record={line} field="deviationComment" label={t('deviation.label')} multiline rows={3}
                  hint={deviationHint(t, figures, accounts)} undoLabel={undoLabel} />
              </div>
            </RecordEditor>
          </td>
        </tr>
      ) : null}
    </>
  );
}

/** What the accounts printed today say of the line: its deviation, and whether NB needs a comment on it. */
function deviationHint(t: TFunction<'budget'>, figures: BudgetFigures, accounts: ReturnType<BudgetFigures['accountsLine']>): string {
  const th = figures.accounts.threshold;
  const rule = t('deviation.rule', { share: Math.round(th.share * 100), kroner: formatKroner(th.kroner) });
  if (!accounts || figures.accounts.periodIds.length === 0) return `${t('deviation.noYears')} ${rule}`;
  const years = figures.periods.filter((p) => figures.accounts.periodIds.includes(p.id)).map((p) => p.label).join(', ');
  const facts = t('deviation.facts', {
    years, budget: formatKroner(accounts.budget), actual: formatKroner(accounts.actual),
    difference: `${accounts.difference > 0 ? '+' : ''}${formatKroner(accounts.difference)}`,
  });
  const verdict = accounts.commentMissing ? t('deviation.needed') : accounts.deviates ? t('deviation.given') : t('deviation.notNeeded');
  return `${facts} ${verdict} ${rule}`;
}

/** Where an income line's money comes from; «Ikke angitt» says how the line is read from its words. */
function FundingField({ line, undoLabel }: { line: BudgetLineRow; undoLabel: string }) {
  const { t } = useTranslation('budget');
  const readAs = line.funding === 'unspecified' ? fundingKindOf({ type: line.type, description: line.description }) : undefined;
  return (
    <div className="funding-field">
      <SelectField label={t('funding.label')} value={line.funding}
        options={FUNDING_SOURCES.map((v) => ({ value: v, label: t(`translation:enums.fundingSource.${v}`) }))}
        onCommit={(funding) => updateRecord('budget-line', line.id, { funding }, undefined, undoLabel)} />
      {readAs ? <p className="field-hint">{t('funding.readAs', { kind: t(`translation:enums.fundingSource.${readAs}`) })}</p> : null}
    </div>
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
