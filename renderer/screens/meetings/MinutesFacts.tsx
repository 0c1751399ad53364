import { useTranslation } from 'react-i18next';
import { formatTimeNb, parseTimeNb, splitDateTime } from '../../../shared/rules/meetings';
import type { CallOptions } from '../../../shared/api/contract';
import { updateRecord } from '../../data/mutations';
import type { PersonRow } from '../../data/directoryStore';
import { DateField, recordDraftKey, SelectField, TextField } from '../../forms/fields';
import { validateField } from '../../forms/validateField';
import type { MeetingRecord } from './detailStore';
import './minutesI18n';

/**
 * The møtereferat's own facts (issue 14): end time, møteleder, referent, kopi
 * til, next meeting, approval and the archive reference. Each saves on its
 * own through the one write path, with undo, like the meeting's other fields.
 */
export function MinutesFacts({ meeting: m, people }: { meeting: MeetingRecord; people: readonly PersonRow[] }) {
  const { t } = useTranslation('meetingMinutes');
  const label = t('undo');
  const save = (fields: Partial<MeetingRecord>, before: Partial<MeetingRecord>, o?: CallOptions) =>
    updateRecord('meeting', m.id, fields, before, label, o);
  const personOptions = [{ value: '', label: t('nobody') }, ...people.map((p) => ({ value: p.id, label: p.name }))];
  const next = m.nextMeetingAt ? splitDateTime(m.nextMeetingAt) : undefined;
  const timeError = (text: string) => (text.trim() === '' || parseTimeNb(text) ? undefined : t('invalidTime'));
  const key = (field: string) => recordDraftKey('meeting', m.id, field);

  return (
    <section className="mb-panel mb-minutes-facts" aria-labelledby="meeting-minutes-facts">
      <div className="mb-section-head">
        <h2 id="meeting-minutes-facts">{t('heading')}</h2>
        <p className="ui-field-hint">{t('intro')}</p>
      </div>
      <p className="ui-field-hint mb-cases-hint">{t('casesHint')}</p>
      <div className="mb-facts-grid">
        <TextField label={t('endTime')} hint={t('endTimeHint')} value={m.endTime ? formatTimeNb(m.endTime) : ''} draftKey={key('endTime')}
          validate={timeError}
          onCommit={(v, o) => {
            const time = v.trim() === '' ? null : (parseTimeNb(v) ?? null);
            return time === m.endTime ? undefined : save({ endTime: time }, { endTime: m.endTime }, o);
          }} />
        <SelectField label={t('chair')} value={m.chairId ?? ''} options={personOptions}
          onCommit={(v) => save({ chairId: v || null }, { chairId: m.chairId }).catch(() => undefined)} />
        <SelectField label={t('secretary')} value={m.secretaryId ?? ''} options={personOptions}
          onCommit={(v) => save({ secretaryId: v || null }, { secretaryId: m.secretaryId }).catch(() => undefined)} />
        <TextField label={t('copyTo')} hint={t('copyToHint')} multiline rows={3} value={m.copyTo.join('\n')} draftKey={key('copyTo')}
          validate={(v) => validateField('meeting', 'copyTo', copyList(v))}
          onCommit={(v, o) => save({ copyTo: copyList(v) }, { copyTo: m.copyTo }, o)} />
        <DateField label={t('nextDate')} optional value={next?.date ?? null} draftKey={key('nextMeetingAt.date')}
          onCommit={(iso, o) => {
            const at = iso === null ? null : next?.time ? `${iso}T${next.time}` : iso;
            return save({ nextMeetingAt: at }, { nextMeetingAt: m.nextMeetingAt }, o);
          }} />
        <TextField label={t('nextTime')} value={next?.time ? formatTimeNb(next.time) : ''} disabled={!next} draftKey={key('nextMeetingAt.time')}
          validate={timeError}
          onCommit={(v, o) => {
            if (!next) return undefined;
            const time = v.trim() === '' ? undefined : parseTimeNb(v);
            const at = time ? `${next.date}T${time}` : next.date;
            return at === m.nextMeetingAt ? undefined : save({ nextMeetingAt: at }, { nextMeetingAt: m.nextMeetingAt }, o);
          }} />
        <TextField label={t('nextPlace')} value={m.nextMeetingPlace} draftKey={key('nextMeetingPlace')}
          validate={(v) => validateField('meeting', 'nextMeetingPlace', v)}
          onCommit={(v, o) => save({ nextMeetingPlace: v.trim() }, { nextMeetingPlace: m.nextMeetingPlace }, o)} />
        <DateField label={t('approvedOn')} optional value={m.approvedOn} draftKey={key('approvedOn')}
          onCommit={(iso, o) => save({ approvedOn: iso }, { approvedOn: m.approvedOn }, o)} />
        <TextField label={t('approvedBy')} hint={t('approvedByHint')} value={m.approvedBy} draftKey={key('approvedBy')}
          validate={(v) => validateField('meeting', 'approvedBy', v)}
          onCommit={(v, o) => save({ approvedBy: v.trim() }, { approvedBy: m.approvedBy }, o)} />
        <TextField label={t('archiveRef')} hint={t('archiveRefHint')} value={m.archiveRef} draftKey={key('archiveRef')}
          validate={(v) => validateField('meeting', 'archiveRef', v)}
          onCommit={(v, o) => save({ archiveRef: v.trim() }, { archiveRef: m.archiveRef }, o)} />
      </div>
    </section>
  );
}

/** Kopi til as typed, one recipient a line; blank lines are no recipient. */
function copyList(text: string): string[] {
  return text.split('\n').map((s) => s.trim()).filter((s) => s !== '');
}

