import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus } from 'lucide-react';
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/model/enums';
import { todayIso } from '../../../shared/rules/dates';
import { isOverdue } from '../../../shared/rules/meetings';
import { DeletedRecord, DeleteRecordButton, useRecordRows } from '../../components/records';
import { createRecord, updateRecord } from '../../data/mutations';
import { Button, Checkbox } from '../../ui';
import { useFocusWhenBack } from './useFocusWhenBack';
import { DateField, FieldFrame, RecordTextField, SelectField } from '../../forms/fields';
import { validateField } from '../../forms/validateField';
import type { PersonRow } from '../../data/directoryStore';
import type { ActionRecord } from './detailStore';
import { OverdueBadge } from '../../components/OverdueBadge';

const actionText = (id: string) => `[data-action-id="${id}"] input`;

/** The action items agreed in one meeting: text, owner, due date and status, each saved as it changes. */
export function MeetingActions({ meetingId, actions, people }: {
  meetingId: string;
  actions: readonly ActionRecord[];
  people: readonly PersonRow[];
}) {
  const { t } = useTranslation('meetings');
  const tc = useTranslation().t;
  const id = useId();
  const today = todayIso();
  const newRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const error = tried ? validateField('action', 'text', text) : undefined;
  const owners = [
    { value: '', label: t('actions.noOwner') },
    ...[...people].sort((a, b) => a.name.localeCompare(b.name, 'nb')).map((p) => ({ value: p.id, label: p.name })),
  ];
  const statuses = ACTION_STATUSES.map((s) => ({ value: s, label: tc(`enums.actionStatus.${s}`) }));
  const label = t('undo.updateAction');
  // A deleted item keeps its card's place, with «Angre» (the records pattern); back, focus is on its text.
  const list = `actions:${meetingId}`;
  const rows = useRecordRows(list, actions);
  useFocusWhenBack(actions.map((a) => a.id), actionText);

  async function add() {
    setTried(true);
    if (validateField('action', 'text', text)) return;
    try {
      await createRecord('action', { meetingId, text: text.trim(), status: 'open' }, t('undo.createAction'));
      setText('');
      setTried(false);
      newRef.current?.focus();
    } catch {
      // The header's save status says why; the text stays.
    }
  }

  return (
    <section className="mb-panel mb-meeting-actions" aria-labelledby={`${id}-h`}>
      <div className="mb-section-head">
        <h2 id={`${id}-h`}>{t('actions.heading')}</h2>
        <a href="#/actions">{t('actions.overview')}</a>
      </div>
      {rows.length === 0 ? <p className="ui-field-hint">{t('actions.none')}</p> : (
        <ol className="mb-action-cards">
          {rows.map((row) => {
            if (row.tombstone) return <DeletedRecord key={row.key} list={list} tombstone={row.tombstone} as="li" />;
            const a = row.record;
            const i = actions.indexOf(a);
            const record = a as unknown as { id: string } & Record<string, unknown>;
            const overdue = isOverdue(a, today);
            return (
              <li key={a.id} className={`mb-action-card status-${a.status}${overdue ? ' is-overdue' : ''}`} data-record-id={a.id} data-action-id={a.id}>
                <fieldset>
                  <legend>
                    {t('actions.item', { n: i + 1 })}
                    {overdue ? <OverdueBadge /> : null}
                  </legend>
                  <div className="mb-action-grid">
                    <div className="mb-action-text">
                      <RecordTextField kind="action" record={record} field="text" label={t('actions.text')} undoLabel={label} />
                    </div>
                    <SelectField label={t('actions.owner')} value={a.ownerId ?? ''} options={owners}
                      onCommit={(v) => updateRecord('action', a.id, { ownerId: v || null }, { ownerId: a.ownerId }, label).catch(() => undefined)} />
                    <DateField label={t('actions.due')} value={a.dueDate} optional
                      onCommit={(v) => updateRecord('action', a.id, { dueDate: v }, { dueDate: a.dueDate }, label)} />
                    <SelectField<ActionStatus> label={t('actions.status')} value={a.status} options={statuses}
                      onCommit={(v) => updateRecord('action', a.id, { status: v }, { status: a.status }, label).catch(() => undefined)} />
                    <div className="mb-action-tools">
                      {/* Done at a glance, and in one click: the status select says the same in words. */}
                      <Checkbox label={t('actions.done')} checked={a.status === 'done'}
                        onChange={(done) => void updateRecord('action', a.id, { status: done ? 'done' : 'open' }, { status: a.status }, label).catch(() => undefined)} />
                      <DeleteRecordButton kind="action" id={a.id} name={a.text} list={list} />
                    </div>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <form className="mb-add-row" noValidate onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}>
        <FieldFrame label={t('actions.newText')} hint={t('actions.newHint')} error={error}>
          {({ inputId, describedBy, invalid }) => (
            <div className="mb-inline">
              <input id={inputId} ref={newRef} value={text} aria-invalid={invalid} aria-describedby={describedBy}
                onChange={(e) => setText(e.target.value)}
                onKeyDown={(e) => {
                  // Escape drops what was typed, as leaving a form does elsewhere on these screens.
                  if (e.key === 'Escape' && text !== '') {
                    e.preventDefault();
                    setText('');
                    setTried(false);
                  }
                }} />
              <Button type="submit" icon={<Plus aria-hidden="true" size={16} />}>{t('actions.add')}</Button>
            </div>
          )}
        </FieldFrame>
      </form>
    </section>
  );
}
