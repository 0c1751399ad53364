import type { ActionStatus, MeetingType } from '../model/enums.js';
import { actionRows } from './derived.js';
import { splitMinutes, type MinutesCase } from './minutesCases.js';
import { byId, type WorkbookSnapshot } from './snapshot.js';

export type { MinutesCase } from './minutesCases.js';

/**
 * A møtereferat as plain data, in the order a Norwegian municipality's
 * archive expects its parts: the heading block (møtetype, dato, tid fra–til,
 * sted, møteleder, referent), til stede with each person's municipality or
 * organisation, forfall, kopi til, the saker with their vedtak under each,
 * oppfølging (ansvar and frist), neste møte, godkjenning and the archive
 * reference. Values are as stored (ISO dates, codes), not yet in words: the
 * PDF view (renderer/print/MeetingView) and a Word writer say them in their
 * language from the same model, so both hold the same content.
 */
export interface MinutesPerson {
  readonly id: string;
  readonly name: string;
  /** Municipality or organisation (tilhørighet), '' when not recorded. */
  readonly affiliation: string;
}

export interface MinutesAction {
  readonly id: string;
  readonly text: string;
  /** The responsible person (ansvar), '' when nobody is. */
  readonly owner: string;
  /** Frist, ISO date, or null when none was set. */
  readonly dueDate: string | null;
  readonly status: ActionStatus;
}

export interface Minutes {
  readonly meetingId: string;
  readonly title: string;
  readonly type: MeetingType;
  readonly group: string | null;
  /** ISO date of the meeting. */
  readonly date: string;
  /** "HH:mm", or null when nobody wrote the time down. */
  readonly startTime: string | null;
  readonly endTime: string | null;
  /** As written («digitalt» for a meeting held online). */
  readonly place: string;
  readonly chair: MinutesPerson | null;
  readonly secretary: MinutesPerson | null;
  readonly present: readonly MinutesPerson[];
  readonly absent: readonly MinutesPerson[];
  readonly copyTo: readonly string[];
  /** The saksliste as written (Markdown). */
  readonly agenda: string;
  /** The minutes' opening, before their first case (Markdown). */
  readonly openingMinutes: string;
  readonly cases: readonly MinutesCase[];
  /** Decisions that name no case (Markdown). */
  readonly otherDecisions: string;
  readonly actions: readonly MinutesAction[];
  readonly nextMeeting: { readonly at: string | null; readonly place: string } | null;
  readonly approval: { readonly on: string | null; readonly by: string } | null;
  readonly archiveRef: string;
}

/** Builds the minutes of one meeting from a snapshot holding it, its people, group, attendance and actions. */
export function buildMinutes(s: WorkbookSnapshot, meetingId: string, today: string): Minutes {
  const meeting = s.meeting.find((m) => m.id === meetingId);
  if (!meeting) throw new Error(`no meeting ${meetingId} in the snapshot`);
  const people = byId(s.person);
  const person = (id: string | null): MinutesPerson | null => {
    const p = id ? people.get(id) : undefined;
    return p ? { id: p.id, name: p.name, affiliation: p.affiliation.trim() } : null;
  };
  const attendance = s.attendance
    .filter((a) => a.meetingId === meeting.id)
    .map((a) => ({ present: a.present, person: person(a.personId) }))
    .filter((a): a is { present: boolean; person: MinutesPerson } => a.person !== null)
    .sort((a, b) => a.person.name.localeCompare(b.person.name, 'nb'));
  const [date = meeting.startsAt, time] = meeting.startsAt.split('T');
  const split = splitMinutes(meeting.agenda, meeting.minutes, meeting.decisions);
  const nextPlace = meeting.nextMeetingPlace.trim();
  const approvedBy = meeting.approvedBy.trim();
  return {
    meetingId: meeting.id,
    title: meeting.title,
    type: meeting.type,
    group: meeting.groupId ? (s.group.find((g) => g.id === meeting.groupId)?.name ?? null) : null,
    date,
    startTime: time ?? null,
    endTime: meeting.endTime,
    place: meeting.place.trim(),
    chair: person(meeting.chairId),
    secretary: person(meeting.secretaryId),
    present: attendance.filter((a) => a.present).map((a) => a.person),
    absent: attendance.filter((a) => !a.present).map((a) => a.person),
    copyTo: meeting.copyTo,
    agenda: meeting.agenda,
    openingMinutes: split.openingMinutes,
    cases: split.cases,
    otherDecisions: split.openingDecisions,
    actions: actionRows(s, today, meeting.id).map((a) => ({
      id: a.id, text: a.text, owner: a.owner, dueDate: a.dueDate, status: a.status,
    })),
    nextMeeting: meeting.nextMeetingAt || nextPlace ? { at: meeting.nextMeetingAt, place: nextPlace } : null,
    approval: meeting.approvedOn || approvedBy ? { on: meeting.approvedOn, by: approvedBy } : null,
    archiveRef: meeting.archiveRef.trim(),
  };
}
