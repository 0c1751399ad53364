import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_TYPES, type MeetingType } from '../../../shared/model/enums';
import { formatDateNb, formatDateTime, parseDateNb } from '../../../shared/rules/dates';
import { messageLanguage } from '../../i18n/messages';
import { formatTimeNb, parseTimeNb, splitDateTime } from '../../../shared/rules/meetings';
import { useKindsVersion, useRecordVersion } from '../../data/changes';
import { updateRecord } from '../../data/mutations';
import { FieldFrame, RecordTextField, SelectField, TextField } from '../../forms/fields';
import { validateField } from '../../forms/validateField';
import { Checkbox, Skeleton } from '../../ui';
import { ArrowLeft } from 'lucide-react';
import { Attendees } from './Attendees';
import { DeleteMeeting } from './DeleteMeeting';
import { useMeetingDetail, type MeetingRecord } from './detailStore';
import { useDirectoryData, type GroupRow } from '../../data/directoryStore';
import { MarkdownField } from './MarkdownField';
import { MeetingActions } from './MeetingActions';
import { MinutesFacts } from './MinutesFacts';
import { DIGITAL_PLACE, isDigitalPlace } from './place';
import { meetingHref } from './route';

/** One meeting's page: its facts, attendees, agenda, minutes, decisions and action items. */
export function MeetingPage({ id }: { id: string }) {
  const { t } = useTranslation('meetings');
  const tc = useTranslation().t;
  // This meeting, and its attendance and action items (which may be new ones, so by kind).
  const version = `${useRecordVersion('meeting', id)}.${useKindsVersion('attendance', 'action')}`;
  const { detail, missing, error, load } = useMeetingDetail();
  const directory = useDirectoryData();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shown = detail?.meeting.id === id ? detail : undefined;
  // While this meeting is being deleted the page stops asking for it (it would only hear «not found»).
  const deleting = useRef(false);

  useEffect(() => {
    if (!deleting.current) void load(id);
  }, [id, load, version]);
  // Arriving from the log or a new-meeting form, start reading at the meeting's title.
  const ready = Boolean(shown);
  useEffect(() => {
    if (ready) headingRef.current?.focus();
  }, [ready]);

  const back = <p className="mb-back"><a href={meetingHref()}><ArrowLeft aria-hidden="true" size={16} />{t('detail.back')}</a></p>;
  if (missing) return <section className="mb-screen">{back}<p role="alert">{t('detail.notFound')}</p></section>;
  if (error) return <section className="mb-screen">{back}<p role="alert" className="field-error mb-error">{error}</p></section>;
  if (!shown) return <section className="mb-screen">{back}<Skeleton lines={6} /></section>;

  const m = shown.meeting;
  const record = m as unknown as { id: string } & Record<string, unknown>;
  const group = directory.groups.find((g) => g.id === m.groupId);
  const label = t('undo.updateMeeting');
  return (
    <article className="mb-screen mb-meeting" aria-labelledby="meeting-title">
      {back}
      <header className="mb-meeting-head">
        <h1 id="meeting-title" ref={headingRef} tabIndex={-1}>{m.title}</h1>
        <p className="mb-meeting-meta">
          <time dateTime={m.startsAt}>{formatDateTime(m.startsAt, messageLanguage())}</time>
          <span aria-hidden="true"> · </span>
          <span>{tc(`enums.meetingType.${m.type}`)}</span>
          {group ? <><span aria-hidden="true"> · </span><span>{group.name}</span></> : null}
          {m.place.trim() ? <><span aria-hidden="true"> · </span><span>{isDigitalPlace(m.place) ? t('place.digital') : m.place}</span></> : null}
        </p>
      </header>

      <section className="mb-panel mb-facts" aria-labelledby="meeting-facts">
        <div className="mb-section-head">
          <h2 id="meeting-facts">{t('detail.about')}</h2>
          <p className="ui-field-hint">{t('detail.requiredNote')}</p>
        </div>
        <div className="mb-facts-grid">
          {/* The title cannot be emptied (the field says so if it is); its «*» is drawn here, as FieldFrame draws it. */}
          <div className="mb-facts-title mb-required-field">
            <RecordTextField kind="meeting" record={record} field="title" label={t('detail.title')} undoLabel={label} />
          </div>
          <StartsAtField meeting={m} />
          <SelectField<MeetingType> label={t('detail.type')} value={m.type}
            options={MEETING_TYPES.map((v) => ({ value: v, label: tc(`enums.meetingType.${v}`) }))}
            onCommit={(v) => updateRecord('meeting', m.id, { type: v }, { type: m.type }, label).catch(() => undefined)} />
          <GroupField meeting={m} groups={directory.groups} />
          <PlaceField meeting={m} />
        </div>
      </section>

      <div className="mb-meeting-body">
        <div className="mb-meeting-main">
          <MarkdownField kind="meeting" record={record} field="agenda" label={t('text.agenda')} undoLabel={label} />
          <MarkdownField kind="meeting" record={record} field="minutes" label={t('text.minutes')} undoLabel={label} />
          <MarkdownField kind="meeting" record={record} field="decisions" label={t('text.decisions')} undoLabel={label} />
          <MeetingActions meetingId={m.id} actions={shown.actions} people={directory.people} />
          <MinutesFacts meeting={m} people={directory.people} />
        </div>
        <div className="mb-meeting-side">
          <Attendees meeting={m} attendance={shown.attendance} people={directory.people}
            groups={directory.groups} memberships={directory.memberships} />
          <DeleteMeeting meeting={m} attendees={shown.attendance.length} actions={shown.actions.length}
            onDeleting={(on) => { deleting.current = on; }} />
        </div>
      </div>
    </article>
  );
}

