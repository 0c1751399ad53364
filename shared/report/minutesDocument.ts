import { WorkbookError } from '../errors.js';
import { msg } from '../messages/catalogue.js';
import { isoLocalDate, reportDates, type ReportLanguage } from './dates.js';
import { bulletList, cell, fact, heading, paragraph, run, type DocumentBlock, type DocumentModel, type HeadingLevel } from './document.js';
import { documentFooter, documentKeywords, projectTitleOf, reportDay } from './documentParts.js';
import { DOCUMENT_LANGUAGE, DOCUMENT_WORDS, fillWords } from './documentWords.js';
import { REPORT_LABELS } from './labels.js';
import { markdownBlocks } from './markdownDocument.js';
import { buildMinutes, type Minutes, type MinutesCase, type MinutesPerson } from './minutes.js';
import type { WorkbookSnapshot } from './snapshot.js';

/** What any Word report is made from: the records, the workbook's last change, the report's date and language. */
export interface WordReportInput {
  readonly snapshot: WorkbookSnapshot;
  /** The change log's latest stamp, for the footer's «Sist endret». */
  readonly lastChange: string | null;
  /** ISO date of the report; today when left out. */
  readonly date?: string;
  readonly lang: ReportLanguage;
}

const DIGITAL = 'digitalt';

/**
 * The minutes of one meeting as a document, built from the same model
 * (shared/report/minutes) as the PDF (renderer/print/MinutesParts), with the
 * same parts in the same order and the same words, so the Word file and the
 * PDF of one meeting say the same thing: the heading facts, Saksliste,
 * Referat with each sak and its vedtak under it, other decisions,
 * Oppfølging, and neste møte, godkjenning and arkivreferanse at the end.
 */
export function minutesDocument(input: WordReportInput & { readonly meetingId: string }): DocumentModel {
  const { snapshot: s, lang } = input;
  if (!s.meeting.some((m) => m.id === input.meetingId)) {
    throw new WorkbookError('not_found', msg('print.meeting_not_found', { id: input.meetingId }));
  }
  const printedOn = reportDay(input.date);
  const m = buildMinutes(s, input.meetingId, isoLocalDate(printedOn));
  const project = s.project[0];
  const L = REPORT_LABELS[lang];
  const date = reportDates(lang).date(m.date);
  const say = minutesWords(lang);
  return {
    meta: {
      title: `${say.w.title}: ${m.title} ${date}`,
      subject: `${say.w.subject} – ${L.meetingType[m.type]} ${date} – ${projectTitleOf(project, lang)}`,
      author: DOCUMENT_WORDS[lang].common.author,
      keywords: [...documentKeywords(project), L.meetingType[m.type]],
      language: DOCUMENT_LANGUAGE[lang],
    },
    footer: documentFooter(project, printedOn, input.lastChange, lang),
    blocks: [...headingBlocks(m, projectTitleOf(project, lang), say), ...bodyBlocks(m, say)],
  };
}

type Say = ReturnType<typeof minutesWords>;

/** The minutes' words and the small phrasings the PDF makes of the model's values, in one language. */
function minutesWords(lang: ReportLanguage) {
  const W = DOCUMENT_WORDS[lang];
  const w = W.meeting;
  const D = reportDates(lang);
  const timeOfDay = (date: string, time: string | null) => (time ? D.meetingTime(`${date}T${time}`).time : '');
  const placeOf = (place: string) => (place.toLocaleLowerCase('nb') === DIGITAL ? w.digital : place);
  return {
    w, W, D, L: REPORT_LABELS[lang], placeOf,
    time(m: Minutes): string {
      const from = timeOfDay(m.date, m.startTime);
      const to = timeOfDay(m.date, m.endTime);
      if (from && to) return fillWords(w.timeRange, { from, to });
      return from || (to ? fillWords(w.timeRange, { from: '', to }) : '');
    },
    approval(a: Minutes['approval']): string {
      if (!a) return w.notApproved;
      const on = D.date(a.on);
      if (on && a.by) return fillWords(w.approvedLine, { date: on, by: a.by });
      return on ? fillWords(w.approvedOnLine, { date: on }) : fillWords(w.approvedByLine, { by: a.by });
    },
    nextMeeting(next: Minutes['nextMeeting']): string {
      if (!next) return w.notSet;
      const when = next.at ? [D.meetingTime(next.at).date, D.meetingTime(next.at).time].filter(Boolean).join(' ') : '';
      return [when, placeOf(next.place)].filter(Boolean).join(', ');
    },
  };
}

