import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { periodOfDate } from '../../../shared/rules/projectCalendar';
import { formatDateNb, parseDateNb, todayIso } from '../../../shared/rules/dates';
import { formatKroner, parseKroner } from '../../../shared/rules/money';
import { AmountField, DateField, FieldFrame, SelectField, TextField } from '../../forms/fields';
import { validateField } from '../../forms/validateField';
import { createRecord, updateRecord } from '../../data/mutations';
import { DeletedRecord, RecordActions, RecordEditor, useRecordEditing, useRecordRows } from '../../components/records';
import { ReceiptText } from 'lucide-react';
import { Button, EmptyState, Select } from '../../ui';
import type { BudgetFigures } from './figures';
import type { BudgetActualRow, BudgetLineRow } from './store';

const LIST = 'budget-actuals';

/**
 * Actual spending and income as it happens: a short form to record an
 * amount on a line, and the list of what has been recorded, each entry
 * editable in place and deletable with «Angre» in its row (components/records).
 */
export function ActualSpending({ figures, actuals }: { figures: BudgetFigures; actuals: BudgetActualRow[] }) {
  const { t } = useTranslation('budget');
  const [filter, setFilter] = useState('all');
  const filterId = useId();
  const lines = [...figures.expenseLines, ...figures.incomeLines];
  const lineOf = (id: string) => lines.find((l) => l.id === id);
  const shown = useMemo(() => actuals
    .filter((a) => filter === 'all' || a.lineId === filter)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)), [actuals, filter]);
  const rows = useRecordRows(LIST, shown);
  const sumOf = (type: 'expense' | 'income') =>
    shown.filter((a) => lineOf(a.lineId)?.type === type).reduce((s, a) => s + a.amount, 0);
  const sums = (['expense', 'income'] as const)
    .filter((type) => shown.some((a) => lineOf(a.lineId)?.type === type))
    .map((type) => ({ type, amount: sumOf(type) }));

  return (
    <section aria-labelledby="actuals-title" className="panel">
      <h2 id="actuals-title">{t('actuals.title')}</h2>
      <NewActualForm lines={lines} figures={figures} />

      <div className="list-head">
        <h3 id="actuals-list-title">{t('actuals.listTitle')}</h3>
        <div className="inline-field">
          <label htmlFor={filterId}>{t('actuals.filter')}</label>
          <Select id={filterId} value={filter} onChange={setFilter}
            options={[{ value: 'all', label: t('actuals.allLines') }, ...lines.map((l) => ({ value: l.id, label: l.description }))]} />
        </div>
      </div>
      {rows.length === 0 ? (
        <EmptyState icon={ReceiptText} title={filter === 'all' ? t('actuals.none') : t('actuals.noneForLine')} text={filter === 'all' ? t('actuals.intro') : undefined} />
      ) : (
        <div className="table-scroll">
          <table className="data-table actuals-table" aria-labelledby="actuals-list-title">
            <thead>
              <tr>
                <th scope="col">{t('actuals.date')}</th>
                <th scope="col">{t('actuals.line')}</th>
                <th scope="col">{t('actuals.period')}</th>
                <th scope="col" className="amount-col">{t('actuals.amount')}</th>
                <th scope="col">{t('actuals.note')}</th>
                <th scope="col"><span className="sr-only">{t('actuals.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                if (row.tombstone) return <DeletedRecord key={row.key} list={LIST} tombstone={row.tombstone} as="tr" colSpan={6} />;
                const a = row.record;
                return (
                  <ActualRowView key={a.id} actual={a} line={lineOf(a.lineId)}
                    periodLabel={periodOfDate(figures.periods, a.date)?.label ?? t('actuals.outsidePeriods')}
                    lines={lines} />
                );
              })}
            </tbody>
            <tfoot>
              {sums.map(({ type, amount }) => (
                <tr key={type} className="sum-row">
                  <th scope="row" colSpan={3}>
                    {type === 'expense' ? t('table.sumExpenses') : t('table.sumIncome')}{' '}
                    <span className="sum-count">({t('actuals.count', { count: shown.filter((a) => lineOf(a.lineId)?.type === type).length })})</span>
                  </th>
                  <td className="amount">{formatKroner(amount)}</td>
                  <td colSpan={2} />
                </tr>
              ))}
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}

function ActualRowView({ actual, line, periodLabel, lines }: {
  actual: BudgetActualRow;
  line?: BudgetLineRow;
  periodLabel: string;
  lines: BudgetLineRow[];
}) {
  const { t } = useTranslation('budget');
  const [editing, setEditing] = useRecordEditing(actual.id);
  const amount = formatKroner(actual.amount);
  const date = formatDateNb(actual.date);
  const name = t('actuals.name', { amount, line: line?.description ?? '', date });
  const undoLabel = t('undo.editActual', { date });
  const save = (field: keyof BudgetActualRow, value: unknown) =>
    updateRecord('budget-actual', actual.id, { [field]: value }, { [field]: actual[field] }, undoLabel);
  return (
    <>
      <tr className={editing ? 'row-editing' : undefined}>
        <td className="nowrap">{date}</td>
        <td>{line?.description ?? ''}</td>
        <td className="nowrap">{periodLabel}</td>
        <td className="amount">{amount}</td>
        <td>{actual.note}</td>
        <td>
          <RecordActions target={{ kind: 'budget-actual', id: actual.id, name, list: LIST }} editing={editing}
            onToggle={() => setEditing(!editing)} />
        </td>
      </tr>
      {editing ? (
        <tr className="row-editor">
          <td colSpan={6}>
            <RecordEditor id={actual.id} name={name} className="editor-grid" onClose={() => setEditing(false)}>
              <DateField label={t('actuals.date')} value={actual.date} onCommit={(v) => (v ? save('date', v) : undefined)} />
              <AmountField label={t('actuals.amount')} value={actual.amount} onCommit={(v) => save('amount', v)} />
              <SelectField label={t('actuals.line')} value={actual.lineId}
                options={lines.map((l) => ({ value: l.id, label: l.description }))}
                onCommit={(v) => save('lineId', v)} />
              <TextField label={t('actuals.note')} value={actual.note}
                validate={(v) => validateField('budget-actual', 'note', v)} onCommit={(v) => save('note', v)} />
            </RecordEditor>
          </td>
        </tr>
      ) : null}
    </>
  );
}

/** Records one amount. Checks each field first and says at the field what is wrong. */
function NewActualForm({ lines, figures }: { lines: BudgetLineRow[]; figures: BudgetFigures }) {
  const { t } = useTranslation(['budget', 'translation']);
  const [lineId, setLineId] = useState('');
  const [date, setDate] = useState(() => formatDateNb(todayIso()));
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  const iso = parseDateNb(date);
  const parsed = parseKroner(amount);
  const errors = {
    line: lineId ? undefined : t('actuals.lineRequired'),
    date: iso ? undefined : t('translation:field.invalidDate'),
    amount: parsed.ok ? undefined : t('translation:field.invalidAmount'),
    note: validateField('budget-actual', 'note', note),
  };
  const show = (e: string | undefined) => (tried ? e : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (busy || errors.line || errors.date || errors.amount || errors.note || !iso || !parsed.ok) return;
    const line = lines.find((l) => l.id === lineId)?.description ?? '';
    setBusy(true);
    try {
      await createRecord('budget-actual', { lineId, date: iso, amount: parsed.value, note },
        t('undo.addActual', { amount: formatKroner(parsed.value), line }));
      setMessage(t('actuals.added', { amount: formatKroner(parsed.value), line, date: formatDateNb(iso) }));
      setAmount('');
      setNote('');
      setTried(false);
    } catch {
      // The header's save status says what went wrong; the form keeps the values.
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="actual-form" aria-labelledby="actual-form-title" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="actual-form-title">{t('actuals.formTitle')}</h3>
      <div className="form-row">
        <FieldFrame label={t('actuals.line')} error={show(errors.line)}>
          {({ inputId, describedBy, invalid }) => (
            <select id={inputId} className="ui-select" value={lineId} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => setLineId(e.target.value)}>
              <option value="">{t('actuals.chooseLine')}</option>
              <optgroup label={t('table.expenses')}>
                {figures.expenseLines.map((l) => <option key={l.id} value={l.id}>{l.description}</option>)}
              </optgroup>
              <optgroup label={t('table.income')}>
                {figures.incomeLines.map((l) => <option key={l.id} value={l.id}>{l.description}</option>)}
              </optgroup>
            </select>
          )}
        </FieldFrame>
        <FieldFrame label={t('actuals.date')} error={show(errors.date)}>
          {({ inputId, describedBy, invalid }) => (
            <input id={inputId} value={date} placeholder={t('actuals.datePlaceholder')} aria-invalid={invalid} aria-describedby={describedBy}
              onChange={(e) => setDate(e.target.value)} className="ui-input input-date" />
          )}
        </FieldFrame>
        <FieldFrame label={t('actuals.amount')} error={show(errors.amount)}>
          {({ inputId, describedBy, invalid }) => (
            <input id={inputId} value={amount} inputMode="numeric" aria-invalid={invalid} aria-describedby={describedBy}
              onChange={(e) => setAmount(e.target.value)} className="ui-input input-amount" />
          )}
        </FieldFrame>
        <FieldFrame label={t('actuals.note')} error={show(errors.note)}>
          {({ inputId, describedBy, invalid }) => (
            <input id={inputId} value={note} aria-invalid={invalid} aria-describedby={describedBy}
              onChange={(e) => setNote(e.target.value)} className="ui-input input-note" />
          )}
        </FieldFrame>
        <Button type="submit" variant="primary" disabled={busy}>{t('actuals.submit')}</Button>
      </div>
      <p aria-live="polite" className="live-line">{message}</p>
    </form>
  );
}
