import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createRecord, moveRecord } from '../../data/mutations';
import { DeletedRecord, useRecordRows, useRecordUi } from '../../components/records';
import type { PeriodRow } from '../budget/store';
import { MilestoneLine, type RowActions } from './MilestoneRow';
import type { MilestoneRow } from './store';
import { Button, EmptyState } from '../../ui';
import { Flag, Plus } from 'lucide-react';

export interface MilestoneGroup {
  key: string;
  heading: string;
  /** The project year a milestone added here belongs to; null for the milestones without one. */
  periodId: string | null;
  periodLabel: string;
  milestones: MilestoneRow[];
}

/**
 * The milestone plan as tables, one per project year as the plan draws it,
 * every line editable in place. The number is the order (the model has no
 * other): ↑ and ↓ trade numbers with the neighbour in the same year, so the
 * plan's "milepæl 5" keeps naming one line and sorting stays by number.
 */
export function MilestoneTable({ groups, all, periods, today }: {
  groups: MilestoneGroup[]; all: readonly MilestoneRow[]; periods: readonly PeriodRow[]; today: string;
}) {
  const { t } = useTranslation('milestones');
  const focus = usePendingFocus(all);

  const add = async (group: MilestoneGroup) => {
    const id = await createRecord('milestone', { description: t('newDescription'), periodId: group.periodId }, t('undo.add'));
    focus.request([`[data-milestone-id="${id}"] .ms-description .field textarea`], { select: true });
  };
  const move = (m: MilestoneRow, other: MilestoneRow, direction: 'up' | 'down') => {
    // The ids in their new order: one reorder step, so one Angre puts both back.
    const order = direction === 'up' ? [m.id, other.id] : [other.id, m.id];
    void moveRecord('milestone', order, t('undo.move', { number: m.number })).then(() =>
      // Focus stays on the moved line's button, or its other arrow once it reaches the end of its year.
      focus.request([`[data-focus="${m.id}:${direction}"]:not(:disabled)`, `[data-focus="${m.id}:${direction === 'up' ? 'down' : 'up'}"]`], { waitForData: true }),
    ).catch(() => undefined);
  };
  // A deleted line brought back (its row's Angre, Ctrl+Z, another window): focus on its description, as when added.
  const back = useRecordUi((s) => s.focusToggle);
  useEffect(() => {
    if (!back || !all.some((m) => m.id === back)) return;
    useRecordUi.getState().focused(back);
    focus.request([`[data-milestone-id="${back}"] .ms-description .field textarea`]);
  }, [back, all]);

  return (
    <>
      <p className="ms-hint ms-order-note">{t('orderNote')}</p>
      {groups.map((g) => (
        <MilestoneGroupPanel key={g.key} group={g} all={all} periods={periods} today={today} move={move}
          onAdd={() => void add(g).catch(() => undefined)} />
      ))}
    </>
  );
}

/** One project year's table; a line deleted from it keeps its row with «Angre» (records pattern). */
function MilestoneGroupPanel({ group: g, all, periods, today, move, onAdd }: {
  group: MilestoneGroup; all: readonly MilestoneRow[]; periods: readonly PeriodRow[]; today: string;
  move: RowActions['move']; onAdd: () => void;
}) {
  const { t } = useTranslation('milestones');
  const list = `milestones:${g.key}`;
  const rows = useRecordRows(list, g.milestones);
  return (
    <section className="panel" aria-labelledby={`ms-group-${g.key}`}>
      <h2 id={`ms-group-${g.key}`}>{g.heading}</h2>
      {rows.length === 0 ? <EmptyState icon={Flag} title={t('emptyGroup')} /> : (
        <div className="table-scroll">
          <table className="data-table milestone-table" aria-labelledby={`ms-group-${g.key}`}>
            <thead>
              <tr>
                <th scope="col" className="col-number">{t('col.number')}</th>
                <th scope="col" className="col-description">{t('col.description')}</th>
                <th scope="col" className="col-planned">{t('col.planned')}</th>
                <th scope="col" className="col-period">{t('col.period')}</th>
                <th scope="col" className="col-status">{t('col.status')}</th>
                <th scope="col" className="col-actual">{t('col.actual')}</th>
                <th scope="col" className="col-actions"><span className="sr-only">{t('col.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                if (row.tombstone) return <DeletedRecord key={row.key} list={list} tombstone={row.tombstone} as="tr" colSpan={7} />;
                const i = g.milestones.indexOf(row.record);
                return (
                  <MilestoneLine key={row.key} milestone={row.record} all={all} periods={periods} today={today}
                    actions={{ above: g.milestones[i - 1], below: g.milestones[i + 1], move, list }} />
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Button className="ms-add" icon={<Plus aria-hidden="true" size={18} />} onClick={onAdd}>
        {g.periodId ? t('add', { period: g.periodLabel }) : t('addNoPeriod')}
      </Button>
    </section>
  );
}

/**
 * Focus to move once the list has reloaded after a write: the new line's first
 * field, a moved line's arrow, the «Angre» of a deletion. The first selector
 * that matches wins. `waitForData`: only once the list has reloaded (a moved
 * line is in the page already, in its old place, before that).
 */
function usePendingFocus(data: unknown) {
  const pending = useRef<{ selectors: string[]; select: boolean; dataBefore?: unknown } | undefined>(undefined);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const want = pending.current;
    if (!want || ('dataBefore' in want && want.dataBefore === data)) return;
    for (const selector of want.selectors) {
      const el = document.querySelector<HTMLElement>(selector);
      if (!el) continue;
      el.focus();
      if (want.select && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) el.select();
      pending.current = undefined;
      return;
    }
  }, [data, tick]);
  return {
    request(selectors: string[], options: { select?: boolean; waitForData?: boolean } = {}) {
      pending.current = { selectors, select: options.select ?? false, ...(options.waitForData ? { dataBefore: data } : {}) };
      setTick((n) => n + 1);
    },
  };
}
