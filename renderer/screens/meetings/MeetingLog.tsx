import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarPlus, Monitor, Plus, Search, X } from 'lucide-react';
import { formatDateTime } from '../../../shared/rules/dates';
import { messageLanguage } from '../../i18n/messages';
import { useKindsVersion } from '../../data/changes';
import { DeletedRecord } from '../../components/records';
import { MEETINGS_LIST, useFocusBackInLog, useLogTombstones } from './logTombstones';
import { useDirectoryData } from '../../data/directoryStore';
import { Missing } from '../../components/Missing';
import { isDigitalPlace } from './place';
import { meetingHref } from './route';
import { Snippet } from './Snippet';
import { logRowAt, SEARCH_LIMIT, useMeetingLog, useMeetingSearch, type MeetingHit, type MeetingLogRow } from './store';
import { NewMeetingForm } from './NewMeetingForm';
import { Button, EmptyState, VirtualTable, type VirtualRow } from '../../ui';

// The title takes most of what is left; each column's minimum holds its longest word (MIN_WIDTH is their sum).
// A place is often one long compound («Drammensbiblioteket,», «Innbyggertorget»): its column holds one
// whole, or the word would break mid-word while the title beside it has room to spare.
const COLUMNS_TEMPLATE = '10rem minmax(9rem, 2.4fr) minmax(10.5rem, 1fr) minmax(9rem, 1fr) minmax(12rem, 1.6fr)';
const MIN_WIDTH = '50.5rem';
// Two lines of a title or a place; a hit has its snippet under the title too.
const ROW_HEIGHT = 52;
const HIT_ROW_HEIGHT = 84;

