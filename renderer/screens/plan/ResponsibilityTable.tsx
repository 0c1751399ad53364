import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../shared/model/enums';
import type { RecordOf } from '../../../shared/model/kinds';
import {
  AddRecordButton, DeletedRecord, RecordActions, RecordEditor, useMoveInList, useRecordEditing, useRecordRows, type MoveHandlers,
} from '../../components/records';
import { RecordTextField, SelectField } from '../../forms/fields';
import { updateRecord } from '../../data/mutations';
import { usePlanStore } from './store';

const LIST = 'plan-roles';
const COLUMNS = 5;
const NONE = '';

/**
 * The ansvarstabell: every role row as the plan writes it, with the person's
 * title and affiliation in that row; rows added, edited, moved and deleted
 * with the shared record pattern.
 */
export function ResponsibilityTable({ title }: { title: string }) {
  const { t } = useTranslation('plan');
  const { roles, people } = usePlanStore();
  const rows = useRecordRows(LIST, roles);
  const roleName = (r: RecordOf<'role'>) => t('roleRow', {
    role: t(`translation:enums.role.${r.role}`), person: people.find((p) => p.id === r.personId)?.name ?? t('none'),
  });
  const move = useMoveInList('role', roles, roleName);
  return (
    <section className="plan-block" aria-labelledby="plan-responsibility">
      <h2 id="plan-responsibility">{title}</h2>
      <div className="plan-table-scroll">
        <table className="ui-table responsibility" aria-label={t('responsibility')}>
          <thead>
            <tr>
              <th scope="col">{t('role')}</th>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('position')}</th>
              <th scope="col">{t('affiliation')}</th>
              <th scope="col"><span className="sr-only">{t('actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => row.tombstone
              ? <DeletedRecord key={row.key} list={LIST} tombstone={row.tombstone} as="tr" colSpan={COLUMNS} />
              : <RoleRow key={row.key} role={row.record} name={roleName(row.record)} move={move(row.record)} />)}
          </tbody>
        </table>
      </div>
      {people.length > 0 ? (
        <AddRecordButton kind="role" label={t('addRole')} undoLabel={t('undo.addRole')}
          fields={() => ({ personId: people[0]!.id, role: 'project_leader' })} />
      ) : null}
    </section>
  );
}

function RoleRow({ role: r, name, move }: { role: RecordOf<'role'>; name: string; move: MoveHandlers }) {
  const { t } = useTranslation('plan');
  const { people, groups } = usePlanStore();
  const [editing, setEditing] = useRecordEditing(r.id);
  const p = people.find((x) => x.id === r.personId);
  const g = groups.find((x) => x.id === r.groupId);
  const roleWord = t(`translation:enums.role.${r.role}`);
  const showGroup = g && (r.role === 'member' || r.role === 'coordinator');
  const undo = t('undo.editRole', { name });
  const save = (patch: Record<string, unknown>) => updateRecord('role', r.id, patch, undefined, undo);
  return (
    <>
      <tr className={editing ? 'row-editing' : undefined}>
        <td>{showGroup ? `${g.name}: ${roleWord.toLowerCase()}` : roleWord}</td>
        <th scope="row">
          {p?.name ?? t('none')}
          {p?.placeholder ? <span className="muted"> {t('placeholder')}</span> : null}
        </th>
        <td>{r.positionAsWritten || p?.position || t('none')}</td>
        <td>{r.affiliationAsWritten || p?.affiliation || t('none')}</td>
        <td className="row-actions-cell">
          <RecordActions target={{ kind: 'role', id: r.id, name, list: LIST }} editing={editing} onToggle={() => setEditing(!editing)} move={move} />
        </td>
      </tr>
      {editing ? (
        <tr className="row-editor">
          <td colSpan={COLUMNS}>
            <RecordEditor id={r.id} name={name} className="record-grid" onClose={() => setEditing(false)}>
              <SelectField label={t('name')} value={r.personId}
                options={people.map((x) => ({ value: x.id, label: x.name }))} onCommit={(personId) => save({ personId })} />
              <SelectField label={t('role')} value={r.role}
                options={ROLES.map((v) => ({ value: v, label: t(`translation:enums.role.${v}`) }))} onCommit={(role) => save({ role })} />
              <SelectField label={t('group')} value={r.groupId ?? NONE}
                options={[{ value: NONE, label: t('noGroup') }, ...groups.map((x) => ({ value: x.id, label: x.name }))]}
                onCommit={(v) => save({ groupId: v === NONE ? null : v })} />
              <RecordTextField kind="role" record={r} field="positionAsWritten" label={t('positionAsWritten')}
                hint={t('asWrittenHint', { value: p?.position || t('none') })} undoLabel={undo} />
              <RecordTextField kind="role" record={r} field="affiliationAsWritten" label={t('affiliationAsWritten')}
                hint={t('asWrittenHint', { value: p?.affiliation || t('none') })} undoLabel={undo} />
            </RecordEditor>
          </td>
        </tr>
      ) : null}
    </>
  );
}
