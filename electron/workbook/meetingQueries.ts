import type Database from 'better-sqlite3';
import type { Workbook } from './workbook.js';
import { notFound } from './commands.js';
import type { ActionStatus, MeetingType } from '../../shared/model/enums.js';
import type { RecordOf } from '../../shared/model/kinds.js';
import { flatRecord } from './recordStore.js';

/** One line of the meeting log: what the list shows, without agenda, minutes and decisions. */
export interface MeetingLogRow {
  id: string;
  title: string;
  startsAt: string;
  type: MeetingType;
  groupId: string | null;
  place: string;
}

/** An action item with the title and time of the meeting it came from, for the Oppgaver list. */
export interface ActionItemRow {
  id: string;
  meetingId: string | null;
  text: string;
  ownerId: string | null;
  dueDate: string | null;
  status: ActionStatus;
  meetingTitle: string | null;
  meetingStartsAt: string | null;
}

const LOG_COLUMNS = 'id, "title", "startsAt", "type", "groupId", "place"';
// Newest first; ties by id so pages never overlap or skip a row.
const LOG_ORDER = 'ORDER BY "startsAt" DESC, id DESC';

interface Statements {
  count: Database.Statement;
  page: Database.Statement;
  byIds: Database.Statement;
  actions: Database.Statement;
}

const cache = new WeakMap<Database.Database, Statements>();

function statements(db: Database.Database): Statements {
  let s = cache.get(db);
  if (!s) {
    s = {
      count: db.prepare('SELECT COUNT(*) AS n FROM meeting WHERE deleted = 0'),
      page: db.prepare(`SELECT ${LOG_COLUMNS} FROM meeting WHERE deleted = 0 ${LOG_ORDER} LIMIT ? OFFSET ?`),
      byIds: db.prepare(
        `SELECT ${LOG_COLUMNS} FROM meeting WHERE deleted = 0 AND id IN (SELECT value FROM json_each(?)) ${LOG_ORDER}`,
      ),
      actions: db.prepare(
        `SELECT a.id, a."meetingId", a."text", a."ownerId", a."dueDate", a."status",
                m."title" AS meetingTitle, m."startsAt" AS meetingStartsAt
           FROM action_item a LEFT JOIN meeting m ON m.id = a."meetingId" AND m.deleted = 0
          WHERE a.deleted = 0
          ORDER BY a."dueDate" IS NULL, a."dueDate", a.id`,
      ),
    };
    cache.set(db, s);
  }
  return s;
}

/**
 * A window of the meeting log, newest first, or the log rows of the given
 * meetings (search hits). With 10 000 meetings the minutes alone run to
 * megabytes, so the list never carries them; the meeting's own page does.
 */
export interface MeetingLogQuery {
  readonly offset?: number;
  readonly limit?: number;
  readonly ids?: readonly string[];
}

export interface MeetingLogPage {
  total: number;
  rows: MeetingLogRow[];
}

export function listMeetingLog(db: Database.Database, args: MeetingLogQuery): MeetingLogPage {
  const s = statements(db);
  if (args.ids) {
    const all = s.byIds.all(JSON.stringify(args.ids)) as MeetingLogRow[];
    const offset = args.offset ?? 0;
    return { total: all.length, rows: all.slice(offset, args.limit === undefined ? undefined : offset + args.limit) };
  }
  const total = (s.count.get() as { n: number }).n;
  const rows = s.page.all(args.limit ?? 200, args.offset ?? 0) as MeetingLogRow[];
  return { total, rows };
}

/** Every live action item, by due date (undated last), with its meeting's title and time. */
export function listActionItems(db: Database.Database): ActionItemRow[] {
  return statements(db).actions.all() as ActionItemRow[];
}

/** One live meeting with its live attendance and action items, flat as the API returns records. */
export function meetingWithChildren(wb: Workbook, id: string): {
  meeting: RecordOf<'meeting'>;
  attendance: RecordOf<'attendance'>[];
  actions: RecordOf<'action'>[];
} {
  const meeting = wb.records.get('meeting', id);
  if (!meeting || meeting.deleted) throw notFound('meeting', id);
  return {
    meeting: flatRecord('meeting', meeting),
    attendance: wb.records.listBy('attendance', 'meetingId', id).map((r) => flatRecord('attendance', r)),
    actions: wb.records.listBy('action', 'meetingId', id).map((r) => flatRecord('action', r)),
  };
}