function personLine(p: MinutesPerson): string {
  return p.affiliation ? `${p.name}, ${p.affiliation}` : p.name;
}

/** A fact whose value is a list (til stede, forfall, kopi til): the label, then one line per entry. */
function listFact(label: string, entries: readonly string[], none: string): DocumentBlock[] {
  if (entries.length === 0) return [fact(label, none)];
  return [paragraph([run(`${label}:`, { bold: true })]), bulletList(entries)];
}

/** Heading block: møtetype, gruppe, dato, tid fra–til, sted, møteleder, referent; then til stede, forfall, kopi til. */
function headingBlocks(m: Minutes, project: string, say: Say): DocumentBlock[] {
  const { w, W, D, L } = say;
  const time = say.time(m);
  const place = say.placeOf(m.place);
  return [
    paragraph([run(`${w.title} · ${project}`, { bold: true })], 'muted'),
    heading(1, m.title),
    fact(w.type, L.meetingType[m.type]),
    ...(m.group ? [fact(w.group, m.group)] : []),
    fact(w.date, D.date(m.date)),
    ...(time ? [fact(w.time, time)] : []),
    ...(place ? [fact(w.place, place)] : []),
    fact(w.chair, m.chair ? personLine(m.chair) : w.notGiven),
    fact(w.secretary, m.secretary ? personLine(m.secretary) : w.notGiven),
    ...listFact(w.present, m.present.map(personLine), w.nobody),
    ...listFact(w.absent, m.absent.map(personLine), w.nobody),
    ...listFact(w.copyTo, m.copyTo, W.common.none),
  ];
}

/** Markdown as blocks whose headings sit under `level`, or «Ikke ført.» when there is none. */
function prose(text: string, level: HeadingLevel, empty: string | null): DocumentBlock[] {
  if (text.trim()) return markdownBlocks(text, level);
  return empty === null ? [] : [paragraph(empty, 'muted')];
}

/** One sak: its heading one level under «Referat», what was said, and its vedtak under it. */
function caseBlocks(c: MinutesCase, say: Say): DocumentBlock[] {
  const { w } = say;
  const number = c.number ? fillWords(w.caseNumber, { number: c.number }) : '';
  const hasDiscussion = c.discussion.trim() !== '';
  const hasDecision = c.decision.trim() !== '';
  return [
    heading(3, `${number}${number && c.title ? ' ' : ''}${c.title}`),
    ...prose(c.discussion, 3, null),
    ...(hasDecision ? [paragraph([run(w.decision, { bold: true })]), ...prose(c.decision, 3, null)] : []),
    ...(!hasDiscussion && !hasDecision ? [paragraph(w.noCaseText, 'muted')] : []),
  ];
}

/** Saksliste, Referat with its saker, other decisions, Oppfølging; then neste møte, godkjenning and arkivreferanse. */
function bodyBlocks(m: Minutes, say: Say): DocumentBlock[] {
  const { w, W, D, L } = say;
  const hasCases = m.cases.length > 0;
  return [
    heading(2, w.agenda),
    ...prose(m.agenda, 2, w.empty),
    heading(2, w.minutes),
    ...(m.openingMinutes || !hasCases ? prose(m.openingMinutes, 2, w.empty) : []),
    ...m.cases.flatMap((c) => caseBlocks(c, say)),
    ...(m.otherDecisions || !hasCases
      ? [heading(2, hasCases ? w.otherDecisions : w.decisions), ...prose(m.otherDecisions, 2, w.empty)]
      : []),
    heading(2, w.followUp),
    m.actions.length === 0 ? paragraph(W.common.none, 'muted') : {
      type: 'table',
      columns: [{ header: w.action, width: 5 }, { header: w.owner, width: 2.4 }, { header: w.due, width: 1.6 }, { header: w.status, width: 1.6 }],
      rows: m.actions.map((a) => ({
        cells: [cell(a.text), cell(a.owner || '–'), cell(D.date(a.dueDate) || '–'), cell(L.actionStatus[a.status])],
      })),
    },
    fact(w.nextMeeting, say.nextMeeting(m.nextMeeting)),
    fact(w.approval, say.approval(m.approval)),
    fact(w.archiveRef, m.archiveRef || w.notGiven),
  ];
}
