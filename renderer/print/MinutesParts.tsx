import type { Minutes, MinutesCase, MinutesPerson } from '../../shared/report/minutes';
import { Prose } from './common';
import { D, fill, L, S } from './strings';

/** The parts of a møtereferat (renderer/print/MeetingView), in the order shared/report/minutes gives them. */

const DIGITAL = 'digitalt';

function timeOfDay(date: string, time: string | null): string {
  return time ? D.meetingTime(`${date}T${time}`).time : '';
}

function personLine(p: MinutesPerson): string {
  return p.affiliation ? `${p.name}, ${p.affiliation}` : p.name;
}

function People({ people }: { people: readonly MinutesPerson[] }) {
  if (people.length === 0) return <>{S.meeting.nobody}</>;
  return <ul className="pr-minutes-people">{people.map((p) => <li key={p.id}>{personLine(p)}</li>)}</ul>;
}

/** Heading block: møtetype, dato, tid fra–til, sted, møteleder, referent; then til stede, forfall, kopi til. */
export function MinutesHeading({ minutes: m, project }: { minutes: Minutes; project: string }) {
  const from = timeOfDay(m.date, m.startTime);
  const to = timeOfDay(m.date, m.endTime);
  const time = from && to ? fill(S.meeting.timeRange, { from, to }) : from || (to ? fill(S.meeting.timeRange, { from: '', to }) : '');
  const place = m.place.toLocaleLowerCase('nb') === DIGITAL ? S.meeting.digital : m.place;
  return (
    <header className="pr-doc-header">
      <p className="pr-title-kicker">{S.meeting.title} · {project}</p>
      <h1>{m.title}</h1>
      <dl className="pr-doc-facts">
        <dt>{S.meeting.type}</dt><dd>{L.meetingType[m.type]}</dd>
        {m.group ? <><dt>{S.meeting.group}</dt><dd>{m.group}</dd></> : null}
        <dt>{S.meeting.date}</dt><dd>{D.date(m.date)}</dd>
        {time ? <><dt>{S.meeting.time}</dt><dd>{time}</dd></> : null}
        {place ? <><dt>{S.meeting.place}</dt><dd>{place}</dd></> : null}
        <dt>{S.meeting.chair}</dt><dd>{m.chair ? personLine(m.chair) : S.meeting.notGiven}</dd>
        <dt>{S.meeting.secretary}</dt><dd>{m.secretary ? personLine(m.secretary) : S.meeting.notGiven}</dd>
        <dt>{S.meeting.present}</dt><dd><People people={m.present} /></dd>
        <dt>{S.meeting.absent}</dt><dd><People people={m.absent} /></dd>
        <dt>{S.meeting.copyTo}</dt>
        <dd>{m.copyTo.length ? <ul className="pr-minutes-people">{m.copyTo.map((c, i) => <li key={i}>{c}</li>)}</ul> : S.common.none}</dd>
      </dl>
    </header>
  );
}

function CaseBlock({ c }: { c: MinutesCase }) {
  const number = c.number ? fill(S.meeting.caseNumber, { number: c.number }) : '';
  return (
    <section className="pr-minutes-case">
      <h3>{number}{number && c.title ? ' ' : ''}{c.title}</h3>
      <Prose text={c.discussion} />
      {c.decision.trim() ? (
        <div className="pr-decisions">
          <p className="pr-minutes-label">{S.meeting.decision}</p>
          <Prose text={c.decision} />
        </div>
      ) : null}
      {!c.discussion.trim() && !c.decision.trim() ? <p className="pr-muted">{S.meeting.noCaseText}</p> : null}
    </section>
  );
}

function approvalLine(a: Minutes['approval']): string {
  if (!a) return S.meeting.notApproved;
  const date = D.date(a.on);
  if (date && a.by) return fill(S.meeting.approvedLine, { date, by: a.by });
  return date ? fill(S.meeting.approvedOnLine, { date }) : fill(S.meeting.approvedByLine, { by: a.by });
}

/** Saksliste, the saker with their vedtak, oppfølging; then neste møte, godkjenning and arkivreferanse as one closing block. */
export function MinutesBody({ minutes: m }: { minutes: Minutes }) {
  const hasCases = m.cases.length > 0;
  const next = m.nextMeeting;
  const nextWhen = next?.at ? [D.meetingTime(next.at).date, D.meetingTime(next.at).time].filter(Boolean).join(' ') : '';
  return (
    <>
      <section className="pr-block">
        <h2>{S.meeting.agenda}</h2>
        <Prose text={m.agenda} empty={S.meeting.empty} />
      </section>
      <section className="pr-block">
        <h2>{S.meeting.minutes}</h2>
        {m.openingMinutes || !hasCases ? <Prose text={m.openingMinutes} empty={S.meeting.empty} /> : null}
        {m.cases.map((c, i) => <CaseBlock key={i} c={c} />)}
      </section>
      {m.otherDecisions || !hasCases ? (
        <section className="pr-block pr-decisions-block">
          <h2>{hasCases ? S.meeting.otherDecisions : S.meeting.decisions}</h2>
          <div className="pr-decisions"><Prose text={m.otherDecisions} empty={S.meeting.empty} /></div>
        </section>
      ) : null}
      <section className="pr-block">
        <h2>{S.meeting.followUp}</h2>
        {m.actions.length === 0 ? <p className="pr-muted">{S.common.none}</p> : (
          <table className="pr-ptable pr-minutes-actions">
            <colgroup><col /><col className="pr-col-owner" /><col className="pr-col-date" /><col className="pr-col-status" /></colgroup>
            <thead>
              <tr><th>{S.meeting.action}</th><th>{S.meeting.owner}</th><th>{S.meeting.due}</th><th>{S.meeting.status}</th></tr>
            </thead>
            <tbody>
              {m.actions.map((a) => (
                <tr key={a.id}>
                  <td>{a.text}</td>
                  <td>{a.owner || '–'}</td>
                  <td>{D.date(a.dueDate) || '–'}</td>
                  <td>{L.actionStatus[a.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="pr-block pr-keep pr-minutes-closing">
        <dl className="pr-doc-facts">
          <dt>{S.meeting.nextMeeting}</dt>
          <dd>{next ? [nextWhen, next.place.toLocaleLowerCase('nb') === DIGITAL ? S.meeting.digital : next.place].filter(Boolean).join(', ') : S.meeting.notSet}</dd>
          <dt>{S.meeting.approval}</dt>
          <dd>{approvalLine(m.approval)}</dd>
          <dt>{S.meeting.archiveRef}</dt>
          <dd>{m.archiveRef || S.meeting.notGiven}</dd>
        </dl>
      </section>
    </>
  );
}
