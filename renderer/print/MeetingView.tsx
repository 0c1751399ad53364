import { useMemo } from 'react';
import { WorkbookError } from '../../shared/errors';
import { msg } from '../../shared/messages/catalogue';
import { actionRows } from '../../shared/report/derived';
import { isoLocalDate } from '../../shared/report/dates';
import { byId } from '../../shared/report/snapshot';
import { footerLine, keywordsOf, PageStyle, projectTitle, Prose, reportDate, usePrintReady } from './common';
import { PrintFailure, PrintLoading } from './PrintStatus';
import { D, L, S } from './strings';
import { usePrintData } from './usePrintData';

/** Minutes of one meeting, one document, ready for the archive. */
export function MeetingView({ id, date }: { id: string | undefined; date?: string }) {
  const load = usePrintData(['project', 'person', 'group', 'meeting', 'attendance', 'action'], (data) => {
    if (!id || !data.snapshot.meeting.some((m) => m.id === id)) {
      throw new WorkbookError('not_found', id ? msg('print.meeting_not_found', { id }) : msg('print.meeting_needs_id'));
    }
  });
  const printedOn = useMemo(() => reportDate(date), [date]);
  const view = useMemo(() => {
    if (load.state !== 'ready') return undefined;
    const { snapshot: s, info } = load.data;
    const project = s.project[0];
    const meeting = s.meeting.find((m) => m.id === id)!;
    const people = byId(s.person);
    const attendance = s.attendance
      .filter((a) => a.meetingId === meeting.id)
      .map((a) => ({ ...a, name: people.get(a.personId)?.name ?? '' }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
    const when = D.meetingTime(meeting.startsAt);
    return {
      project,
      meeting,
      when,
      group: meeting.groupId ? s.group.find((g) => g.id === meeting.groupId)?.name : undefined,
      present: attendance.filter((a) => a.present),
      absent: attendance.filter((a) => !a.present),
      actions: actionRows(s, isoLocalDate(printedOn), meeting.id),
      footer: footerLine(project, printedOn, info.lastChange),
      meta: {
        title: `${S.meeting.title}: ${meeting.title} ${when.date}`,
        subject: `${S.meeting.subject} – ${L.meetingType[meeting.type]} ${when.date} – ${projectTitle(project)}`,
        keywords: [...keywordsOf(project), L.meetingType[meeting.type]],
      },
    };
  }, [load, id, printedOn]);
  usePrintReady(view !== undefined, view?.meta);

  if (load.state === 'loading') return <PrintLoading />;
  if (load.state === 'failed') return <PrintFailure error={load.error} />;
  const v = view!;
  const m = v.meeting;
  return (
    <div className="pdoc pr-pdoc-flow">
      <PageStyle orientation="portrait" margin="20mm 18mm 22mm 22mm" footer={v.footer} pageNumbers />
      <header className="pr-doc-header">
        <p className="pr-title-kicker">{S.meeting.title} · {projectTitle(v.project)}</p>
        <h1>{m.title}</h1>
        <dl className="pr-doc-facts">
          <dt>{S.meeting.type}</dt><dd>{L.meetingType[m.type]}</dd>
          <dt>{S.meeting.date}</dt><dd>{v.when.date}</dd>
          {v.when.time ? <><dt>{S.meeting.time}</dt><dd>{v.when.time}</dd></> : null}
          {m.place ? <><dt>{S.meeting.place}</dt><dd>{m.place}</dd></> : null}
          {v.group ? <><dt>{S.meeting.group}</dt><dd>{v.group}</dd></> : null}
          <dt>{S.meeting.present}</dt><dd>{v.present.length ? v.present.map((a) => a.name).join(', ') : S.meeting.nobody}</dd>
          <dt>{S.meeting.absent}</dt><dd>{v.absent.length ? v.absent.map((a) => a.name).join(', ') : S.meeting.nobody}</dd>
        </dl>
      </header>
      <section className="pr-block">
        <h2>{S.meeting.agenda}</h2>
        <Prose text={m.agenda} empty={S.meeting.empty} />
      </section>
      <section className="pr-block">
        <h2>{S.meeting.minutes}</h2>
        <Prose text={m.minutes} empty={S.meeting.empty} />
      </section>
      <section className="pr-block pr-decisions">
        <h2>{S.meeting.decisions}</h2>
        <Prose text={m.decisions} empty={S.meeting.empty} />
      </section>
      <section className="pr-block">
        <h2>{S.meeting.actions}</h2>
        {v.actions.length === 0 ? <p className="pr-muted">{S.common.none}</p> : (
          <table className="pr-ptable">
            <thead>
              <tr><th>{S.meeting.action}</th><th>{S.meeting.owner}</th><th>{S.meeting.due}</th><th>{S.meeting.status}</th></tr>
            </thead>
            <tbody>
              {v.actions.map((a) => (
                <tr key={a.id}>
                  <td>{a.text}</td>
                  <td>{a.owner || '–'}</td>
                  <td className="pr-nowrap">{D.date(a.dueDate) || '–'}</td>
                  <td>{L.actionStatus[a.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
