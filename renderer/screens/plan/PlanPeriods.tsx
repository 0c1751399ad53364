import { useTranslation } from 'react-i18next';
import type { RecordOf } from '../../../shared/model/kinds';
import { formatDateNb } from '../../../shared/rules/dates';
import {
  AddRecordButton, DeletedRecord, RecordActions, RecordEditor, useMoveInList, useRecordEditing, useRecordRows, type MoveHandlers,
} from '../../components/records';
import { DateField, RecordTextField } from '../../forms/fields';
import { updateRecord } from '../../data/mutations';
import { usePlanStore } from './store';

const LIST = 'plan-periods';
const COLUMNS = 4;

/** The day after an ISO date's year-long span: 2022-09-01 → 2023-08-31 ends the next project year. */
function nextYear(startIso: string): { startDate: string; endDate: string } {
  const [y, m, d] = startIso.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + 1, m - 1, d - 1));
  return { startDate: startIso, endDate: end.toISOString().slice(0, 10) };
}

/**
 * The project years (the milestones' and the budget's periods): label and
 * dates, added, edited, moved and deleted with the shared record pattern.
 */
export function PlanPeriods({ title }: { title: string }) {
  const { t } = useTranslation('plan');
  const periods = usePlanStore((s) => s.periods);
  const plans = usePlanStore((s) => s.plans);
  const rows = useRecordRows(LIST, periods);
  const move = useMoveInList('period', periods, (p) => p.label);
  const newFields = () => {
    const last = periods.at(-1);
    const start = last ? last.endDate : new Date().toISOString().slice(0, 10);
    return { label: t('newPeriod', { number: periods.length + 1 }), ...nextYear(start) };
  };
  return (
    <section className="plan-block" aria-labelledby="plan-periods">
      <div className="plan-part-head">
        <h2 id="plan-periods">{title}</h2>
        <a href="#/milestones">{t('editMilestones')}</a>
      </div>
      <table className="ui-table periods" aria-label={t('periods')}>
        <thead>
          <tr>
            <th scope="col">{t('periodLabel')}</th>
            <th scope="col">{t('periodStart')}</th>
            <th scope="col">{t('periodEnd')}</th>
            <th scope="col"><span className="sr-only">{t('actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => row.tombstone
            ? <DeletedRecord key={row.key} list={LIST} tombstone={row.tombstone} as="tr" colSpan={COLUMNS} />
            : <PeriodRow key={row.key} period={row.record} move={move(row.record)}
              planned={plans.filter((p) => p.periodId === row.record.id).length} />)}
        </tbody>
      </table>
      <AddRecordButton kind="period" label={t('addPeriod')} undoLabel={t('undo.addPeriod')} fields={newFields} />
    </section>
  );
}

function PeriodRow({ period: p, move, planned }: { period: RecordOf<'period'>; move: MoveHandlers; planned: number }) {
  const { t } = useTranslation('plan');
  const [editing, setEditing] = useRecordEditing(p.id);
  const undo = t('undo.editPeriod', { name: p.label });
  const save = (patch: Record<string, unknown>) => updateRecord('period', p.id, patch, undefined, undo);
  return (
    <>
      <tr className={editing ? 'row-editing' : undefined}>
        <th scope="row">{p.label}</th>
        <td>{formatDateNb(p.startDate)}</td>
        <td>{formatDateNb(p.endDate)}</td>
        <td className="row-actions-cell">
          <RecordActions editing={editing} onToggle={() => setEditing(!editing)} move={move}
            target={{ kind: 'period', id: p.id, name: p.label, list: LIST, children: planned > 0 ? t('plannedCount', { count: planned }) : undefined }} />
        </td>
      </tr>
      {editing ? (
        <tr className="row-editor">
          <td colSpan={COLUMNS}>
            <RecordEditor id={p.id} name={p.label} className="record-grid" onClose={() => setEditing(false)}>
              <RecordTextField kind="period" record={p} field="label" label={t('periodLabel')} undoLabel={undo} />
              <DateField label={t('periodStart')} value={p.startDate} onCommit={(v) => (v ? save({ startDate: v }) : undefined)} />
              <DateField label={t('periodEnd')} value={p.endDate} onCommit={(v) => (v ? save({ endDate: v }) : undefined)} />
            </RecordEditor>
          </td>
        </tr>
      ) : null}
    </>
  );
}
