import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_TYPES, type MeetingType } from '../../../shared/model/enums';
import { formatDateNb, parseDateNb, todayIso } from '../../../shared/rules/dates';
import { parseTimeNb } from '../../../shared/rules/meetings';
import { createRecord } from '../../data/mutations';
import { Button, Checkbox } from '../../ui';
import { FieldFrame } from '../../forms/fields';
import { validateField } from '../../forms/validateField';
import type { GroupRow } from '../../data/directoryStore';
import { DIGITAL_PLACE } from './place';
import { meetingHref } from './route';
import { fillTemplate } from './templates';

/**
 * A new meeting from the template of its type. The template's title and group
 * follow the chosen type until the user changes them; the agenda is shown as
 * it will be created and is edited on the meeting's page.
 */
export function NewMeetingForm({ groups, onCancel }: { groups: readonly Pick<GroupRow, 'id' | 'name' | 'kind'>[]; onCancel: () => void }) {
  const { t } = useTranslation('meetings');
  const tc = useTranslation().t;
  const headingId = useId();
  const typeRef = useRef<HTMLSelectElement>(null);
  const [type, setType] = useState<MeetingType>('steering_group');
  const [titleDraft, setTitleDraft] = useState<string | undefined>();
  const [groupDraft, setGroupDraft] = useState<string | null | undefined>();
  const [date, setDate] = useState(() => formatDateNb(todayIso()));
  const [time, setTime] = useState('');
  const [place, setPlace] = useState('');
  const [digital, setDigital] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => typeRef.current?.focus(), []);

  const filled = fillTemplate(type, groups, (key) => t(key));
  const title = titleDraft ?? filled.title;
  const groupId = groupDraft === undefined ? filled.groupId : groupDraft;
  const isoDate = parseDateNb(date);
  // The time of day is optional: minutes written up afterwards may have none to give.
  const noTime = time.trim() === '';
  const isoTime = noTime ? undefined : parseTimeNb(time);
  const errors = {
    title: title.trim() === '' ? t('newMeeting.titleRequired') : validateField('meeting', 'title', title),
    date: isoDate ? undefined : tc('field.invalidDate'),
    time: noTime || isoTime ? undefined : t('detail.invalidTime'),
  };
  const show = (field: keyof typeof errors, touched: boolean) => (submitted || touched ? errors[field] : undefined);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSubmitted(true);
    if (errors.title || errors.date || errors.time || busy) return;
    setBusy(true);
    try {
      const id = await createRecord('meeting', {
        title: title.trim(),
        startsAt: isoTime ? `${isoDate}T${isoTime}` : isoDate,
        type,
        groupId,
        place: digital ? DIGITAL_PLACE : place.trim(),
        agenda: filled.agenda,
      }, t('undo.createMeeting'));
      window.location.hash = meetingHref(id);
    } catch {
      // The save status in the header says what went wrong; the form keeps what was typed.
      setBusy(false);
    }
  }

  const agendaItems = filled.agenda.split('\n').map((line) => line.replace(/^\d+\.\s*/, ''));
  return (
    <form className="mb-panel mb-new-meeting" aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate
      onKeyDown={(e) => {
        // Escape leaves the form as Avbryt does, from any field in it.
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          onCancel();
        }
      }}>
      <h2 id={headingId}>{t('newMeeting.heading')}</h2>
      <p className="ui-field-hint mb-form-hint"><span>{t('newMeeting.intro')}</span> <span>{t('newMeeting.requiredNote')}</span></p>
      <div className="mb-new-grid">
        <div className="mb-new-fields">
          <FieldFrame label={t('newMeeting.type')} required>
            {({ inputId }) => (
              <select id={inputId} ref={typeRef} required value={type} onChange={(e) => setType(e.target.value as MeetingType)}>
                {MEETING_TYPES.map((m) => <option key={m} value={m}>{tc(`enums.meetingType.${m}`)}</option>)}
              </select>
            )}
          </FieldFrame>
          <FieldFrame label={t('newMeeting.group')}>
            {({ inputId }) => (
              <select id={inputId} value={groupId ?? ''} onChange={(e) => setGroupDraft(e.target.value || null)}>
                <option value="">{t('noGroup')}</option>
                {groups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
              </select>
            )}
          </FieldFrame>
          <div className="mb-span-2">
            <FieldFrame label={t('newMeeting.title')} error={show('title', titleDraft !== undefined)} required>
              {({ inputId, describedBy, invalid }) => (
                <input id={inputId} required value={title} aria-invalid={invalid} aria-describedby={describedBy}
                  onChange={(e) => setTitleDraft(e.target.value)} />
              )}
            </FieldFrame>
          </div>
          <FieldFrame label={t('newMeeting.date')} error={show('date', false)} required>
            {({ inputId, describedBy, invalid }) => (
              <input id={inputId} required value={date} placeholder={tc('formats.datePlaceholder')} aria-invalid={invalid} aria-describedby={describedBy}
                onChange={(e) => setDate(e.target.value)} inputMode="numeric" />
            )}
          </FieldFrame>
          <FieldFrame label={t('newMeeting.time')} hint={t('newMeeting.timeHint')} error={show('time', false)}>
            {({ inputId, describedBy, invalid }) => (
              <input id={inputId} value={time} placeholder="tt.mm" aria-invalid={invalid} aria-describedby={describedBy}
                onChange={(e) => setTime(e.target.value)} inputMode="numeric" />
            )}
          </FieldFrame>
          <FieldFrame label={t('newMeeting.place')}>
            {({ inputId }) => (
              <input id={inputId} value={digital ? t('place.digital') : place} disabled={digital}
                onChange={(e) => setPlace(e.target.value)} />
            )}
          </FieldFrame>
          <Checkbox className="mb-check" checked={digital} onChange={setDigital} label={t('newMeeting.digital')} />
        </div>
        <div className="mb-new-agenda">
          <h3 id={`${headingId}-agenda`}>{t('newMeeting.agenda')}</h3>
          <ol aria-labelledby={`${headingId}-agenda`}>
            {agendaItems.map((item) => <li key={item}>{item}</li>)}
          </ol>
        </div>
      </div>
      <div className="mb-actions-row">
        <Button type="submit" variant="primary" disabled={busy}>{t('newMeeting.create')}</Button>
        <Button onClick={onCancel}>{t('newMeeting.cancel')}</Button>
      </div>
    </form>
  );
}
