import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../shared/model/enums';
import type { RecordOf } from '../../../shared/model/kinds';
import { AddRecordButton, DeleteRecordButton, DeletedRecord, useRecordRows } from '../../components/records';
import { SelectField } from '../../forms/fields';
import { updateRecord } from '../../data/mutations';
import { usePlanStore } from './store';

/** A group's memberships: each person's role in the group, removable with Angre in place, and a person added. */
export function GroupMembers({ group }: { group: RecordOf<'group'> }) {
  const { t } = useTranslation('plan');
  const { people, roles } = usePlanStore();
  const members = roles.filter((r) => r.groupId === group.id);
  const list = `group-members-${group.id}`;
  const rows = useRecordRows(list, members);
  const [chosen, setChosen] = useState('');
  const chooser = useRef<HTMLSelectElement>(null);
  const chooseId = useId();
  const nameOf = (r: RecordOf<'role'>) => people.find((p) => p.id === r.personId)?.name ?? t('none');
  return (
    <section className="group-members" aria-labelledby={`${chooseId}-title`}>
      <h3 id={`${chooseId}-title`}>{t('membersOf', { name: group.name })}</h3>
      <ul>
        {rows.map((row) => {
          if (row.tombstone) return <DeletedRecord key={row.key} list={list} tombstone={row.tombstone} as="li" />;
          const r = row.record;
          const name = t('membership', { person: nameOf(r), group: group.name });
          return (
            <li key={r.id} className="member-row">
              <span className="member-name">{nameOf(r)}</span>
              <SelectField label={t('roleOf', { person: nameOf(r) })} value={r.role}
                options={ROLES.map((v) => ({ value: v, label: t(`translation:enums.role.${v}`) }))}
                onCommit={(role) => updateRecord('role', r.id, { role }, undefined, t('undo.editRole', { name }))} />
              <DeleteRecordButton kind="role" id={r.id} name={name} list={list} />
            </li>
          );
        })}
      </ul>
      <div className="member-add">
        <label htmlFor={chooseId}>{t('addPersonLabel')}</label>
        <select id={chooseId} ref={chooser} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">{t('choosePerson')}</option>
          {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
        <AddRecordButton kind="role" label={t('addToGroup')} undoLabel={t('undo.addMember', { group: group.name })}
          disabled={!chosen} open={false}
          fields={() => ({ personId: chosen, role: 'member', groupId: group.id })}
          onCreated={() => {
            setChosen('');
            chooser.current?.focus();
          }} />
      </div>
    </section>
  );
}
