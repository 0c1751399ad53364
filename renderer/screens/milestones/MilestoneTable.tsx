import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createRecord, deleteRecord, moveRecord } from '../../data/mutations';
import type { PeriodRow } from '../budget/store';
import { DeletedNotice, type Deleted } from './DeletedNotice';
import { MilestoneLine } from './MilestoneRow';
import type { MilestoneRow } from './store';

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
  const [deleted, setDeleted] = useState<Deleted | undefined>();

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
  const remove = (m: MilestoneRow) => {
    void deleteRecord('milestone', m.id, t('undo.delete', { number: m.number })).then((tx) => {
      setDeleted({ tx, id: m.id, number: m.number, description: m.description });
      focus.request(['.ms-deleted-notice button']);
    }).catch(() => undefined);
  };

  return (
    <>
      <p className="panel-hint ms-order-note">{t('orderNote')}</p>
      {deleted ? (
        <DeletedNotice deleted={deleted} onClose={() => setDeleted(undefined)}
          onRestored={(id) => focus.request([`[data-milestone-id="${id}"] .ms-description .field textarea`])} />
      ) : null}
      {groups.map((g) => (
        <section key={g.key} className="panel" aria-labelledby={`ms-group-${g.key}`}>
          <h2 id={`ms-group-${g.key}`}>{g.heading}</h2>
          {g.milestones.length === 0 ? <p className="empty">{t('emptyGroup')}</p> : (
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
                  {g.milestones.map((m, i) => (
                    <MilestoneLine key={m.id} milestone={m} all={all} periods={periods} today={today}
                      actions={{ above: g.milestones[i - 1], below: g.milestones[i + 1], move, remove }} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <button type="button" className="ms-add" onClick={() => void add(g).catch(() => undefined)}>
            + {g.periodId ? t('add', { period: g.periodLabel }) : t('addNoPeriod')}
          </button>
        </section>
      ))}
    </>
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
