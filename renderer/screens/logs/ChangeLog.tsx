import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GitCompareArrows } from 'lucide-react';
import { CHANGE_ENTRY_TYPES } from '../../../shared/model/enums';
import { formatDateNb, todayIso } from '../../../shared/rules/dates';
import { AddRecordButton, EditableRecord } from '../../components/records';
import { DateField, RecordTextField } from '../../forms/fields';
import { updateRecord } from '../../data/mutations';
import { Badge, Checkbox } from '../../ui';
import { Detail, RecordRefSelect, RecordSegmented, shortName } from './controls';
import { LogList } from './LogList';
import type { ChangeEntry } from './store';
import { useLogStore } from './store';

const LIST = 'changes';

/** Endringslogg: changes to the plan and deviations from it, with their effects and whether NB was told. */
export function ChangeLog() {
  const { t } = useTranslation('logs');
  const changes = useLogStore((s) => s.changes);
  const add = (
    <AddRecordButton kind="change-entry" label={t('addChange')} undoLabel={t('undoAddChange')}
      fields={() => ({ date: todayIso(), what: t('newChange') })} />
  );
  return (
    <LogList list={LIST} records={changes} add={add} empty={{ icon: GitCompareArrows, title: t('noChanges'), text: t('noChangesHint') }}
      entry={(change) => <ChangeEntryView change={change} />} />
  );
}

function ChangeEntryView({ change }: { change: ChangeEntry }) {
  const { t } = useTranslation('logs');
  const people = useLogStore((s) => s.people);
  const name = shortName(change.what);
  const decider = [people.find((p) => p.id === change.decidedById)?.name, change.decidedBy.trim()].filter(Boolean).join(', ');
  const notified = change.nbNotified
    ? (change.nbNotifiedDate ? t('notified', { date: formatDateNb(change.nbNotifiedDate) }) : t('notifiedUndated'))
    : t('notNotified');
  return (
    <EditableRecord as="li" className="log-entry" target={{ kind: 'change-entry', id: change.id, name, list: LIST }}
      heading={
        <div className="log-entry-head">
          <span className="log-entry-meta">
            <time className="tabular-nums" dateTime={change.date}>{formatDateNb(change.date)}</time>
            <Badge tone={change.type === 'deviation' ? 'warning' : 'accent'}>{t(`translation:enums.changeEntryType.${change.type}`)}</Badge>
            <Badge tone={change.nbNotified ? 'success' : 'neutral'}>{notified}</Badge>
          </span>
          <h2 className="log-entry-title">{change.what}</h2>
        </div>
      }
      view={
        <dl className="log-entry-details">
          <Detail label={t('timeEffect')} text={change.timeEffect} />
          <Detail label={t('costEffect')} text={change.costEffect} />
          <Detail label={t('goalEffect')} text={change.goalEffect} />
          <Detail label={t('decidedById')} text={decider} />
        </dl>
      }
      editor={() => (
        <div className="log-editor">
          <RecordTextField kind="change-entry" record={change} field="what" label={t('what')} wrapping />
          <div className="log-editor-row">
            <DateField label={t('date')} value={change.date}
              onCommit={(v, o) => updateRecord('change-entry', change.id, { date: v }, undefined, t('date'), o)} />
            <RecordSegmented kind="change-entry" id={change.id} field="type" label={t('type')} value={change.type}
              options={CHANGE_ENTRY_TYPES.map((v) => ({ value: v, label: t(`translation:enums.changeEntryType.${v}`) }))} />
          </div>
          <RecordTextField kind="change-entry" record={change} field="timeEffect" label={t('timeEffect')} multiline rows={2} />
          <RecordTextField kind="change-entry" record={change} field="costEffect" label={t('costEffect')} multiline rows={2} />
          <RecordTextField kind="change-entry" record={change} field="goalEffect" label={t('goalEffect')} multiline rows={2} />
          <div className="log-editor-row">
            <RecordRefSelect kind="change-entry" id={change.id} field="decidedById" label={t('decidedById')} value={change.decidedById}
              none={t('nobody')} options={people.map((p) => ({ value: p.id, label: p.name }))} />
            <RecordTextField kind="change-entry" record={change} field="decidedBy" label={t('decidedBy')} hint={t('decidedByHint')} />
          </div>
          <NbNotice change={change} />
        </div>
      )} />
  );
}

/**
 * «Varslet Nasjonalbiblioteket» and when: ticking it dates the notice today (one undo step with the tick),
 * unticking clears the date. The box shows the click at once; the record's value takes over when it comes back.
 */
function NbNotice({ change }: { change: ChangeEntry }) {
  const { t } = useTranslation('logs');
  const [checked, setChecked] = useState(change.nbNotified);
  useEffect(() => setChecked(change.nbNotified), [change.nbNotified]);
  const setNotified = (on: boolean) => {
    setChecked(on);
    const patch = on ? { nbNotified: true, nbNotifiedDate: change.nbNotifiedDate ?? todayIso() } : { nbNotified: false, nbNotifiedDate: null };
    updateRecord('change-entry', change.id, patch, undefined, t('nbNotified')).catch(() => setChecked(change.nbNotified));
  };
  return (
    <div className="log-editor-row">
      <Checkbox label={t('nbNotified')} checked={checked} onChange={setNotified} />
      {change.nbNotified ? (
        <DateField label={t('nbNotifiedDate')} value={change.nbNotifiedDate} optional
          onCommit={(v, o) => updateRecord('change-entry', change.id, { nbNotifiedDate: v }, undefined, t('nbNotifiedDate'), o)} />
      ) : null}
    </div>
  );
}
