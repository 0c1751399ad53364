import './i18n';
import './actions.css';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListChecks, RotateCcw, SearchX, TriangleAlert } from 'lucide-react';
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/model/enums';
import { formatDateNb, formatDateTime, todayIso } from '../../../shared/rules/dates';
import { messageLanguage } from '../../i18n/messages';
import { isOverdue } from '../../../shared/rules/meetings';
import { useLoaded } from '../../data/loadedStore';
import { updateRecord } from '../../data/mutations';
import { useDirectoryData } from '../../data/directoryStore';
import { Missing } from '../../components/Missing';
import { OverdueBadge } from '../../components/OverdueBadge';
import { meetingHref } from '../../components/meetingHref';
import { Badge, Button, buttonClass, Checkbox, EmptyState, Field, Select, Skeleton, VirtualTable, type VirtualRow } from '../../ui';
import { DEFAULT_FILTER, filterActionItems, type ActionFilter } from './filters';
import { useActionFilter, useActionItems, type ActionItemRow } from './store';

// The text and the meeting take what is left; the narrowest they may be together is MIN_WIDTH.
const COLUMNS_TEMPLATE = '7rem minmax(11rem, 2fr) minmax(8rem, 1fr) minmax(12rem, 2fr) 8rem';
const MIN_WIDTH = '47rem';
// Room for two lines of a meeting's title and its date under it.
const ROW_HEIGHT = 66;

/** Oppgaver: every action item across the meetings, by due date, filtered by owner, status and due date. */
export function Actions() {
  const { t } = useTranslation('actions');
  const tc = useTranslation().t;
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

  const statuses = ACTION_STATUSES.map((s) => ({ value: s, label: tc(`enums.actionStatus.${s}`) }));
  const rowOf = (item: ActionItemRow): VirtualRow => {
    const chosen = pending[item.id];
    const status = chosen && chosen.over === item.status ? chosen.value : item.status;
    const overdue = isOverdue({ dueDate: item.dueDate, status }, today);
    return {
      className: `status-${status}${overdue ? ' is-overdue' : ''}`,
      cells: [
        <span className="actions-stack">
          {item.dueDate ? <time dateTime={item.dueDate}>{formatDateNb(item.dueDate)}</time> : <span className="actions-muted">{t('noDue')}</span>}
          {overdue ? <OverdueBadge /> : null}
        </span>,
        // Done is a real checkbox named by the item's text: ticking it marks the item done, unticking opens it again.
        <span className="actions-text" data-record-id={item.id}>
          <Checkbox checked={status === 'done'} onChange={(done) => void changeStatus(item, done ? 'done' : 'open')}
            label={<span className="actions-text-words" title={item.text}>{item.text}</span>} />
        </span>,
        item.ownerId ? names.get(item.ownerId) ?? '?' : <Missing text={t('noOwner')} />,
        item.meetingId && item.meetingTitle ? (
          <span className="actions-stack">
            <a href={meetingHref(item.meetingId)} className="actions-meeting" title={item.meetingTitle}>{item.meetingTitle}</a>
            {item.meetingStartsAt ? <span className="actions-small">{formatDateTime(item.meetingStartsAt, messageLanguage())}</span> : null}
          </span>
        ) : <span className="actions-muted">{t('noMeeting')}</span>,
        <Select aria-label={t('statusFor', { text: item.text })} value={status} options={statuses} className="ui-select actions-status"
          onChange={(value) => void changeStatus(item, value)} />,
      ],
    };
  };

  const filterSelect = (key: keyof ActionFilter, label: string, options: { value: string; label: string }[]) => (
    <Field label={label} className="actions-filter">
      <Select className="ui-select" value={filter[key]} options={options} onChange={(value) => setFilter({ [key]: value })} />
    </Field>
  );
  const reset = <Button variant="quiet" icon={<RotateCcw aria-hidden="true" size={16} />} onClick={() => setFilter(DEFAULT_FILTER)}>{t('filters.reset')}</Button>;

  return (
    <section aria-labelledby="actions-title" className="actions-screen">
      <div className="actions-titlebar">
        <h1 id="actions-title">{t('title')}</h1>
      </div>
      <form className="actions-filters" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
        {filterSelect('owner', t('filters.owner'), [
          { value: 'all', label: t('filters.allOwners') },
          { value: 'none', label: t('filters.noOwner') },
          ...owners.map((p) => ({ value: p.id, label: p.name })),
        ])}
        {filterSelect('status', t('filters.status'), [
          { value: 'all', label: t('filters.allStatuses') },
          { value: 'unfinished', label: t('filters.unfinished') },
          ...statuses,
        ])}
        {filterSelect('due', t('filters.due'), [
          { value: 'all', label: t('filters.allDue') },
          { value: 'overdue', label: t('filters.overdue') },
          { value: 'this_week', label: t('filters.thisWeek') },
          { value: 'none', label: t('filters.noDue') },
        ])}
        {filtered ? reset : null}
      </form>

      <p className="actions-count" aria-live="polite">
        {loaded && items.length > 0 ? <span>{t('count', { shown: shown.length, count: items.length })}</span> : null}
        {overdueCount > 0 ? <Badge tone="danger" icon={<TriangleAlert aria-hidden="true" size={12} strokeWidth={2.5} />}>{t('overdueCount', { count: overdueCount })}</Badge> : null}
        {loaded && shown.length > 0 ? <span className="actions-muted">{t('sortedByDue')}</span> : null}
      </p>
      {error ? <p role="alert" className="actions-error">{error}</p> : null}

      {!loaded ? <Skeleton lines={4} />
        : items.length === 0
          ? <EmptyState icon={ListChecks} title={t('none')} text={t('noneText')}
              action={<a className={buttonClass('secondary', 'md')} href={meetingHref()}>{t('toMeetings')}</a>} />
          : shown.length === 0 ? <EmptyState icon={SearchX} title={t('noneMatch')} text={t('noneMatchText')} action={reset} />
            : (
              <VirtualTable label={t('table')} bodyLabel={t('body')} template={COLUMNS_TEMPLATE} minWidth={MIN_WIDTH} rowHeight={ROW_HEIGHT}
                count={shown.length} rowKey={(i) => shown[i]?.id ?? i} loadingText={t('loading')}
                renderRow={(i) => (shown[i] ? rowOf(shown[i]) : undefined)} className="actions-table"
                columns={[
                  { id: 'due', header: t('columns.due'), type: 'date' },
                  { id: 'text', header: t('columns.text'), lines: 0 },
                  { id: 'owner', header: t('columns.owner') },
                  { id: 'meeting', header: t('columns.meeting'), lines: 0 },
                  { id: 'status', header: t('columns.status'), lines: 0 },
                ]} />
            )}
    </section>
  );
}
