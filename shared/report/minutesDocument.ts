import { WorkbookError } from '../errors.js';
import { msg } from '../messages/catalogue.js';
import { actionRows } from './derived.js';
import { isoLocalDate, reportDates, type ReportLanguage } from './dates.js';
import { cell, fact, heading, paragraph, run, type DocumentBlock, type DocumentModel } from './document.js';
import { documentFooter, documentKeywords, projectTitleOf, reportDay } from './documentParts.js';
import { DOCUMENT_LANGUAGE, DOCUMENT_WORDS } from './documentWords.js';
import { REPORT_LABELS } from './labels.js';
import { markdownBlocks } from './markdownDocument.js';
import { byId, type WorkbookSnapshot } from './snapshot.js';

/** What any Word report is made from: the records, the workbook's last change, the report's date and language. */
export interface WordReportInput {
  readonly snapshot: WorkbookSnapshot;
  /** The change log's latest stamp, for the footer's «Sist endret». */
  readonly lastChange: string | null;
  /** ISO date of the report; today when left out. */
  readonly date?: string;
  readonly lang: ReportLanguage;
}

/**
 * The minutes of one meeting as a document: what renderer/print/MeetingView
 * prints today (type, date, time, place, group, present and absent, agenda,
 * minutes, decisions, action items). TODO(h-minutes): when the minutes have
 * their own data model (shared/report/minutes.ts, with møteleder, referent,
 * saker with their vedtak, neste møte, godkjenning …), build this from that
 * model instead, so the Word file and the PDF read one source.
 */
export function minutesDocument(input: WordReportInput & { readonly meetingId: string }): DocumentModel {
  const { snapshot: s, lang } = input;
  const meeting = s.meeting.find((m) => m.id === input.meetingId);
  if (!meeting) throw new WorkbookError('not_found', msg('print.meeting_not_found', { id: input.meetingId }));
  const W = DOCUMENT_WORDS[lang];
  const w = W.meeting;
  const L = REPORT_LABELS[lang];
  const D = reportDates(lang);
  const printedOn = reportDay(input.date);
  const project = s.project[0];
  const people = byId(s.person);
  const attendance = s.attendance
    .filter((a) => a.meetingId === meeting.id)
    .map((a) => ({ ...a, name: people.get(a.personId)?.name ?? '' }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const names = (present: boolean) => {
    const list = attendance.filter((a) => a.present === present).map((a) => a.name);
    return list.length ? list.join(', ') : w.nobody;
  };
  const when = D.meetingTime(meeting.startsAt);
  const group = meeting.groupId ? s.group.find((g) => g.id === meeting.groupId)?.name : undefined;
  const actions = actionRows(s, isoLocalDate(printedOn), meeting.id);

  const prose = (text: string): DocumentBlock[] => (text.trim() ? markdownBlocks(text, 2) : [paragraph(w.empty, 'muted')]);
  const blocks: DocumentBlock[] = [
    paragraph([run(`${w.title} · ${projectTitleOf(project, lang)}`, { bold: true })], 'muted'),
    heading(1, meeting.title),
    fact(w.type, L.meetingType[meeting.type]),
    fact(w.date, when.date),
    ...(when.time ? [fact(w.time, when.time)] : []),
    ...(meeting.place ? [fact(w.place, meeting.place)] : []),
    ...(group ? [fact(w.group, group)] : []),
    fact(w.present, names(true)),
    fact(w.absent, names(false)),
    heading(2, w.agenda),
    ...prose(meeting.agenda),
    heading(2, w.minutes),
    ...prose(meeting.minutes),
    heading(2, w.decisions),
    ...prose(meeting.decisions),
    heading(2, w.actions),
    actions.length === 0 ? paragraph(W.common.none, 'muted') : {
      type: 'table',
      columns: [{ header: w.action, width: 5 }, { header: w.owner, width: 2.4 }, { header: w.due, width: 1.6 }, { header: w.status, width: 1.6 }],
      rows: actions.map((a) => ({
        cells: [cell(a.text), cell(a.owner || '–'), cell(D.date(a.dueDate) || '–'), cell(L.actionStatus[a.status])],
      })),
    },
  ];
  return {
    meta: {
      title: `${w.title}: ${meeting.title} ${when.date}`,
      subject: `${w.subject} – ${L.meetingType[meeting.type]} ${when.date} – ${projectTitleOf(project, lang)}`,
      author: W.common.author,
      keywords: [...documentKeywords(project), L.meetingType[meeting.type]],
      language: DOCUMENT_LANGUAGE[lang],
    },
    footer: documentFooter(project, printedOn, input.lastChange, lang),
    blocks,
  };
}