/** Date and time of the meeting as two fields typed the Norwegian way; saved together when either is left. */
function StartsAtField({ meeting }: { meeting: MeetingRecord }) {
  const { t } = useTranslation('meetings');
  const tc = useTranslation().t;
  const saved = splitDateTime(meeting.startsAt);
  const [draft, setDraft] = useState<{ base: string; date?: string; time?: string } | undefined>();
  const live = draft && draft.base === meeting.startsAt ? draft : undefined;
  const dateText = live?.date ?? formatDateNb(saved.date);
  const timeText = live?.time ?? formatTimeNb(saved.time);
  const isoDate = parseDateNb(dateText);
  // No time of day is a meeting on that day, at a time nobody wrote down.
  const noTime = timeText.trim() === '';
  const isoTime = noTime ? undefined : parseTimeNb(timeText);
  const dateError = live?.date !== undefined && !isoDate ? tc('field.invalidDate') : undefined;
  const timeError = live?.time !== undefined && !noTime && !isoTime ? t('detail.invalidTime') : undefined;

  async function commit() {
    if (!live || !isoDate || (!noTime && !isoTime)) return;
    const next = isoTime ? `${isoDate}T${isoTime}` : isoDate;
    if (validateField('meeting', 'startsAt', next)) return;
    try {
      if (next !== meeting.startsAt) {
        await updateRecord('meeting', meeting.id, { startsAt: next }, { startsAt: meeting.startsAt }, t('undo.updateMeeting'));
      }
      setDraft(undefined);
    } catch {
      // The header's save status says why; the draft stays.
    }
  }
  const change = (part: 'date' | 'time', value: string) =>
    setDraft((d) => ({ ...(d && d.base === meeting.startsAt ? d : {}), base: meeting.startsAt, [part]: value }));

  return (
    <div className="mb-field-pair">
      <FieldFrame label={t('detail.date')} error={dateError} required>
        {({ inputId, describedBy, invalid }) => (
          <input id={inputId} required value={dateText} placeholder={tc('formats.datePlaceholder')} inputMode="numeric" aria-invalid={invalid} aria-describedby={describedBy}
            onChange={(e) => change('date', e.target.value)} onBlur={() => void commit()}
            onKeyDown={(e) => e.key === 'Enter' && void commit()} />
        )}
      </FieldFrame>
      <FieldFrame label={t('detail.time')} error={timeError} hint={t('detail.timeHint')}>
        {({ inputId, describedBy, invalid }) => (
          <input id={inputId} value={timeText} placeholder="tt.mm" inputMode="numeric" aria-invalid={invalid} aria-describedby={describedBy}
            onChange={(e) => change('time', e.target.value)} onBlur={() => void commit()}
            onKeyDown={(e) => e.key === 'Enter' && void commit()} />
        )}
      </FieldFrame>
    </div>
  );
}

function GroupField({ meeting, groups }: { meeting: MeetingRecord; groups: readonly GroupRow[] }) {
  const { t } = useTranslation('meetings');
  return (
    <SelectField label={t('detail.group')} value={meeting.groupId ?? ''}
      options={[{ value: '', label: t('noGroup') }, ...groups.map((g) => ({ value: g.id, label: g.name }))]}
      onCommit={(v) => updateRecord('meeting', meeting.id, { groupId: v || null }, { groupId: meeting.groupId }, t('undo.updateMeeting'))
        .catch(() => undefined)} />
  );
}

/** The place as text, or "digitalt" with the box ticked. */
function PlaceField({ meeting }: { meeting: MeetingRecord }) {
  const { t } = useTranslation('meetings');
  const digital = isDigitalPlace(meeting.place);
  const label = t('undo.updateMeeting');
  return (
    <div className="mb-place">
      <TextField label={t('detail.place')} value={digital ? t('place.digital') : meeting.place} disabled={digital}
        validate={(v) => validateField('meeting', 'place', v)}
        onCommit={(v) => updateRecord('meeting', meeting.id, { place: v.trim() }, { place: meeting.place }, label)} />
      <Checkbox className="mb-check" checked={digital} label={t('detail.digital')} onChange={(checked) => {
        void updateRecord('meeting', meeting.id, { place: checked ? DIGITAL_PLACE : '' }, { place: meeting.place }, label)
          .catch(() => undefined);
      }} />
    </div>
  );
}
