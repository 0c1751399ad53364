import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordOf } from '../../../shared/model/kinds';
import { formatDateNb, formatDateTimeNb } from '../../../shared/rules/dates';
import { DeleteRecordButton, useRecordUi } from '../../components/records';
import { RecordTextField } from '../../forms/fields';
import { meetingHref } from '../meetings/route';
import { Badge } from '../../ui';
import { PersonPrivacy } from './PersonPrivacy';
import { usePerson, type PersonDossier } from './personStore';
import { PEOPLE_LIST, personHref } from './route';

/**
 * One person's page beside the list: their fields, saved as typed, and what
 * they hold in the project. It takes the focus when it opens (the heading, or
 * a new person's name field), so a keyboard or screen reader user lands on it.
 */
export function PersonDetail({ id, focusName, onFocused }: { id: string; focusName: boolean; onFocused: () => void }) {
  const { t } = useTranslation('people');
  const { dossier, missing, error } = usePerson(id);
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = dossier?.person.id === id;

  useEffect(() => {
    if (!ready) return;
    panel.current?.scrollIntoView({ block: 'nearest' });
    if (focusName) {
      const name = panel.current?.querySelector<HTMLInputElement>('.person-form input');
      name?.focus();
      name?.select();
      onFocused();
    } else heading.current?.focus();
    // Only when the page first has its person: later reloads (a save) must not steal the focus.
  }, [ready]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Escape in the erasure dialog closes the dialog alone.
      const inDialog = e.target instanceof Element && e.target.closest('dialog') !== null;
      if (e.key === 'Escape' && !inDialog && panel.current?.contains(document.activeElement)) close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Deleted here: the page closes, and the list holds «… er slettet. Angre» in the person's row.
  const deletedHere = useRecordUi((s) => (s.tombstones[PEOPLE_LIST] ?? []).some((stone) => stone.id === id));
  useEffect(() => {
    if (missing && deletedHere) close();
  }, [missing, deletedHere]);

  if (missing) {
    return (
      <aside className="person-detail" aria-label={t('detailMissing')}>
        <p>{t('detailMissing')}</p>
        <a href={personHref()}>{t('backToList')}</a>
      </aside>
    );
  }
  if (error) return <aside className="person-detail" role="alert">{error}</aside>;
  if (!ready) return <aside className="person-detail" aria-busy="true" />;

  const person = dossier.person as RecordOf<'person'>;
  return (
    <aside ref={panel} className="person-detail" aria-labelledby="person-detail-title">
      <div className="person-detail-head">
        <h2 id="person-detail-title" ref={heading} tabIndex={-1}>{person.name}</h2>
        <a href={personHref()} className="person-close" aria-label={t('closeLabel', { name: person.name })}>{t('close')}</a>
      </div>
      {person.placeholder ? <p className="person-badge"><Badge tone="warning">{t('placeholder')}</Badge></p> : null}
      {dossier.erased ? <p className="person-erased">{t('erasedNote')}</p> : null}
      <form className="person-form" aria-label={t('edit', { name: person.name })} onSubmit={(e) => e.preventDefault()}>
        <RecordTextField kind="person" record={person} field="name" label={t('name')} />
        <RecordTextField kind="person" record={person} field="position" label={t('position')} />
        <RecordTextField kind="person" record={person} field="affiliation" label={t('affiliation')} />
        <RecordTextField kind="person" record={person} field="email" label={t('email')} />
      </form>
      <PersonHoldings dossier={dossier} />
      <PersonPrivacy dossier={dossier} />
      <p className="person-delete">
        <DeleteRecordButton kind="person" id={person.id} name={person.name} list={PEOPLE_LIST}
          children={dossier.roles.length > 0 ? t('roleCount', { count: dossier.roles.length }) : undefined} />
      </p>
    </aside>
  );
}

function close() {
  window.location.hash = personHref();
}

/** Roles, groups, meetings attended and what the person owns, each a link to where it lives. */
function PersonHoldings({ dossier }: { dossier: PersonDossier }) {
  const { t } = useTranslation('people');
  const tc = useTranslation().t;
  return (
    <>
      <section aria-labelledby="person-roles">
        <h3 id="person-roles">{t('rolesHeading')}</h3>
        {dossier.roles.length === 0 && !dossier.project.owner && !dossier.project.leader ? <p className="muted">{t('noRoles')}</p> : (
          <ul>
            {dossier.roles.map((r) => (
              <li key={r.id}>
                {tc(`enums.role.${r.role}`)}
                {r.groupName && (r.role === 'member' || r.role === 'coordinator') ? <>, <a href="#/plan">{r.groupName}</a></> : null}
                {r.positionAsWritten && r.positionAsWritten !== dossier.person.position ? <span className="muted"> ({r.positionAsWritten})</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="person-groups">
        <h3 id="person-groups">{t('groupsHeading')}</h3>
        {dossier.groups.length === 0 ? <p className="muted">{t('noGroups')}</p> : (
          <ul>
            {dossier.groups.map((g) => (
              <li key={g.id}>{g.name}{g.coordinator ? <span className="muted"> ({tc('enums.role.coordinator')})</span> : null}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="person-meetings">
        <h3 id="person-meetings">{t('meetingsHeading', { count: dossier.meetings.length })}</h3>
        {dossier.meetings.length === 0 ? <p className="muted">{t('noMeetings')}</p> : (
          <ul>
            {dossier.meetings.map((m) => (
              <li key={m.id}>
                <a href={meetingHref(m.id)}>{m.title}</a> <span className="muted">{formatDateTimeNb(m.startsAt)}</span>
                {m.chair ? <> <Badge>{t('chair')}</Badge></> : null}
                {m.secretary ? <> <Badge>{t('secretary')}</Badge></> : null}
                {m.present === false ? <> <Badge>{t('absent')}</Badge></> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="person-actions">
        <h3 id="person-actions">{t('actionsHeading', { count: dossier.actions.length })}</h3>
        {dossier.actions.length === 0 ? <p className="muted">{t('noActions')}</p> : (
          <ul>
            {dossier.actions.map((a) => (
              <li key={a.id}>
                <a href={a.meetingId ? meetingHref(a.meetingId) : '#/actions'}>{a.text}</a>{' '}
                <span className="muted">
                  {tc(`enums.actionStatus.${a.status}`)}
                  {a.dueDate ? ` · ${t('due', { date: formatDateNb(a.dueDate) })}` : ''}
                  {a.meetingTitle ? ` · ${a.meetingTitle}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {dossier.risks.length > 0 || dossier.milestones.length > 0 ? (
        <section aria-labelledby="person-owns">
          <h3 id="person-owns">{t('ownsHeading')}</h3>
          <ul>
            {dossier.risks.map((r) => <li key={r.id}><a href="#/risks">{t('riskItem', { number: r.number, title: r.title })}</a></li>)}
            {dossier.milestones.map((m) => <li key={m.id}><a href="#/milestones">{t('milestoneItem', { number: m.number, description: m.description })}</a></li>)}
          </ul>
        </section>
      ) : null}
    </>
  );
}
