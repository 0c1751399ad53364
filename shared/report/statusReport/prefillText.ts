import { word, msg } from '../../messages/catalogue.js';
import type { MessageLanguage } from '../../messages/format.js';
import { formatDateEn, formatDateNb } from '../dates.js';
import type { StatusReportType } from '../../model/enums.js';
import { isNbReport } from '../../rules/statusReport.js';
import type { WorkbookSnapshot } from '../snapshot.js';
import { nbSources, type NbSources } from './nbPrefill.js';

/**
 * The starting text of NB's parts in a new NB report, as Markdown lists in
 * the reader's language. Only the parts the workbook can speak to; the rest
 * start empty. The leader edits the text; nothing here is kept in step later.
 */
export interface NbPrefill {
  readonly nbGoalAttainment: string;
  readonly nbActivities: string;
  readonly nbLessons: string;
  readonly nbDeviations: string;
}

export function prefillText(src: NbSources, lang: MessageLanguage): NbPrefill {
  const date = lang === 'en' ? formatDateEn : formatDateNb;
  const say = (key: Parameters<typeof msg>[0], params: Record<string, string | number> = {}) => word(msg(key, params), lang);
  const list = (items: string[]) => items.map((i) => `- ${i}`).join('\n');
  const activities = [
    ...src.meetings.map((m) => say('report.prefill.meeting', { date: date(m.date), title: m.title })),
    ...src.milestones.map((m) => say(m.actualDate ? 'report.prefill.milestone' : 'report.prefill.milestone_undated', {
      number: m.number, description: m.description, date: date(m.actualDate),
    })),
  ];
  return {
    nbGoalAttainment: src.goals.map((g) => `**${say('report.prefill.goal', { number: g.number, text: g.text })}**\n\n`).join(''),
    nbActivities: list(activities),
    nbLessons: list(src.lessons.map((l) => say(l.outcome === 'positive' ? 'report.prefill.lesson_positive' : 'report.prefill.lesson_negative', {
      date: date(l.date), happened: l.happened, learned: l.learned || '–',
    }))),
    nbDeviations: list(src.changes.map((c) => say(c.nbNotified ? 'report.prefill.change_notified' : 'report.prefill.change', {
      date: date(c.date), what: c.what, notified: date(c.nbNotifiedDate),
    }))),
  };
}

/**
 * The written parts a new report starts with: an NB report (yearly or final)
 * gets its parts prefilled from the workbook for its period, so the leader
 * edits a text rather than starts from nothing; a steering group report
 * starts empty.
 */
export function newReportPrefill(
  type: StatusReportType, s: WorkbookSnapshot, period: { periodFrom: string; periodTo: string }, lang: MessageLanguage,
): Partial<NbPrefill> {
  if (!isNbReport(type)) return {};
  const text = prefillText(nbSources(s, period.periodFrom, period.periodTo), lang);
  return Object.fromEntries(Object.entries(text).filter(([, v]) => v !== '')) as Partial<NbPrefill>;
}
