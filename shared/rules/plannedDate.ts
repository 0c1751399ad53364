import {
  addDays,
  formatISO,
  getISOWeek,
  getISOWeeksInYear,
  isExists,
  lastDayOfMonth,
  setISOWeek,
  startOfISOWeek,
} from 'date-fns';

/**
 * When a milestone is due, as the plan writes it ("September uke 36 2021",
 * "April/mai 2022", "1. Mars 2022"). The plan's own words stay the record
 * (milestone.plannedText); this reading of them only drives sorting, the
 * timeline and the "late" warning, so text we cannot read is kept as
 * 'unparsed' and shown verbatim rather than guessed at.
 *
 * `from` and `to` are inclusive ISO dates (YYYY-MM-DD). They are calendar
 * dates without a zone: the project lives in Norwegian local time and a
 * milestone is "due in week 36", not at an instant.
 */
export type PlannedDate =
  | { kind: 'unscheduled' }
  | { kind: 'range'; from: string; to: string; precision: 'day' | 'week' | 'month' | 'months' }
  | { kind: 'unparsed'; text: string };

// A Map, not an object literal: a plain lookup would find "constructor" on
// Object.prototype and read "constructor 2022" as a month.
const MONTHS: ReadonlyMap<string, number> = new Map([
  ['januar', 1], ['jan', 1],
  ['februar', 2], ['feb', 2],
  ['mars', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['mai', 5],
  ['juni', 6], ['jun', 6],
  ['juli', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9],
  ['oktober', 10], ['okt', 10],
  ['november', 11], ['nov', 11],
  ['desember', 12], ['des', 12],
]);

// A month word with an optional abbreviation dot ("okt."); whether it is a
// month at all is decided by the MONTHS lookup, so the regexes stay simple.
const MONTH = '([a-zæøå]+)\\.?';
// Four digits, no leading zero: `new Date(y, …)` maps years 0–99 to 1900–1999.
const YEAR = '([1-9]\\d{3})';
// Between a month (or week) and its year: a space, or a comma ("Uke 38, 2021").
const YEAR_SEP = '(?:\\s*,\\s*|\\s+)';
// Slash and the dashes people type or word processors substitute (hyphen,
// non-breaking hyphen, en dash, em dash, minus), or the word "til".
const RANGE_SEP = '(?:\\s*[/\\-\u2010\u2011\u2013\u2014\u2212]\\s*|\\s+til\\s+)';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DOTTED_DAY = new RegExp(`^(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}$`);
const NAMED_DAY = new RegExp(`^(\\d{1,2})\\.?\\s*${MONTH}${YEAR_SEP}${YEAR}$`);
// "nynorsk" plans write "veke".
const WEEK = new RegExp(`^(?:${MONTH}\\s*,?\\s*)?(?:uke|veke)\\s*(\\d{1,2})${YEAR_SEP}${YEAR}$`);
const MONTH_SPAN = new RegExp(`^${MONTH}(?:${YEAR_SEP}${YEAR})?${RANGE_SEP}${MONTH}${YEAR_SEP}${YEAR}$`);
const ONE_MONTH = new RegExp(`^${MONTH}${YEAR_SEP}${YEAR}$`);

export function parsePlannedDate(text: string): PlannedDate {
  const s = text
    .replace(/[\u00a0\u202f\t]/g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
  if (s === '') return { kind: 'unscheduled' };
  return parseNormalised(s) ?? { kind: 'unparsed', text };
}

function parseNormalised(s: string): PlannedDate | undefined {
  let m: RegExpExecArray | null;

  if ((m = ISO_DAY.exec(s))) return dayRange(num(m[1]), num(m[2]), num(m[3]));
  if ((m = DOTTED_DAY.exec(s))) return dayRange(num(m[3]), num(m[2]), num(m[1]));
  if ((m = NAMED_DAY.exec(s))) {
    const month = monthOf(m[2]);
    return month === undefined ? undefined : dayRange(num(m[3]), month, num(m[1]));
  }

  if ((m = WEEK.exec(s))) {
    const hint = m[1] === undefined ? undefined : monthOf(m[1]);
    if (m[1] !== undefined && hint === undefined) return undefined;
    // The year is the ISO week-numbering year: "uke 1 2020" starts on 2019-12-30.
    const monday = isoWeekMonday(num(m[2]), num(m[3]));
    if (!monday) return undefined;
    const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
    // The month in "September uke 36" is only a reading aid. When it names a
    // month the week does not touch, one of the two is a typo and we cannot
    // tell which, so show the text as written instead of a confident wrong date.
    if (hint !== undefined && !days.some((d) => d.getMonth() + 1 === hint)) return undefined;
    return range(monday, days[6]!, 'week');
  }

  if ((m = MONTH_SPAN.exec(s))) {
    const first = monthOf(m[1]);
    const last = monthOf(m[3]);
    if (first === undefined || last === undefined) return undefined;
    const lastYear = num(m[4]);
    // With one year for both months, the year belongs to the month written
    // next to it (the last). "desember/januar 2022" is therefore December 2021
    // to January 2022: the span runs forward into the named year rather than
    // out of it. Written with two years, both are taken as given.
    const firstYear = m[2] !== undefined ? num(m[2]) : first > last ? lastYear - 1 : lastYear;
    const from = new Date(firstYear, first - 1, 1);
    const to = lastDayOfMonth(new Date(lastYear, last - 1, 1));
    if (from > to) return undefined;
    return range(from, to, firstYear === lastYear && first === last ? 'month' : 'months');
  }

  if ((m = ONE_MONTH.exec(s))) {
    const month = monthOf(m[1]);
    if (month === undefined) return undefined;
    const from = new Date(num(m[2]), month - 1, 1);
    return range(from, lastDayOfMonth(from), 'month');
  }

  return undefined;
}

function num(digits: string | undefined): number {
  return Number(digits);
}

function monthOf(word: string | undefined): number | undefined {
  return word === undefined ? undefined : MONTHS.get(word);
}

function dayRange(year: number, month: number, day: number): PlannedDate | undefined {
  // Years below 1000 would need the 0–99 workaround and never occur in a plan.
  if (year < 1000 || !isExists(year, month - 1, day)) return undefined;
  const d = new Date(year, month - 1, day);
  return range(d, d, 'day');
}

function isoWeekMonday(week: number, weekYear: number): Date | undefined {
  // 4 January is always in week 1 of its own ISO week-year.
  const jan4 = new Date(weekYear, 0, 4);
  if (week < 1 || week > getISOWeeksInYear(jan4)) return undefined;
  return startOfISOWeek(setISOWeek(jan4, week));
}

function range(from: Date, to: Date, precision: 'day' | 'week' | 'month' | 'months'): PlannedDate {
  return { kind: 'range', from: toIso(from), to: toIso(to), precision };
}

function toIso(d: Date): string {
  return formatISO(d, { representation: 'date' });
}

/** Local-midnight Date of an ISO calendar date; refuses anything else, since a bad date here is a bug upstream. */
function fromIso(isoDate: string): Date {
  const m = ISO_DAY.exec(isoDate);
  if (!m || !isExists(num(m[1]), num(m[2]) - 1, num(m[3])) || num(m[1]) < 1000) {
    throw new RangeError(`not an ISO date: ${JSON.stringify(isoDate)}`);
  }
  return new Date(num(m[1]), num(m[2]) - 1, num(m[3]));
}

/** ISO 8601 week number (1–53), the numbering Norwegian calendars print. */
export function isoWeekNumber(isoDate: string): number {
  return getISOWeek(fromIso(isoDate));
}

/** "uke 36". Without the year, which the surrounding view already shows. */
export function formatIsoWeek(isoDate: string): string {
  return `uke ${isoWeekNumber(isoDate)}`;
}

/** Whether the day falls inside the planned range. An unscheduled or unreadable date contains no day. */
export function plannedDateContains(p: PlannedDate, isoDate: string): boolean {
  fromIso(isoDate);
  // Zero-padded four-digit ISO dates order as strings exactly as in time.
  return p.kind === 'range' && p.from <= isoDate && isoDate <= p.to;
}

/**
 * Whether the whole planned range lies before `today`; a milestone planned for
 * "April 2022" is late from 1 May, not from 1 April. Only the date is judged:
 * whether the milestone was reached is the caller's business. Unscheduled and
 * unreadable dates are never late, as there is no deadline to have missed.
 */
export function isLate(p: PlannedDate, today: string): boolean {
  fromIso(today);
  return p.kind === 'range' && p.to < today;
}
