import { useEffect, useMemo, useState } from 'react';
import type { ApiResult } from '../../shared/api/contract';
import type { Role } from '../../shared/model/enums';
import type { RecordOf } from '../../shared/model/kinds';
import { ROLE_LABELS } from '../../shared/report/labels';
import { ApiError, call } from '../api/client';
import { footerLine, keywordsOf, PageStyle, projectTitle, reportDate, usePrintReady } from './common';
import { PrintFailure, PrintLoading } from './PrintStatus';
import { D, fill, L, S } from './strings';

type Loaded = { dossier: ApiResult<'getPerson'>; project: RecordOf<'project'> | undefined; lastChange: string | null };

/**
 * Everything the workbook holds about one person, as a document to hand
 * them (privacy: the right of access). The same content as the JSON export
 * (electron/workbook/personDossier.ts), in words.
 */
export function PersonView({ id, date }: { id: string | undefined; date?: string }) {
  const [load, setLoad] = useState<{ state: 'loading' } | { state: 'failed'; error: ApiError } | { state: 'ready'; data: Loaded }>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    (async () => {
      if (!id) throw new ApiError('not_found', S.person.needsId, []);
      const [info, projects, dossier] = await Promise.all([
        call('getWorkbookInfo', {}), call('listRecords', { kind: 'project' }), call('getPerson', { id }),
      ]);
      if (live) setLoad({ state: 'ready', data: { dossier, project: projects[0], lastChange: info.lastChange } });
    })().catch((e: unknown) => {
      const error = e instanceof ApiError ? e : new ApiError('internal', e instanceof Error ? e.message : String(e), []);
      if (live) setLoad({ state: 'failed', error });
    });
    return () => {
      live = false;
    };
  }, [id]);
  const printedOn = useMemo(() => reportDate(date), [date]);
  const meta = useMemo(() => {
    if (load.state !== 'ready') return undefined;
    const { dossier, project } = load.data;
    return {
      title: `${S.person.title}: ${dossier.person.name}`,
      subject: `${S.person.subject} – ${projectTitle(project)}`,
      keywords: [...keywordsOf(project), S.person.subject],
    };
  }, [load]);
  usePrintReady(meta !== undefined, meta);

  if (load.state === 'loading') return <PrintLoading />;
  if (load.state === 'failed') return <PrintFailure error={load.error} />;
  const { dossier: d, project, lastChange } = load.data;
  const p = d.person as RecordOf<'person'>;
  const none = <p className="pr-muted">{S.common.none}</p>;
  return (
    <div className="pdoc pr-pdoc-flow">
      <PageStyle orientation="portrait" margin="20mm 18mm 22mm 22mm" footer={footerLine(project, printedOn, lastChange)} pageNumbers />
      <header className="pr-doc-header">
        <p className="pr-title-kicker">{S.person.title} · {projectTitle(project)}</p>
        <h1>{p.name}</h1>
        <p>{S.person.intro}</p>
        <dl className="pr-doc-facts">
          <dt>{S.person.position}</dt><dd>{p.position || '–'}</dd>
          <dt>{S.person.affiliation}</dt><dd>{p.affiliation || '–'}</dd>
          <dt>{S.person.email}</dt><dd>{p.email || '–'}</dd>
          {d.project.owner || d.project.leader ? (
            <><dt>{S.person.project}</dt><dd>{[d.project.owner ? L.role.project_owner : '', d.project.leader ? L.role.project_leader : ''].filter(Boolean).join(', ')}</dd></>
          ) : null}
          {d.erased ? <><dt>{S.person.erased}</dt><dd>{S.common.yes}</dd></> : null}
        </dl>
      </header>
      <section className="pr-block">
        <h2>{S.person.roles}</h2>
        {d.roles.length === 0 ? none : (
          <ul>{d.roles.map((r) => <li key={r.id}>{L.role[r.role]}{r.groupName && inGroupRole(r.role) ? `, ${r.groupName}` : ''}{r.positionAsWritten && !saysRole(r.positionAsWritten, r.role) ? ` (${r.positionAsWritten})` : ''}</li>)}</ul>
        )}
      </section>
      <section className="pr-block">
        <h2>{S.person.meetings}</h2>
        {d.meetings.length === 0 ? none : (
          <table className="pr-ptable">
            <thead><tr><th>{S.person.meeting}</th><th>{S.person.date}</th><th>{S.person.attendance}</th></tr></thead>
            <tbody>
              {d.meetings.map((m) => (
                <tr key={m.id}><td>{m.title}</td><td className="pr-nowrap">{D.meetingTime(m.startsAt).date}</td><td>{meetingPart(m)}</td></tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="pr-block">
        <h2>{S.person.actions}</h2>
        {d.actions.length === 0 ? none : (
          <table className="pr-ptable">
            <thead><tr><th>{S.person.action}</th><th>{S.person.meeting}</th><th>{S.person.due}</th><th>{S.person.status}</th></tr></thead>
            <tbody>
              {d.actions.map((a) => (
                <tr key={a.id}><td>{a.text}</td><td>{a.meetingTitle ?? '–'}</td><td className="pr-nowrap">{D.date(a.dueDate) || '–'}</td><td>{L.actionStatus[a.status]}</td></tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {d.risks.length + d.milestones.length > 0 ? (
        <section className="pr-block">
          <h2>{S.person.responsible}</h2>
          <ul>
            {d.risks.map((r) => <li key={r.id}>{fill(S.person.risk, { number: r.number, title: r.title })}</li>)}
            {d.milestones.map((m) => <li key={m.id}>{fill(S.person.milestone, { number: m.number, description: m.description })}</li>)}
          </ul>
        </section>
      ) : null}
      <section className="pr-block">
        <h2>{S.person.mentions}</h2>
        {d.mentions.length === 0 ? none : <ul>{d.mentions.map((m) => <li key={m.id}>{m.title}</li>)}</ul>}
      </section>
    </div>
  );
}

/** A membership or coordination names its group; «Styringsgruppe» in the steering group does not say it twice. */
function inGroupRole(role: string): boolean {
  return role === 'member' || role === 'coordinator';
}

/** «Møteleder, til stede», «Referent», «Forfall»: what the person was at the meeting, in the order the minutes say it. */
function meetingPart(m: ApiResult<'getPerson'>['meetings'][number]): string {
  const parts = [m.chair ? S.person.chair : '', m.secretary ? S.person.secretary : ''].filter(Boolean);
  if (m.present !== null) parts.push(m.present ? S.person.present : S.person.absent);
  return parts.map((p, i) => (i === 0 ? p : p.toLowerCase())).join(', ');
}

/** «Koordinator, Prosjektgruppe B» says the role already: the row's own «Koordinator» (the plan's word, in bokmål) is not added after it. */
function saysRole(position: string, role: Role): boolean {
  const words = position.trim().toLocaleLowerCase('nb');
  return [ROLE_LABELS[role], L.role[role]].some((label) => label.toLocaleLowerCase('nb') === words);
}
