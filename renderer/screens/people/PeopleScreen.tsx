import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordOf } from '../../../shared/model/kinds';
import { matchesPersonFilter } from '../../../shared/rules/peopleFilter';
import { createRecord } from '../../data/mutations';
import { usePlanData } from '../plan/store';
import { PersonDetail } from './PersonDetail';
import { PEOPLE_LIST, personHref, usePersonId } from './route';
import { DeletedRecord, useRecordRows } from '../../components/records';
import { Search, SearchX, UserPlus, Users } from 'lucide-react';
import { Badge, Button, EmptyState } from '../../ui';
import './i18n';
import './people.css';

/** People, their positions and affiliations, the roles and groups they hold; one person's page beside the list. */
export function PeopleScreen() {
  const { t } = useTranslation('people');
  const { people, roles, groups, loaded } = usePlanData();
  const selected = usePersonId();
  const [filter, setFilter] = useState('');
  /** A person just added: their name field takes the focus once their page is there. */
  const [added, setAdded] = useState<string | undefined>();
  const filterInput = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLTableSectionElement>(null);

  /** What each person is, as the list shows it and the filter searches it («Medlem, Prosjektgruppe B»). */
  const rolesOf = useMemo(() => {
    const byPerson = new Map<string, { shown: string[]; searched: string[] }>();
    for (const r of roles) {
      const group = groups.find((g) => g.id === r.groupId);
      const roleName = t(`translation:enums.role.${String(r.role)}`);
      const text = group && (r.role === 'member' || r.role === 'coordinator') ? `${roleName}, ${String(group.name)}` : roleName;
      const entry = byPerson.get(String(r.personId)) ?? { shown: [], searched: [] };
      if (!entry.shown.includes(text)) entry.shown.push(text);
      entry.searched.push(text, group ? String(group.name) : '', r.positionAsWritten, r.affiliationAsWritten);
      byPerson.set(String(r.personId), entry);
    }
    for (const g of groups) {
      if (!g.coordinatorId) continue;
      const entry = byPerson.get(g.coordinatorId) ?? { shown: [], searched: [] };
      entry.searched.push(g.name);
      byPerson.set(g.coordinatorId, entry);
    }
    return byPerson;
  }, [roles, groups, t]);

  const shown = people.filter((p) =>
    matchesPersonFilter([p.name, p.position, p.affiliation, p.email, ...(rolesOf.get(p.id)?.searched ?? [])], filter),
  );

  const rows = useRecordRows(PEOPLE_LIST, shown);

  // The selected row stays in sight: a person added, or opened from a link, may sit far down the list.
  useEffect(() => {
    if (!selected || !loaded) return;
    list.current?.querySelector(`[data-person="${selected}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected, loaded, people.length]);

  async function add() {
    const id = await createRecord('person', { name: t('newName') }, t('addLabel'));
    setFilter('');
    setAdded(id);
    window.location.hash = personHref(id);
  }

  function clearFilter() {
    setFilter('');
    filterInput.current?.focus();
  }

  return (
    <section aria-labelledby="people-title" className="people-screen">
      <h1 id="people-title">{t('title')}</h1>
      <div className="people-toolbar">
        <label className="people-filter">
          <span className="ui-field-label">{t('filter')}</span>
          <span className="people-filter-box">
            <Search aria-hidden="true" size={16} className="people-filter-icon" />
            <input ref={filterInput} type="search" className="ui-input" value={filter} onChange={(e) => setFilter(e.target.value)}
              aria-describedby="people-filter-hint" placeholder={t('filterHint')} />
          </span>
        </label>
        <span id="people-filter-hint" className="sr-only">{t('filterHint')}</span>
        <span className="people-count" role="status">{t('count', { count: shown.length })}</span>
        <Button variant="primary" icon={<UserPlus aria-hidden="true" size={16} />} onClick={() => void add()}>{t('add')}</Button>
      </div>
      <div className={selected ? 'people-workspace has-detail' : 'people-workspace'}>
        <div className="people-list">
          {!loaded ? null : rows.length === 0 ? (
            <EmptyPeople filter={filter} onClear={clearFilter} onAdd={() => void add()} />
          ) : (
            <table className="people">
              <thead>
                <tr>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('affiliation')}</th>
                  <th scope="col">{t('roles')}</th>
                </tr>
              </thead>
              <tbody ref={list}>
                {rows.map((row) => row.tombstone
                  ? <DeletedRecord key={row.key} list={PEOPLE_LIST} tombstone={row.tombstone} as="tr" colSpan={3} />
                  : <PersonRow key={row.key} person={row.record} roles={rolesOf.get(row.record.id)?.shown ?? []} selected={row.record.id === selected} />)}
              </tbody>
            </table>
          )}
        </div>
        {selected ? (
          <PersonDetail
            key={selected}
            id={selected}
            focusName={added === selected}
            onFocused={() => setAdded(undefined)}
          />
        ) : null}
      </div>
    </section>
  );
}

function PersonRow({ person, roles, selected }: { person: RecordOf<'person'>; roles: readonly string[]; selected: boolean }) {
  const { t } = useTranslation('people');
  return (
    <tr data-person={person.id} aria-selected={selected} className={selected ? 'selected' : undefined}>
      <th scope="row">
        <a href={personHref(person.id)} aria-current={selected ? 'true' : undefined}>{person.name}</a>
        {person.placeholder ? <> <Badge tone="warning">{t('placeholder')}</Badge></> : null}
        {person.position ? <div className="muted person-position">{person.position}</div> : null}
      </th>
      <td>{person.affiliation}</td>
      <td>{roles.join('; ')}</td>
    </tr>
  );
}

/** No one to show: say why, and offer the way out (clear the search, or add someone). */
function EmptyPeople({ filter, onClear, onAdd }: { filter: string; onClear: () => void; onAdd: () => void }) {
  const { t } = useTranslation('people');
  if (filter.trim() === '') {
    return (
      <EmptyState icon={Users} title={t('emptyNone')}
        action={<Button variant="primary" icon={<UserPlus aria-hidden="true" size={16} />} onClick={onAdd}>{t('add')}</Button>} />
    );
  }
  return (
    <EmptyState icon={SearchX} title={t('emptyFiltered', { filter: filter.trim() })} text={t('emptyFilteredHint')}
      action={<Button onClick={onClear}>{t('clearFilter')}</Button>} />
  );
}
