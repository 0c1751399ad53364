import './i18n';
import '../meetings/i18n';
import '../meetings/meetings.css';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/model/enums';
import { formatDateNb, formatDateTime, todayIso } from '../../../shared/rules/dates';
import { messageLanguage } from '../../i18n/messages';
import { isOverdue } from '../../../shared/rules/meetings';
import { useLoaded } from '../../data/loadedStore';
import { updateRecord } from '../../data/mutations';
import { useDirectoryData } from '../meetings/directoryStore';
import { Missing } from '../meetings/Missing';
import { OverdueBadge } from '../meetings/OverdueBadge';
import { meetingHref } from '../meetings/route';
import { VirtualTable, type VirtualRow } from '../meetings/VirtualTable';
import { DEFAULT_FILTER, filterActionItems, type ActionFilter } from './filters';
import { useActionFilter, useActionItems, type ActionItemRow } from './store';

const COLUMNS_TEMPLATE = '9.5rem minmax(14rem, 2.2fr) minmax(9rem, 1fr) minmax(13rem, 1.6fr) 10rem';
const ROW_HEIGHT = 58;

/** Oppgaver: every action item across the meetings, by due date, filtered by owner, status and due date. */
export function Actions() {
  const { t } = useTranslation('actions');
  const tc = useTranslation().t;
  const id = useId();
  const { items, loaded, error } = useLoaded(useActionItems, ['action', 'meeting']);
  const { filter, setFilter } = useActionFilter();
  const { people } = useDirectoryData();
  // The status the user just chose, shown while the list still holds the one it was chosen over.
  const [pending, setPending] = useState<Record<string, { value: ActionStatus; over: ActionStatus }>>({});
  const today = todayIso();

  // Once an item has moved on (saved, or changed by undo), it speaks for itself again.
  useEffect(() => {
    setPending((s) => {
      const kept = Object.entries(s).filter(([rid, p]) => items.find((i) => i.id === rid)?.status === p.over);
      return kept.length === Object.keys(s).length ? s : Object.fromEntries(kept);
    });
  }, [items]);

  const names = useMemo(() => new Map(people.map((p) => [p.id, p.name])), [people]);
  const owners = useMemo(() => [...people].sort((a, b) => a.name.localeCompare(b.name, 'nb')), [people]);
  const shown = useMemo(() => filterActionItems(items, filter, today), [items, filter, today]);
  const overdueCount = useMemo(() => shown.filter((i) => isOverdue(i, today)).length, [shown, today]);
  const filtered = filter.owner !== DEFAULT_FILTER.owner || filter.status !== DEFAULT_FILTER.status || filter.due !== DEFAULT_FILTER.due;

  async function changeStatus(item: ActionItemRow, status: ActionStatus) {
    setPending((p) => ({ ...p, [item.id]: { value: status, over: item.status } }));
    try {
      await updateRecord('action', item.id, { status }, { status: item.status }, t('undoStatus'));
    } catch {
      // Not saved (the header's save status says why): show the item as it is.
      setPending(({ [item.id]: _failed, ...rest }) => rest);
    }
  }

  const rowOf = (item: ActionItemRow): VirtualRow => {
    const chosen = pending[item.id];
    const status = chosen && chosen.over === item.status ? chosen.value : item.status;
    const overdue = isOverdue({ dueDate: item.dueDate, status }, today);
    return {
      className: `status-${status}${overdue ? ' is-overdue' : ''}`,
      cells: [
        <span className="mb-stack">
          {item.dueDate ? <time dateTime={item.dueDate}>{formatDateNb(item.dueDate)}</time> : <span className="mb-muted">{t('noDue')}</span>}
          {overdue ? <OverdueBadge /> : null}
        </span>,
        <span className="mb-clamp" data-record-id={item.id}>{item.text}</span>,
        item.ownerId ? names.get(item.ownerId) ?? '?' : <Missing text={t('noOwner')} />,
        item.meetingId && item.meetingTitle ? (
          <span className="mb-stack">
            <a href={meetingHref(item.meetingId)}>{item.meetingTitle}</a>
            {item.meetingStartsAt ? <span className="mb-small">{formatDateTime(item.meetingStartsAt, messageLanguage())}</span> : null}
          </span>
        ) : <span className="mb-muted">{t('noMeeting')}</span>,
        <select aria-label={t('statusFor', { text: item.text })} value={status} className="mb-status-select"
          onChange={(e) => void changeStatus(item, e.target.value as ActionStatus)}>
          {ACTION_STATUSES.map((s) => <option key={s} value={s}>{tc(`enums.actionStatus.${s}`)}</option>)}
        </select>,
      ],
    };
  };

  const select = (key: keyof ActionFilter, label: string, options: { value: string; label: string }[]) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={filter[key]} onChange={(e) => setFilter({ [key]: e.target.value })}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );

  return (
    <section aria-labelledby="actions-title" className="mb-screen">
      <div className="mb-titlebar">
        <h1 id="actions-title">{t('title')}</h1>
      </div>
      <p className="mb-hint">{t('intro')}</p>
      <form className="mb-filters" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
        {select('owner', t('filters.owner'), [
          { value: 'all', label: t('filters.allOwners') },
          { value: 'none', label: t('filters.noOwner') },
          ...owners.map((p) => ({ value: p.id, label: p.name })),
        ])}
        {select('status', t('filters.status'), [
          { value: 'all', label: t('filters.allStatuses') },
          { value: 'unfinished', label: t('filters.unfinished') },
          ...ACTION_STATUSES.map((s) => ({ value: s, label: tc(`enums.actionStatus.${s}`) })),
        ])}
        {select('due', t('filters.due'), [
          { value: 'all', label: t('filters.allDue') },
          { value: 'overdue', label: t('filters.overdue') },
          { value: 'this_week', label: t('filters.thisWeek') },
          { value: 'none', label: t('filters.noDue') },
        ])}
        {filtered ? (
          <button type="button" className="mb-btn mb-btn-quiet" onClick={() => setFilter(DEFAULT_FILTER)}>{t('filters.reset')}</button>
        ) : null}
      </form>

      <p className="mb-count" aria-live="polite">
        {loaded && items.length > 0 ? t('count', { shown: shown.length, count: items.length }) : null}
        {overdueCount > 0 ? (
          <span className="mb-overdue mb-count-overdue"><span aria-hidden="true">⚠ </span>{t('overdueCount', { count: overdueCount })}</span>
        ) : null}
      </p>
      {error ? <p role="alert" className="mb-error">{error}</p> : null}

      {!loaded ? <p>{t('loading')}</p>
        : items.length === 0 ? <p className="mb-empty">{t('none')}</p>
          : shown.length === 0 ? <p className="mb-empty">{t('noneMatch')}</p>
            : (
              <VirtualTable label={t('table')} bodyLabel={t('body')} template={COLUMNS_TEMPLATE} rowHeight={ROW_HEIGHT}
                count={shown.length} rowKey={(i) => shown[i]?.id ?? i} loadingText={t('loading')}
                renderRow={(i) => (shown[i] ? rowOf(shown[i]) : undefined)} className="mb-actions-table"
                columns={[
                  { id: 'due', header: t('columns.due') },
                  { id: 'text', header: t('columns.text') },
                  { id: 'owner', header: t('columns.owner') },
                  { id: 'meeting', header: t('columns.meeting') },
                  { id: 'status', header: t('columns.status') },
                ]} />
            )}
    </section>
  );
}
