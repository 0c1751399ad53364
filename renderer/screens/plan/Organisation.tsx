import { useTranslation } from 'react-i18next';
import type { RecordOf } from '../../../shared/model/kinds';
import { usePlanStore } from './store';

/**
 * The project organisation: phases, groups with their goals, coordinators and
 * members, and who reports to whom, drawn as a diagram that is also a nested
 * list, so it reads the same with a screen reader.
 */
export function Organisation() {
  const { t } = useTranslation('plan');
  const { groups, goals, people, roles } = usePlanStore();
  const person = (id: unknown) => people.find((p) => p.id === id);
  const goalNumbers = (ids: unknown) =>
    ((ids as string[] | null) ?? []).map((id) => goals.find((g) => g.id === id)?.number).filter((n) => n !== undefined);
  const byId = new Map(groups.map((g) => [g.id, g]));
  const roots = groups.filter((g) => !g.reportsToId || !byId.has(String(g.reportsToId)));
  const reportsFrom = (g: RecordOf<'group'>) => groups.filter((c) => c.reportsToId === g.id);

  const renderTree = (g: RecordOf<'group'>) => (
    <li key={g.id}>
      <span className={`org-box org-${String(g.kind)}`}>{String(g.name)}</span>
      {reportsFrom(g).length > 0 ? <ul>{reportsFrom(g).map(renderTree)}</ul> : null}
    </li>
  );

  return (
    <section aria-labelledby="plan-organisation">
      <h2 id="plan-organisation" tabIndex={-1}>{t('organisation')}</h2>
      <h3>{t('diagram')}</h3>
      <ul className="org-tree">{roots.map(renderTree)}</ul>
      <div className="group-cards">
        {groups.map((g) => {
          const members = roles.filter((r) => r.groupId === g.id && r.role === 'member').map((r) => person(r.personId));
          const coordinator = person(g.coordinatorId);
          const parent = g.reportsToId ? byId.get(String(g.reportsToId)) : undefined;
          const numbers = goalNumbers(g.goalIds);
          return (
            <section key={g.id} className="group-card" aria-labelledby={`group-${g.id}`} data-record-id={g.id}>
              <h3 id={`group-${g.id}`}>{String(g.name)}</h3>
              <p className="muted">
                {g.phase ? t('phase', { phase: g.phase }) : t('noPhase')} · {t(`translation:enums.groupKind.${String(g.kind)}`)}
                {parent ? ` · ${t('reportsTo', { name: String(parent.name) })}` : ''}
              </p>
              <dl>
                {g.examines ? <><dt>{t('examines')}</dt><dd className="pre-line">{String(g.examines)}</dd></> : null}
                {numbers.length > 0 ? <><dt>{t('worksOnGoals')}</dt><dd>{numbers.join(', ')}</dd></> : null}
                {coordinator ? <><dt>{t('coordinator')}</dt><dd>{String(coordinator.name)}</dd></> : null}
                {members.length > 0 ? <><dt>{t('members')}</dt><dd>{members.map((m) => String(m?.name ?? '')).join(', ')}</dd></> : null}
                {g.note ? <><dt>{t('note')}</dt><dd>{String(g.note)}</dd></> : null}
              </dl>
            </section>
          );
        })}
      </div>
    </section>
  );
}
