import {
  addDays,
  differenceInCalendarDays,
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
 * "April/mai 2022", "1. Mars 2022", "uke 40–42 2022", "høsten 2022"). The
 * plan's own words stay the record (milestone.plannedText); this reading of
 * them only drives sorting, the timeline and the "late" warning, so text we
 * cannot read is kept as 'unparsed' and shown verbatim ("ukjent tidspunkt")
 * rather than guessed at.
 *
 * `from` and `to` are inclusive ISO dates (YYYY-MM-DD). They are calendar
 * dates without a zone: the project lives in Norwegian local time and a
 * milestone is "due in week 36", not at an instant. Lateness is judged by
 * `to`, so every loose phrase is read as the whole span it can mean.
 */
export type Precision =
  | 'day' | 'week' | 'weeks' | 'month' | 'months' | 'part-of-month' | 'month-turn'
  | 'season' | 'quarter' | 'tertial' | 'half-year' | 'year-turn' | 'deadline';

export type PlannedDate =
  | { kind: 'unscheduled' }
  | { kind: 'range'; from: string; to: string; precision: Precision }
  | { kind: 'unparsed'; text: string };

/**
 * One example of every form the reader understands, in the order the edit
 * field's hint lists them; the unit test reads each of them back.
 */
export const PLANNED_DATE_EXAMPLES: readonly string[] = [
  '1. mars 2022', '15.3.22', 'uke 40 2022', 'uke 40–42 2022', 'mars 2022', 'april/mai 2022',
  'primo/medio/ultimo mars 2022', 'månedsskiftet mars/april 2022', '1. kvartal 2023', 'Q1 2023',
  '1. tertial 2023', 'første halvår 2022', 'våren 2023', 'høsten 2022', 'årsskiftet 2021/22',
  'innen 1. mars 2022',
];

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
// "uke", plural "uker", nynorsk "veke"/"veker".
const WEEK_WORD = '(?:uker?|veker?)';
// "1." or "1" or the ordinal word, before kvartal, tertial and halvår.
const ORDINAL = '(?:(\\d)\\.?|(første|andre|annet|tredje|fjerde))';
const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['første', 1], ['andre', 2], ['annet', 2], ['tredje', 3], ['fjerde', 4],
]);

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DOTTED_DAY = new RegExp(`^(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}$`);
// "15.3.22": a two-digit year is this century's; a plan is not written for 1922.
const DOTTED_DAY_SHORT_YEAR = /^(\d{1,2})\.(\d{1,2})\.(\d{2})$/;
const NAMED_DAY = new RegExp(`^(\\d{1,2})\\.?\\s*${MONTH}${YEAR_SEP}${YEAR}$`);
const WEEK = new RegExp(`^(?:${MONTH}\\s*,?\\s*)?${WEEK_WORD}\\s*(\\d{1,2})${YEAR_SEP}${YEAR}$`);
// "uke 40–42 2022", "uke 40 til uke 42 2022"; "uke 50–2 2023" runs from week 50 of 2022.
const WEEK_SPAN = new RegExp(`^${WEEK_WORD}\\s*(\\d{1,2})${RANGE_SEP}(?:${WEEK_WORD}\\s*)?(\\d{1,2})${YEAR_SEP}${YEAR}$`);
// "uke 50 2022–uke 2 2023": each week with its own year.
const WEEK_SPAN_TWO_YEARS = new RegExp(
  `^${WEEK_WORD}\\s*(\\d{1,2})${YEAR_SEP}${YEAR}${RANGE_SEP}(?:${WEEK_WORD}\\s*)?(\\d{1,2})${YEAR_SEP}${YEAR}$`,
);
const MONTH_SPAN = new RegExp(`^${MONTH}(?:${YEAR_SEP}${YEAR})?${RANGE_SEP}${MONTH}${YEAR_SEP}${YEAR}$`);
const ONE_MONTH = new RegExp(`^${MONTH}${YEAR_SEP}${YEAR}$`);
// "primo mars 2022", "i slutten av mars 2022" (a leading "i" is dropped before this).
const PART_OF_MONTH = new RegExp(`^(primo|medio|ultimo|begynnelsen av|starten av|midten av|slutten av)\\s+${MONTH}${YEAR_SEP}${YEAR}$`);
const MONTH_TURN = new RegExp(`^mån[ae]dsskiftet\\s+${MONTH}${RANGE_SEP}${MONTH}${YEAR_SEP}${YEAR}$`);
const QUARTER = new RegExp(`^(?:${ORDINAL}\\s*(?:kvartal|kv\\.?)|[qk](\\d))${YEAR_SEP}${YEAR}$`);
const TERTIAL = new RegExp(`^(?:${ORDINAL}\\s*tertial|t(\\d))${YEAR_SEP}${YEAR}$`);
const HALF_YEAR = new RegExp(`^(?:${ORDINAL}\\s*halvår(?:et)?|h(\\d))${YEAR_SEP}${YEAR}$`);
const SEASON = new RegExp(`^(vår|sommer|høst|haust|vinter)(?:en)?${YEAR_SEP}${YEAR}(?:\\s*/\\s*(\\d{2}|\\d{4}))?$`);
const YEAR_TURN = new RegExp(`^årsskiftet\\s+${YEAR}\\s*[/\\-\u2013]\\s*(\\d{2}|\\d{4})$`);
// Words around a date that do not move it: "rundt årsskiftet 2021/22", "ca. april 2022", "i mai 2022".
const APPROXIMATELY = /^(?:rundt|omkring|cirka|ca\.?|i)\s+/;
// "innen 1. mars 2022", "senest uke 42 2022": due by the end of what follows.
const BY = /^(?:innen|senest)\s+/;

