import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordOf } from '../../../shared/model/kinds';
import { createRecord, deleteRecord } from '../../data/mutations';
import { RecordTextField } from '../../forms/fields';
import { usePlanData } from '../plan/store';
import { useRecordInRoute } from '../../search/recordRoute';
import './i18n';

/** People, their positions and affiliations, and the roles and groups they hold. */
export function PeopleScreen() {
  const { t } = useTranslation('people');
  const { people, roles, groups, loaded } = usePlanData();
  const [selected, setSelected] = useState<string | undefined>();
  const [filter, setFilter] = useState('');
  // #/people/<id> (a search hit, a link) opens that person.
  const routed = useRecordInRoute('people');
  useEffect(() => {
    if (routed) setSelected(routed);
  }, [routed]);

  const rolesOf = useMemo(() => {
    const byPerson = new Map<string, string[]>();
    for (const r of roles) {
      const group = groups.find((g) => g.id === r.groupId);
      const roleName = t(`translation:enums.role.${String(r.role)}`);
      const text = group && (r.role === 'member' || r.role === 'coordinator') ? `${roleName}, ${String(group.name)}` : roleName;
      const list = byPerson.get(String(r.personId)) ?? [];
      if (!list.includes(text)) list.push(text);
      byPerson.set(String(r.personId), list);
    }
    return byPerson;
  }, [roles, groups, t]);

  // Roles and groups count too, so «gruppe B» lists everyone in Prosjektgruppe B.
  const shown = people.filter((p) =>
    `${String(p.name)} ${String(p.position)} ${String(p.affiliation)} ${(rolesOf.get(p.id) ?? []).join(' ')}`
      .toLowerCase().includes(filter.trim().toLowerCase()),
  );
  const current = people.find((p) => p.id === selected);

  return (
    <section aria-labelledby="people-title">
      <h1 id="people-title">{t('title')}</h1>
      <div className="toolbar">
        <label>
          {t('filter')} <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </label>
        <button type="button" onClick={async () => setSelected(await createRecord('person', { name: t('newName') }, t('addLabel')))}>
          {t('add')}
        </button>
        <span className="muted" aria-live="polite">{t('count', { count: shown.length })}</span>
      </div>
      {!loaded ? null : (
        <table className="people">
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('position')}</th>
              <th scope="col">{t('affiliation')}</th>
              <th scope="col">{t('roles')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => (
              <tr key={p.id} aria-selected={p.id === selected}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => setSelected(p.id)}>{String(p.name)}</button>
                  {p.placeholder ? <span className="badge">{t('placeholder')}</span> : null}
                </th>
                <td>{String(p.position)}</td>
                <td>{String(p.affiliation)}</td>
                <td>{(rolesOf.get(p.id) ?? []).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {current ? <PersonEditor key={current.id} person={current} onDeleted={() => setSelected(undefined)} /> : null}
    </section>
  );
}

function PersonEditor({ person, onDeleted }: { person: RecordOf<'person'>; onDeleted: () => void }) {
  const { t } = useTranslation('people');
  const name = String(person.name);
  return (
    <form className="editor" aria-label={t('edit', { name })} onSubmit={(e) => e.preventDefault()} data-record-id={person.id}>
      <h2>{t('edit', { name })}</h2>
      <RecordTextField kind="person" record={person} field="name" label={t('name')} />
      <RecordTextField kind="person" record={person} field="position" label={t('position')} />
      <RecordTextField kind="person" record={person} field="affiliation" label={t('affiliation')} />
      <RecordTextField kind="person" record={person} field="email" label={t('email')} />
      <button type="button" className="danger" onClick={async () => { await deleteRecord('person', person.id, t('deleteLabel')); onDeleted(); }}>
        {t('delete', { name })}
      </button>
    </form>
  );
}
