import type { LessonOutcome } from '../../model/enums.js';
import type { WorkbookSnapshot } from '../snapshot.js';

/**
 * What the workbook can tell for Nasjonalbiblioteket's parts, within the
 * report's period: the goals for måloppnåelse, the meetings held and
 * milestones reached for innhold og aktiviteter, the erfaringslogg for
 * erfaringer (positive and negative), the endringslogg for avvik. The screen
 * offers these as a starting text (prefillText); the leader writes the rest.
 */
export interface NbSources {
  readonly goals: { number: number; text: string }[];
  readonly meetings: { date: string; title: string; place: string }[];
  readonly milestones: { number: number; description: string; actualDate: string | null }[];
  readonly lessons: { date: string; happened: string; learned: string; recommendation: string; outcome: LessonOutcome }[];
  readonly changes: { date: string; type: 'change' | 'deviation'; what: string; nbNotified: boolean; nbNotifiedDate: string | null }[];
}

export function nbSources(s: WorkbookSnapshot, from: string, to: string): NbSources {
  const within = (d: string | null) => d !== null && from <= d.slice(0, 10) && d.slice(0, 10) <= to;
  return {
    goals: [...s.goal].sort((a, b) => a.number - b.number).map((g) => ({ number: g.number, text: g.text })),
    meetings: s.meeting.filter((m) => within(m.startsAt)).sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .map((m) => ({ date: m.startsAt.slice(0, 10), title: m.title, place: m.place })),
    milestones: s.milestone.filter((m) => m.status === 'reached' && (m.actualDate === null || within(m.actualDate)))
      .sort((a, b) => a.number - b.number).map((m) => ({ number: m.number, description: m.description, actualDate: m.actualDate })),
    lessons: s.lesson.filter((l) => within(l.date)).sort((a, b) => a.date.localeCompare(b.date))
      .map((l) => ({ date: l.date, happened: l.happened, learned: l.learned, recommendation: l.recommendation, outcome: l.outcome })),
    changes: s['change-entry'].filter((c) => within(c.date)).sort((a, b) => a.date.localeCompare(b.date))
      .map((c) => ({ date: c.date, type: c.type, what: c.what, nbNotified: c.nbNotified, nbNotifiedDate: c.nbNotifiedDate })),
  };
}