/** Møter: the meeting log, newest first, with search and a new meeting from a template. */
export function MeetingLog() {
  const { t } = useTranslation('meetings');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const newButtonRef = useRef<HTMLButtonElement>(null);
  const version = useKindsVersion('meeting');
  const { total, pages, error, show } = useMeetingLog();
  const search = useMeetingSearch();
  const { groups } = useDirectoryData();
  const [text, setText] = useState(search.query);
  const [creating, setCreating] = useState(false);
  const searchId = useId();

  // Back from a meeting's page the link that was clicked is gone; start from the heading, not the top of the page.
  useEffect(() => {
    if (document.activeElement === document.body) headingRef.current?.focus();
  }, []);
  useEffect(() => {
    void useMeetingLog.getState().reload();
  }, [version]);
  // Typing searches after a short pause; a change to the meetings searches again.
  useEffect(() => {
    const timer = setTimeout(() => void useMeetingSearch.getState().run(text), 250);
    return () => clearTimeout(timer);
  }, [text, version]);

  // A meeting deleted on its page keeps its row here, the page it returns to, with «Angre» (records pattern).
  const log = useLogTombstones(pages);
  useFocusBackInLog();
  const stoneRow = (stone: (typeof log.stones)[number]): VirtualRow => ({
    cells: [], whole: <DeletedRecord list={MEETINGS_LIST} tombstone={stone} />,
  });

  const groupName = useCallback((id: string | null) => groups.find((g) => g.id === id)?.name, [groups]);
  const rowOf = (r: MeetingLogRow | MeetingHit): VirtualRow => ({
    cells: [
      <time dateTime={r.startsAt}>{formatDateTime(r.startsAt, messageLanguage())}</time>,
      <span className="mb-title-cell">
        <a href={meetingHref(r.id)} data-meeting-link={r.id}>{r.title}</a>
        {'snippet' in r && r.snippet ? <Snippet text={r.snippet} /> : null}
      </span>,
      t(`enums.meetingType.${r.type}`, { ns: 'translation' }),
      groupName(r.groupId) ?? <Missing text={t('noGroup')} />,
      isDigitalPlace(r.place) ? <span className="mb-digital"><Monitor aria-hidden="true" size={14} />{t('place.digital')}</span>
        : r.place.trim() ? <span title={r.place}>{r.place}</span> : <Missing text={t('place.unknown')} />,
    ],
  });

  const searching = search.query !== '' && text.trim() !== '';
  const hits = searching ? search.hits : undefined;
  const columns = [
    { id: 'startsAt', header: t('columns.startsAt'), type: 'date' as const },
    { id: 'title', header: t('columns.title'), lines: 0 },
    { id: 'type', header: t('columns.type') },
    { id: 'group', header: t('columns.group') },
    { id: 'place', header: t('columns.place') },
  ];

  return (
    <section aria-labelledby="meetings-title" className="mb-screen">
      <div className="mb-titlebar">
        <h1 id="meetings-title" ref={headingRef} tabIndex={-1}>{t('title')}</h1>
        {!creating ? (
          <Button variant="primary" ref={newButtonRef} icon={<Plus aria-hidden="true" size={16} />} onClick={() => setCreating(true)}>
            {t('newMeeting.open')}
          </Button>
        ) : null}
      </div>
      {creating ? (
        <NewMeetingForm groups={groups} onCancel={() => {
          setCreating(false);
          setTimeout(() => newButtonRef.current?.focus(), 0);
        }} />
      ) : null}

      <form role="search" className="mb-search" onSubmit={(e) => {
        e.preventDefault();
        void search.run(text);
      }}>
        <label htmlFor={searchId} className="ui-field-label">{t('search.label')}</label>
        <div className="mb-search-row">
          <input id={searchId} type="search" className="ui-input" value={text} onChange={(e) => setText(e.target.value)}
            aria-describedby={`${searchId}-hint`} autoComplete="off" />
          <Button type="submit" icon={<Search aria-hidden="true" size={16} />}>{t('search.button')}</Button>
          {text ? <Button variant="quiet" icon={<X aria-hidden="true" size={16} />} onClick={() => setText('')}>{t('search.clear')}</Button> : null}
        </div>
        <p id={`${searchId}-hint`} className="ui-field-hint">{t('search.hint')}</p>
      </form>

      <p className="mb-count" aria-live="polite">
        {searching
          ? search.busy && !hits ? t('search.searching')
            : hits && hits.length === 0 ? t('search.none', { query: search.query })
              : hits ? t('search.hits', { count: hits.length, query: search.query }) : ''
          : total === undefined ? t('log.loadingRow') : total > 0 ? t('log.count', { count: total }) : ''}
        {hits && hits.length >= SEARCH_LIMIT ? ` ${t('search.capped', { count: SEARCH_LIMIT })}` : null}
      </p>
      {error || search.error ? <p role="alert" className="field-error mb-error">{error ?? search.error}</p> : null}

      {hits ? (
        hits.length + log.stones.length > 0 ? (
          // While searching, the deleted meetings' rows come first: they are not among the hits.
          <VirtualTable key="hits" label={t('log.label')} bodyLabel={t('log.region')} columns={columns} template={COLUMNS_TEMPLATE} minWidth={MIN_WIDTH}
            count={log.stones.length + hits.length} rowHeight={HIT_ROW_HEIGHT} loadingText={t('log.loadingRow')}
            rowKey={(i) => (i < log.stones.length ? `deleted:${log.stones[i]!.id}` : hits[i - log.stones.length]?.id ?? i)}
            renderRow={(i) => {
              if (i < log.stones.length) return stoneRow(log.stones[i]!);
              const hit = hits[i - log.stones.length];
              return hit ? rowOf(hit) : undefined;
            }} className="mb-log mb-log-hits" />
        ) : null
      ) : total === 0 && log.stones.length === 0 ? (
        <EmptyState icon={CalendarPlus} title={t('log.empty')} text={t('log.emptyText')} />
      ) : total !== undefined ? (
        <VirtualTable key="log" label={t('log.label')} bodyLabel={t('log.region')} columns={columns} template={COLUMNS_TEMPLATE} minWidth={MIN_WIDTH}
          count={total + log.stones.length} rowHeight={ROW_HEIGHT} loadingText={t('log.loadingRow')} onRangeChange={show}
          renderRow={(i) => {
            const slot = log.slot(i);
            if (slot.stone) return stoneRow(slot.stone);
            const row = logRowAt(pages, slot.index);
            return row ? rowOf(row) : undefined;
          }} className="mb-log" />
      ) : null}
    </section>
  );
}