export function parsePlannedDate(text: string): PlannedDate {
  const s = text
    .replace(/[\u00a0\u202f\t]/g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
  if (s === '') return { kind: 'unscheduled' };
  return parseNormalised(s) ?? { kind: 'unparsed', text };
}

type Range = Extract<PlannedDate, { kind: 'range' }>;
type Rule = (s: string) => Range | undefined;

function parseNormalised(s: string): Range | undefined {
  const by = BY.exec(s);
  if (by) {
    const inner = parseNormalised(s.slice(by[0].length));
    return inner && { kind: 'range', from: inner.to, to: inner.to, precision: 'deadline' };
  }
  const about = APPROXIMATELY.exec(s);
  if (about) return parseNormalised(s.slice(about[0].length));
  for (const rule of RULES) {
    const found = rule(s);
    if (found) return found;
  }
  return undefined;
}

/** Each rule reads one form; the first that reads the text wins, so a rule that does not fit returns undefined. */
const RULES: readonly Rule[] = [
  (s) => match(ISO_DAY, s, (m) => dayRange(num(m[1]), num(m[2]), num(m[3]))),
  (s) => match(DOTTED_DAY, s, (m) => dayRange(num(m[3]), num(m[2]), num(m[1]))),
  (s) => match(DOTTED_DAY_SHORT_YEAR, s, (m) => dayRange(2000 + num(m[3]), num(m[2]), num(m[1]))),
  (s) => match(NAMED_DAY, s, (m) => {
    const month = monthOf(m[2]);
    return month === undefined ? undefined : dayRange(num(m[3]), month, num(m[1]));
  }),
  (s) => match(WEEK, s, (m) => {
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
  }),
  (s) => match(WEEK_SPAN, s, (m) => {
    const first = num(m[1]);
    const last = num(m[2]);
    const lastYear = num(m[3]);
    if (first <= last) return weekSpan(first, lastYear, last, lastYear);
    // As with months: one year belongs to the week beside it, so a span that
    // counts down ("uke 50–2 2023") began in the year before. Over the turn
    // of a year only: "uke 42–40 2022" is a slip, not a span of 51 weeks.
    const span = weekSpan(first, lastYear - 1, last, lastYear);
    return span && differenceInCalendarDays(fromIso(span.to), fromIso(span.from)) < 26 * 7 ? span : undefined;
  }),
  (s) => match(WEEK_SPAN_TWO_YEARS, s, (m) => weekSpan(num(m[1]), num(m[2]), num(m[3]), num(m[4]))),
  (s) => match(MONTH_SPAN, s, (m) => {
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
  }),
  (s) => match(ONE_MONTH, s, (m) => {
    const month = monthOf(m[1]);
    if (month === undefined) return undefined;
    const from = new Date(num(m[2]), month - 1, 1);
    return range(from, lastDayOfMonth(from), 'month');
  }),
  (s) => match(PART_OF_MONTH, s, (m) => {
    const month = monthOf(m[2]);
    if (month === undefined) return undefined;
    // The month in thirds, as business Norwegian uses the words: primo the
    // 1st–10th, medio the 11th–20th, ultimo the 21st to the month's end.
    const first = new Date(num(m[3]), month - 1, 1);
    const part = m[1]!;
    if (part === 'primo' || part === 'begynnelsen av' || part === 'starten av') return range(first, addDays(first, 9), 'part-of-month');
    if (part === 'medio' || part === 'midten av') return range(addDays(first, 10), addDays(first, 19), 'part-of-month');
    return range(addDays(first, 20), lastDayOfMonth(first), 'part-of-month');
  }),
  (s) => match(MONTH_TURN, s, (m) => {
    const first = monthOf(m[1]);
    const second = monthOf(m[2]);
    if (first === undefined || second === undefined || second !== (first % 12) + 1) return undefined;
    const year = num(m[3]);
    // The turn of a month: its last week and the next month's first.
    const secondStart = new Date(year, second - 1, 1);
    return range(addDays(secondStart, -7), addDays(secondStart, 6), 'month-turn');
  }),
  (s) => match(QUARTER, s, (m) => partOfYear(ordinal(m), num(m[4]), 3, 4, 'quarter')),
  (s) => match(TERTIAL, s, (m) => partOfYear(ordinal(m), num(m[4]), 4, 3, 'tertial')),
  (s) => match(HALF_YEAR, s, (m) => partOfYear(ordinal(m), num(m[4]), 6, 2, 'half-year')),
  (s) => match(SEASON, s, (m) => {
    const year = num(m[2]);
    const season = m[1]!;
    if (season === 'vinter') {
      // "vinteren 2022/23" is December 2022 to February 2023; "vinteren 2023"
      // the winter that ends in 2023, as "desember/januar 2023" does.
      const until = m[3] === undefined ? year : nextYearOf(year, m[3]);
      if (until === undefined) return undefined;
      return range(new Date(until - 1, 11, 1), lastDayOfMonth(new Date(until, 1, 1)), 'season');
    }
    if (m[3] !== undefined) return undefined;
    // The seasons as the Norwegian Meteorological Institute counts them:
    // spring March–May, summer June–August, autumn September–November.
    const firstMonth = season === 'vår' ? 3 : season === 'sommer' ? 6 : 9;
    return range(new Date(year, firstMonth - 1, 1), lastDayOfMonth(new Date(year, firstMonth + 1, 1)), 'season');
  }),
  (s) => match(YEAR_TURN, s, (m) => {
    const year = num(m[1]);
    if (nextYearOf(year, m[2]!) === undefined) return undefined;
    // The turn of a year: December and January.
    return range(new Date(year, 11, 1), new Date(year + 1, 0, 31), 'year-turn');
  }),
];

function match(re: RegExp, s: string, read: (m: RegExpExecArray) => Range | undefined): Range | undefined {
  const m = re.exec(s);
  return m ? read(m) : undefined;
}

/** The number from "1." or "første" (groups 1 and 2) or "Q1" (group 3). */
function ordinal(m: RegExpExecArray): number {
  if (m[1] !== undefined) return num(m[1]);
  if (m[2] !== undefined) return ORDINAL_WORDS.get(m[2]) ?? 0;
  return num(m[3]);
}

/** Part `n` of `count` equal parts of the year, each `months` long: quarters, tertials, halves. */
function partOfYear(n: number, year: number, months: number, count: number, precision: Precision): Range | undefined {
  if (n < 1 || n > count) return undefined;
  const from = new Date(year, (n - 1) * months, 1);
  return range(from, lastDayOfMonth(new Date(year, n * months - 1, 1)), precision);
}

/** The year after `year` when `written` names it ("22" or "2022" after 2021), else undefined. */
function nextYearOf(year: number, written: string): number | undefined {
  const next = year + 1;
  const ok = written.length === 2 ? num(written) === next % 100 : num(written) === next;
  return ok ? next : undefined;
}

function weekSpan(firstWeek: number, firstYear: number, lastWeek: number, lastYear: number): Range | undefined {
  const from = isoWeekMonday(firstWeek, firstYear);
  const lastMonday = isoWeekMonday(lastWeek, lastYear);
  if (!from || !lastMonday || lastMonday < from) return undefined;
  return range(from, addDays(lastMonday, 6), from.getTime() === lastMonday.getTime() ? 'week' : 'weeks');
}

function num(digits: string | undefined): number {
  return Number(digits);
}

function monthOf(word: string | undefined): number | undefined {
  return word === undefined ? undefined : MONTHS.get(word);
}

function dayRange(year: number, month: number, day: number): Range | undefined {
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

function range(from: Date, to: Date, precision: Precision): Range {
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
