import { useTranslation } from 'react-i18next';
import type { RecordOf } from '../../../shared/model/kinds';
import { AddRecordButton } from '../../components/records';
import { groupPartKey } from './planParts';
import { usePlanStore } from './store';

/**
 * The project organisation: who reports to whom, drawn as a diagram that is also a nested list (so it
 * reads the same with a screen reader), each box a link to the group's own part, and «Legg til gruppe».
 */
export function Organisation({ title, onOpen }: { title: string; onOpen(key: string): void }) {
  const { t } = useTranslation('plan');
  const groups = usePlanStore((s) => s.groups);
  const byId = new Map(groups.map((g) => [g.id, g]));
  const roots = groups.filter((g) => !g.reportsToId || !byId.has(g.reportsToId));
  const reportsFrom = (g: RecordOf<'group'>) => groups.filter((c) => c.reportsToId === g.id && c.id !== g.id);

  const renderTree = (g: RecordOf<'group'>, seen: ReadonlySet<string>) => (
    <li key={g.id}>
      <a className={`org-box org-${g.kind}`} href={`#/plan/${groupPartKey(g.id)}`}>{g.name}</a>
      {reportsFrom(g).length > 0 && !seen.has(g.id)
        ? <ul>{reportsFrom(g).map((c) => renderTree(c, new Set([...seen, g.id])))}</ul>
        : null}
    </li>
  );

  return (
    <section className="plan-block" aria-labelledby="plan-organisation">
      <h2 id="plan-organisation">{title}</h2>
      <p className="plan-hint">{t('diagramHint')}</p>
      <ul className="org-tree" aria-label={t('diagram')}>{roots.map((g) => renderTree(g, new Set()))}</ul>
      <AddRecordButton kind="group" label={t('addGroup')} undoLabel={t('undo.addGroup')}
        fields={() => ({ name: t('newGroup'), kind: 'project_group' })} onCreated={(id) => onOpen(groupPartKey(id))} />
    </section>
  );
}
