import { isLate, isoWeekNumber, parsePlannedDate, type PlannedDate } from './plannedDate.js';

/**
 * Where a day falls in the project's plan: which project year (prosjektår),
 * which milestones come next, which are late. Pure and given `today`, so the
 * overview, the milestone screen and the tests agree on one reading.
 *
 * Dates are ISO calendar dates (YYYY-MM-DD). Periods are inclusive at both
 * ends, as the plan writes them ("01.09.2021 - 01.09.2022").
 */
export interface DatedPeriod {
  readonly id: string;
  readonly startDate: string;
  readonly endDate: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number since 1970-01-01, counted in UTC so no zone or summer time can skew a difference. */
export function dayNumber(isoDate: string): number {
  const m = ISO.exec(isoDate);
  if (!m) throw new RangeError(`not an ISO date: ${JSON.stringify(isoDate)}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function periodContains(period: DatedPeriod, isoDate: string): boolean {
  // Zero-padded ISO dates order as strings exactly as in time.
  return period.startDate <= isoDate && isoDate <= period.endDate;
}

export type ProjectPosition =
  | { kind: 'before'; daysUntilStart: number }
  /** `periodIds` holds every period containing today: two on a day where the plan's periods overlap, none in a gap. */
  | { kind: 'during'; periodIds: string[]; projectShare: number }
  | { kind: 'after'; daysSinceEnd: number };

export function projectPosition(
  project: { startDate: string; endDate: string },
  periods: readonly DatedPeriod[],
  today: string,
): ProjectPosition {
  if (today < project.startDate) return { kind: 'before', daysUntilStart: daysBetween(today, project.startDate) };
  if (today > project.endDate) return { kind: 'after', daysSinceEnd: daysBetween(project.endDate, today) };
  return {
    kind: 'during',
    periodIds: periods.filter((p) => periodContains(p, today)).map((p) => p.id),
    projectShare: elapsedShare(project, today),
  };
}

/**
 * How much of a period has passed by the end of `today`: 0 before it starts,
 * 1 from its last day on. Counted in whole days, both ends inclusive.
 */
export function elapsedShare(period: { startDate: string; endDate: string }, today: string): number {
  const total = daysBetween(period.startDate, period.endDate) + 1;
  if (total <= 0) return 0;
  const done = daysBetween(period.startDate, today) + 1;
  return Math.min(1, Math.max(0, done / total));
}

export interface PeriodOverlap {
  readonly firstId: string;
  readonly secondId: string;
  readonly from: string;
  readonly to: string;
}

/**
 * Days claimed by two periods at once. The seed plan's years overlap on
 * 01.09.2022 (year 1 ends the day year 2 starts); that is the plan's text and
 * is shown to the user, not corrected here.
 */
export function periodOverlaps(periods: readonly DatedPeriod[]): PeriodOverlap[] {
  const overlaps: PeriodOverlap[] = [];
  for (let i = 0; i < periods.length; i++) {
    for (let j = i + 1; j < periods.length; j++) {
      const a = periods[i]!;
      const b = periods[j]!;
      const from = a.startDate > b.startDate ? a.startDate : b.startDate;
      const to = a.endDate < b.endDate ? a.endDate : b.endDate;
      if (from <= to) {
        const [first, second] = a.startDate <= b.startDate ? [a, b] : [b, a];
        overlaps.push({ firstId: first.id, secondId: second.id, from, to });
      }
    }
  }
  return overlaps;
}

/**
 * The one period a dated amount or event counts in. Where periods overlap,
 * the later-starting period wins: on 01.09.2022 the plan's year 2 has begun,
 * and a cost that day belongs to the new year's budget. Undefined outside
 * every period.
 */
export function periodOfDate<P extends DatedPeriod>(periods: readonly P[], isoDate: string): P | undefined {
  let found: P | undefined;
  for (const p of periods) {
    if (periodContains(p, isoDate) && (!found || p.startDate > found.startDate)) found = p;
  }
  return found;
}

// ---------------------------------------------------------------------------
// Milestones

export interface MilestoneTiming {
  readonly plannedText: string;
  readonly status: string;
  readonly actualDate: string | null;
}

/**
 * Late = not reached, and either marked late by a person or its planned range
 * ended before today ("April 2022" is late from 1 May).
 */
export function isMilestoneLate(m: MilestoneTiming, today: string): boolean {
  if (m.status === 'reached') return false;
  return m.status === 'late' || isLate(parsePlannedDate(m.plannedText), today);
}

export type ActualVersusPlanned =
  | { kind: 'no_actual' }
  | { kind: 'no_plan' }
  | { kind: 'early'; days: number }
  | { kind: 'on_time' }
  | { kind: 'after'; days: number };

/** The actual date against the planned range: days before its start, inside it, or days after its end. */
export function actualVersusPlanned(planned: PlannedDate, actualDate: string | null): ActualVersusPlanned {
  if (!actualDate) return { kind: 'no_actual' };
  if (planned.kind !== 'range') return { kind: 'no_plan' };
  if (actualDate < planned.from) return { kind: 'early', days: daysBetween(actualDate, planned.from) };
  if (actualDate > planned.to) return { kind: 'after', days: daysBetween(planned.to, actualDate) };
  return { kind: 'on_time' };
}

/**
 * Milestones still ahead: not reached, with a planned range that has not
 * ended, earliest first (ties by number). Unscheduled ones have no place in
 * time and are left out.
 */
export function nextMilestones<M extends MilestoneTiming & { number: number }>(
  milestones: readonly M[],
  today: string,
  limit = 3,
): M[] {
  return milestones
    .filter((m) => m.status !== 'reached')
    .map((m) => ({ m, p: parsePlannedDate(m.plannedText) }))
    .filter((x): x is { m: M; p: Extract<PlannedDate, { kind: 'range' }> } => x.p.kind === 'range' && x.p.to >= today)
    .sort((a, b) => (a.p.from < b.p.from ? -1 : a.p.from > b.p.from ? 1 : a.m.number - b.m.number))
    .slice(0, limit)
    .map((x) => x.m);
}

// ---------------------------------------------------------------------------
// The timeline's calendar

export interface YearMonth {
  readonly year: number;
  readonly month: number; // 1–12
}

export function monthOf(isoDate: string): YearMonth {
  const m = ISO.exec(isoDate);
  if (!m) throw new RangeError(`not an ISO date: ${JSON.stringify(isoDate)}`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

/** Every month from the one holding `from` to the one holding `to`, inclusive. */
export function monthsBetween(from: string, to: string): YearMonth[] {
  const out: YearMonth[] = [];
  let { year, month } = monthOf(from);
  const last = monthOf(to);
  while (year < last.year || (year === last.year && month <= last.month)) {
    out.push({ year, month });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function firstDayOfMonth({ year, month }: YearMonth): string {
  return `${year}-${pad(month)}-01`;
}

export function lastDayOfMonth({ year, month }: YearMonth): string {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(days)}`;
}

function addDaysIso(isoDate: string, days: number): string {
  const d = new Date((dayNumber(isoDate) + days) * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export interface MonthWeek {
  /** ISO week number, as Norwegian calendars print it. */
  readonly week: number;
  /** Monday of the week (may lie in the month before). */
  readonly monday: string;
  /** Sunday of the week (may lie in the month after). */
  readonly sunday: string;
}

/** The ISO weeks (Monday first) that have at least one day in the month. */
export function isoWeeksOfMonth(ym: YearMonth): MonthWeek[] {
  const first = firstDayOfMonth(ym);
  const last = lastDayOfMonth(ym);
  // 1970-01-01 (day 0) was a Thursday, so Monday is day number ≡ 4 (mod 7).
  const weekday = (((dayNumber(first) - 4) % 7) + 7) % 7; // 0 = Monday
  const weeks: MonthWeek[] = [];
  for (let monday = addDaysIso(first, -weekday); monday <= last; monday = addDaysIso(monday, 7)) {
    weeks.push({ week: isoWeekNumber(monday), monday, sunday: addDaysIso(monday, 6) });
  }
  return weeks;
}

/** Whether two inclusive ranges share a day. */
export function rangesMeet(aFrom: string, aTo: string, bFrom: string, bTo: string): boolean {
  return aFrom <= bTo && bFrom <= aTo;
}
