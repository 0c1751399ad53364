import { useTranslation } from 'react-i18next';
import { GROUP_KINDS } from '../../../shared/model/enums';
import type { RecordOf } from '../../../shared/model/kinds';
import { EditableRecord, type MoveHandlers } from '../../components/records';
import { RecordTextField, SelectField } from '../../forms/fields';
import { updateRecord } from '../../data/mutations';
import { GroupMembers } from './GroupMembers';
import { usePlanStore } from './store';

export const GROUPS_LIST = 'plan-groups';
const NONE = '';
const PHASES = [1, 2, 3, 4, 5, 6];

/** One group: how the plan describes it, and after «Rediger» its fields, its goals and its members. */
export function GroupCard({ group: g, move }: { group: RecordOf<'group'>; move: MoveHandlers }) {
  const { t } = useTranslation('plan');
  const { groups, goals, people, roles } = usePlanStore();
  const person = (id: string | null) => people.find((p) => p.id === id);
  const parent = groups.find((x) => x.id === g.reportsToId);
  const coordinator = person(g.coordinatorId);
  const numbers = g.goalIds.map((id) => goals.find((x) => x.id === id)?.number).filter((n) => n !== undefined);
  const members = roles.filter((r) => r.groupId === g.id);
  const memberText = members.map((r) => {
    const name = person(r.personId)?.name ?? t('none');
    // A steering group's «styringsgruppe» rows are its members; only another role is worth saying.
    const plain = r.role === 'member' || (r.role as string) === g.kind;
    return plain ? name : `${name} (${t(`translation:enums.role.${r.role}`).toLowerCase()})`;
  }).join(', ');
  return (
    <EditableRecord as="section" className="group-card"
      target={{
        kind: 'group', id: g.id, name: g.name, list: GROUPS_LIST,
        children: members.length > 0 ? t('membershipCount', { count: members.length }) : undefined,
      }}
      heading={<h2 id={`group-${g.id}`}>{g.name}</h2>}
      move={move}
      view={(
        <>
          <p className="muted">
            {g.phase ? t('phase', { phase: g.phase }) : t('noPhase')} · {t(`translation:enums.groupKind.${g.kind}`)}
            {parent ? ` · ${t('reportsTo', { name: parent.name })}` : ''}
          </p>
          {g.description ? <p className="pre-line">{g.description}</p> : null}
          <dl>
            {g.examines ? <><dt>{t('examines')}</dt><dd className="pre-line">{g.examines}</dd></> : null}
            {numbers.length > 0 ? <><dt>{t('worksOnGoals')}</dt><dd>{numbers.join(', ')}</dd></> : null}
            {coordinator ? <><dt>{t('coordinator')}</dt><dd>{coordinator.name}</dd></> : null}
            {members.length > 0 ? <><dt>{t('members')}</dt><dd>{memberText}</dd></> : null}
            {g.note ? <><dt>{t('note')}</dt><dd>{g.note}</dd></> : null}
          </dl>
        </>
      )}
      editor={() => <GroupEditor group={g} />} />
  );
}

function GroupEditor({ group: g }: { group: RecordOf<'group'> }) {
  const { t } = useTranslation('plan');
  const { groups, goals, people } = usePlanStore();
  const undo = t('undo.editGroup', { name: g.name });
  const save = (patch: Record<string, unknown>) => updateRecord('group', g.id, patch, undefined, undo);
  const toggleGoal = (id: string, on: boolean) =>
    save({ goalIds: on ? [...g.goalIds, id] : g.goalIds.filter((x) => x !== id) });
  return (
    <>
      <RecordTextField kind="group" record={g} field="name" label={t('groupName')} undoLabel={undo} />
      <SelectField label={t('groupKind')} value={g.kind}
        options={GROUP_KINDS.map((k) => ({ value: k, label: t(`translation:enums.groupKind.${k}`) }))}
        onCommit={(kind) => save({ kind })} />
      <SelectField label={t('groupPhase')} value={g.phase === null ? NONE : String(g.phase)}
        options={[{ value: NONE, label: t('noPhase') }, ...PHASES.map((p) => ({ value: String(p), label: t('phase', { phase: p }) }))]}
        onCommit={(v) => save({ phase: v === NONE ? null : Number(v) })} />
      <SelectField label={t('groupReportsTo')} value={g.reportsToId ?? NONE}
        options={[{ value: NONE, label: t('nobody') }, ...groups.filter((x) => x.id !== g.id).map((x) => ({ value: x.id, label: x.name }))]}
        onCommit={(v) => save({ reportsToId: v === NONE ? null : v })} />
      <SelectField label={t('coordinator')} value={g.coordinatorId ?? NONE}
        options={[{ value: NONE, label: t('nobody') }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
        onCommit={(v) => save({ coordinatorId: v === NONE ? null : v })} />
      <RecordTextField kind="group" record={g} field="examines" label={t('examines')} multiline rows={3} undoLabel={undo} />
      <RecordTextField kind="group" record={g} field="objectives" label={t('objectives')} multiline rows={3} undoLabel={undo} />
      <fieldset className="goal-choices">
        <legend>{t('worksOnGoals')}</legend>
        {goals.map((goal) => (
          <label key={goal.id}>
            <input type="checkbox" checked={g.goalIds.includes(goal.id)} onChange={(e) => void toggleGoal(goal.id, e.target.checked).catch(() => undefined)} />
            {' '}{t('goalText', { number: goal.number })}
          </label>
        ))}
      </fieldset>
      <RecordTextField kind="group" record={g} field="description" label={t('groupDescription')} multiline rows={2} undoLabel={undo} />
      <RecordTextField kind="group" record={g} field="note" label={t('note')} multiline rows={2} undoLabel={undo} />
      <GroupMembers group={g} />
    </>
  );
}
