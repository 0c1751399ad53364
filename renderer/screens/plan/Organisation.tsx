import { useTranslation } from 'react-i18next';
import type { RecordOf } from '../../../shared/model/kinds';
import { AddRecordButton, DeletedRecord, useMoveInList, useRecordRows } from '../../components/records';
import { GroupCard, GROUPS_LIST } from './GroupCard';
import { usePlanStore } from './store';

/**
 * The project organisation: who reports to whom, drawn as a diagram that is
 * also a nested list (so it reads the same with a screen reader), and the
 * groups, each editable with its members (the shared record pattern).
 */
export function Organisation() {
  const { t } = useTranslation('plan');
  const groups = usePlanStore((s) => s.groups);
  const rows = useRecordRows(GROUPS_LIST, groups);
  const move = useMoveInList('group', groups, (g) => g.name);
  const byId = new Map(groups.map((g) => [g.id, g]));
  const roots = groups.filter((g) => !g.reportsToId || !byId.has(g.reportsToId));
  const reportsFrom = (g: RecordOf<'group'>) => groups.filter((c) => c.reportsToId === g.id && c.id !== g.id);

  const renderTree = (g: RecordOf<'group'>, seen: ReadonlySet<string>) => (
    <li key={g.id}>
      <span className={`org-box org-${g.kind}`}>{g.name}</span>
      {reportsFrom(g).length > 0 && !seen.has(g.id)
        ? <ul>{reportsFrom(g).map((c) => renderTree(c, new Set([...seen, g.id])))}</ul>
        : null}
    </li>
  );

  return (
    <section className="plan-block" aria-labelledby="plan-organisation">
      <h3 id="plan-organisation">{t('diagram')}</h3>
      <ul className="org-tree">{roots.map((g) => renderTree(g, new Set()))}</ul>
      <h3 id="plan-groups">{t('groups')}</h3>
      <div className="group-cards">
        {rows.map((row) => row.tombstone
          ? <DeletedRecord key={row.key} list={GROUPS_LIST} tombstone={row.tombstone} />
          : <GroupCard key={row.key} group={row.record} move={move(row.record)} />)}
      </div>
      <AddRecordButton kind="group" label={t('addGroup')} undoLabel={t('undo.addGroup')}
        fields={() => ({ name: t('newGroup'), kind: 'project_group' })} />
    </section>
  );
}
