import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Check, UserPlus, Users, X } from 'lucide-react';
import { DeletedRecord, DeleteRecordButton, useRecordRows } from '../../components/records';
import { createRecord, updateRecord } from '../../data/mutations';
import { Button, Combobox, Field, type ComboboxOption } from '../../ui';
import { useFocusWhenBack } from './useFocusWhenBack';
import type { GroupRow, MembershipRow, PersonRow } from '../../data/directoryStore';
import type { AttendanceRecord, MeetingRecord } from './detailStore';

const ignore = () => undefined; // a failed write is reported by the header's save status
const attendeeChoice = (id: string) => `[data-attendance-id="${id}"] input:checked`;
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLocaleLowerCase('nb');

/** The person the field names: the one chosen from the list, or the only one whose whole name was typed. */
function chosenPerson(options: readonly ComboboxOption[], text: string, chosen: string | undefined): string | undefined {
  const picked = options.find((o) => o.value === chosen);
  if (picked && picked.label === text) return picked.value;
  const named = options.filter((o) => fold(o.label) === fold(text));
  return named.length === 1 ? named[0]!.value : undefined;
}

/**
 * Who was at the meeting: attendance records of people, each present or
 * absent. Switching between the two updates the one record.
 */
export function Attendees({ meeting, attendance, people, groups, memberships }: {
  meeting: MeetingRecord;
  attendance: readonly AttendanceRecord[];
  people: readonly PersonRow[];
  groups: readonly GroupRow[];
  memberships: readonly MembershipRow[];
}) {
  const { t } = useTranslation('meetings');
  const id = useId();
  // The add field: its text, the person last chosen from its list, and whether adding found no one.
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<string | undefined>();
  const [problem, setProblem] = useState<'notFound' | 'already' | undefined>();
  // What the user just chose, shown while the record still holds the value it was chosen over.
  const [pending, setPending] = useState<Record<string, { value: boolean; over: boolean }>>({});
  const byId = new Map(people.map((p) => [p.id, p]));
  const sorted = [...attendance].sort((a, b) =>
    (byId.get(a.personId)?.name ?? '').localeCompare(byId.get(b.personId)?.name ?? '', 'nb'));
  const attending = new Set(attendance.map((a) => a.personId));
  const candidates: ComboboxOption[] = people.filter((p) => !attending.has(p.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
    .map((p) => ({ value: p.id, label: p.name, ...(p.position ? { hint: p.position } : {}) }));
  // Once the record has moved on (saved, or changed by undo), it speaks for itself again.
  useEffect(() => {
    setPending((s) => {
      const kept = Object.entries(s).filter(([rid, p]) => attendance.find((a) => a.id === rid)?.present === p.over);
      return kept.length === Object.keys(s).length ? s : Object.fromEntries(kept);
    });
  }, [attendance]);
  const present = (a: AttendanceRecord) => {
    const p = pending[a.id];
    return p && p.over === a.present ? p.value : a.present;
  };
  const presentCount = sorted.filter(present).length;
  const group = groups.find((g) => g.id === meeting.groupId);
  const members = group
    ? [...new Set(memberships.filter((m) => m.groupId === group.id).map((m) => m.personId))].filter((p) => byId.has(p))
    : [];
  const missingMembers = members.filter((p) => !attending.has(p));
  // Someone removed keeps their line, with «Angre» (the records pattern); back, focus is on their choice.
  const list = `attendees:${meeting.id}`;
  const rows = useRecordRows(list, sorted);
  useFocusWhenBack(attendance.map((a) => a.id), attendeeChoice);

  async function setPresent(a: AttendanceRecord, value: boolean) {
    setPending((s) => ({ ...s, [a.id]: { value, over: a.present } }));
    try {
      await updateRecord('attendance', a.id, { present: value }, { present: a.present }, t('undo.attendance'));
    } catch {
      // Not saved (the header's save status says why): show the record as it is.
      setPending(({ [a.id]: _failed, ...rest }) => rest);
    }
  }

  async function add(personIds: readonly string[]) {
    for (const personId of personIds) {
      await createRecord('attendance', { meetingId: meeting.id, personId, present: true }, t('undo.addAttendee'));
    }
  }

  return (
    <section className="mb-panel mb-attendees" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('attendees.heading')}</h2>
      {rows.length === 0 ? <p className="ui-field-hint">{t('attendees.none')}</p> : (
        <>
          <p className="mb-hint">{t('attendees.summary', { present: presentCount, absent: sorted.length - presentCount })}</p>
          <ul className="mb-attendee-list">
            {rows.map((row) => {
              if (row.tombstone) return <DeletedRecord key={row.key} list={list} tombstone={row.tombstone} as="li" />;
              const a = row.record;
              const person = byId.get(a.personId);
              const name = person?.name ?? '?';
              const isPresent = present(a);
              return (
                <li key={a.id} className={isPresent ? 'is-present' : 'is-absent'} data-attendance-id={a.id}>
                  <span className="mb-attendee-name" id={`${id}-${a.id}`}>
                    {name}
                    {person?.position ? <span className="mb-attendee-role">{person.position}</span> : null}
                  </span>
                  <span role="radiogroup" aria-labelledby={`${id}-${a.id}`} className="ui-segmented">
                    <label>
                      <input type="radio" name={`${id}-present-${a.id}`} checked={isPresent} onChange={() => void setPresent(a, true)} />
                      <Check aria-hidden="true" size={14} />{t('attendees.present')}
                    </label>
                    <label>
                      <input type="radio" name={`${id}-present-${a.id}`} checked={!isPresent} onChange={() => void setPresent(a, false)} />
                      <X aria-hidden="true" size={14} />{t('attendees.absent')}
                    </label>
                  </span>
                  <DeleteRecordButton kind="attendance" id={a.id} name={name} list={list} />
                </li>
              );
            })}
          </ul>
        </>
      )}
      <form className="mb-add-row" onSubmit={(e) => {
        e.preventDefault();
        const personId = chosenPerson(candidates, text, chosen);
        if (!personId) {
          if (text.trim() === '') return;
          setProblem(people.some((p) => attending.has(p.id) && fold(p.name) === fold(text)) ? 'already' : 'notFound');
          return;
        }
        void add([personId]).then(() => {
          setText('');
          setChosen(undefined);
        }).catch(ignore);
      }}>
        <Field label={t('attendees.add')} error={problem ? t(`attendees.${problem}`, { name: text.trim() }) : undefined}
          trailing={<Button type="submit" disabled={text.trim() === ''} icon={<UserPlus aria-hidden="true" size={16} />}>{t('attendees.addButton')}</Button>}>
          <Combobox id={`${id}-add`} value={text} options={candidates} placeholder={t('attendees.choose')}
            onChange={(value) => {
              setText(value);
              setProblem(undefined);
            }}
            onSelect={(o) => setChosen(o.value)} />
        </Field>
      </form>
      {group && members.length > 0 ? (
        missingMembers.length > 0 ? (
          <Button variant="quiet" className="mb-add-group" icon={<Users aria-hidden="true" size={16} />} onClick={() => void add(missingMembers).catch(ignore)}>
            {t('attendees.addGroup', { group: group.name })}
          </Button>
        ) : <p className="mb-hint">{t('attendees.allAdded', { group: group.name })}</p>
      ) : null}
    </section>
  );
}
