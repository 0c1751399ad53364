import { getISOWeekYear } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatIsoWeek,
  isLate,
  isoWeekNumber,
  parsePlannedDate,
  plannedDateContains,
  PLANNED_DATE_EXAMPLES,
  type PlannedDate,
  type Precision,
} from '../../shared/rules/plannedDate.js';
import { SEED_PLAN } from '../../shared/seed/plan.js';

const range = (from: string, to: string, precision: Precision): PlannedDate => ({
  kind: 'range',
  from,
  to,
  precision,
});
const day = (iso: string): PlannedDate => range(iso, iso, 'day');
const unparsed = (text: string): PlannedDate => ({ kind: 'unparsed', text });

const MONTH_NAMES = [
  'januar', 'februar', 'mars', 'april', 'mai', 'juni',
  'juli', 'august', 'september', 'oktober', 'november', 'desember',
] as const;

/** Whole days between two ISO dates, counted in UTC so no zone or DST can skew it. */
const daysBetween = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000;
const utcWeekday = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe('parsePlannedDate: the seed plan', () => {
  it.each<[string, PlannedDate]>([
    ['September uke 36 2021', range('2021-09-06', '2021-09-12', 'week')],
    ['September uke 38 2021', range('2021-09-20', '2021-09-26', 'week')],
    ['', { kind: 'unscheduled' }],
    ['September/oktober 2021', range('2021-09-01', '2021-10-31', 'months')],
    ['1. Mars 2022', day('2022-03-01')],
    ['April 2022', range('2022-04-01', '2022-04-30', 'month')],
    ['April/mai 2022', range('2022-04-01', '2022-05-31', 'months')],
    ['Mai 2022', range('2022-05-01', '2022-05-31', 'month')],
    ['September 2022', range('2022-09-01', '2022-09-30', 'month')],
    ['November 2022', range('2022-11-01', '2022-11-30', 'month')],
    ['Januar 2023', range('2023-01-01', '2023-01-31', 'month')],
    ['April 2023', range('2023-04-01', '2023-04-30', 'month')],
    ['Mai 2023', range('2023-05-01', '2023-05-31', 'month')],
  ])('%j', (text, expected) => {
    expect(parsePlannedDate(text)).toEqual(expected);
  });
});

describe('parsePlannedDate: every time the seed plan names', () => {
  it('reads each milestone date and each "(rundt) årsskiftet …" in its text', () => {
    const milestoneDates = SEED_PLAN.filter((r) => r.kind === 'milestone').map((r) => String(r.fields.plannedText)).filter((t) => t !== '');
    expect(milestoneDates).toHaveLength(12);
    const prose = SEED_PLAN.flatMap((r) => Object.values(r.fields)).filter((v): v is string => typeof v === 'string').join('\n');
    const turns = [...prose.matchAll(/(?:rundt )?årsskiftet \d{4}\/\d{2}/g)].map((m) => m[0]);
    expect(turns).toEqual(['årsskiftet 2021/22', 'rundt årsskiftet 2021/22']);
    for (const text of [...milestoneDates, ...turns]) expect(parsePlannedDate(text).kind, text).toBe('range');
    expect(parsePlannedDate('rundt årsskiftet 2021/22')).toEqual(range('2021-12-01', '2022-01-31', 'year-turn'));
  });
});

describe('parsePlannedDate: unscheduled', () => {
  it.each(['', ' ', '   ', '\t', '\u00a0', ' \u202f '])('%j is unscheduled', (text) => {
    expect(parsePlannedDate(text)).toEqual({ kind: 'unscheduled' });
  });
});

describe('parsePlannedDate: ISO weeks', () => {
  it.each<[string, string, string]>([
    ['uke 36 2021', '2021-09-06', '2021-09-12'],
    ['Uke 38, 2021', '2021-09-20', '2021-09-26'],
    ['uke 38,2021', '2021-09-20', '2021-09-26'],
    ['UKE 36 2021', '2021-09-06', '2021-09-12'],
    ['uke36 2021', '2021-09-06', '2021-09-12'],
    ['veke 36 2021', '2021-09-06', '2021-09-12'],
    ['uke 05 2022', '2022-01-31', '2022-02-06'],
    ['  September   uke  36   2021  ', '2021-09-06', '2021-09-12'],
    ['September, uke 36 2021', '2021-09-06', '2021-09-12'],
    ['sept. uke 36 2021', '2021-09-06', '2021-09-12'],
    // Week 1 begins in the previous calendar year when 1 January is Tuesday–Thursday.
    ['uke 1 2020', '2019-12-30', '2020-01-05'],
    ['uke 1 2025', '2024-12-30', '2025-01-05'],
    ['uke 1 2026', '2025-12-29', '2026-01-04'],
    // Week 1 begins after 1 January when 1 January is Friday–Sunday.
    ['uke 1 2021', '2021-01-04', '2021-01-10'],
    ['uke 1 2023', '2023-01-02', '2023-01-08'],
    // The last week runs into the next calendar year.
    ['uke 52 2021', '2021-12-27', '2022-01-02'],
    ['uke 53 2020', '2020-12-28', '2021-01-03'],
    ['uke 53 2026', '2026-12-28', '2027-01-03'],
    ['uke 53 2015', '2015-12-28', '2016-01-03'],
  ])('%j → %s..%s', (text, from, to) => {
    expect(parsePlannedDate(text)).toEqual(range(from, to, 'week'));
  });

  it.each([
    'uke 53 2021', // 2021 has 52 ISO weeks
    'uke 53 2022',
    'uke 0 2021',
    'uke 54 2020',
    'uke 100 2021',
    'uke 36',
    'uke 2021',
    'uke 36 21',
    'Smarch uke 36 2021',
  ])('%j is unparsed', (text) => {
    expect(parsePlannedDate(text)).toEqual(unparsed(text));
  });

  it('accepts a month hint that the week touches, in either month', () => {
    // Week 35 of 2021 runs from Monday 30 August to Sunday 5 September.
    expect(parsePlannedDate('August uke 35 2021')).toEqual(range('2021-08-30', '2021-09-05', 'week'));
    expect(parsePlannedDate('September uke 35 2021')).toEqual(range('2021-08-30', '2021-09-05', 'week'));
    // Week 1 of 2020 touches December 2019 and January 2020.
    expect(parsePlannedDate('Desember uke 1 2020')).toEqual(range('2019-12-30', '2020-01-05', 'week'));
    expect(parsePlannedDate('Januar uke 1 2020')).toEqual(range('2019-12-30', '2020-01-05', 'week'));
  });

  it('refuses a month hint that contradicts the week', () => {
    // Week 40 of 2021 is 4–10 October.
    expect(parsePlannedDate('September uke 40 2021')).toEqual(unparsed('September uke 40 2021'));
    expect(parsePlannedDate('Mars uke 36 2021')).toEqual(unparsed('Mars uke 36 2021'));
  });
});

describe('parsePlannedDate: month spans', () => {
  it.each<[string, string, string]>([
    ['September/oktober 2021', '2021-09-01', '2021-10-31'],
    ['April/mai 2022', '2022-04-01', '2022-05-31'],
    ['april–mai 2022', '2022-04-01', '2022-05-31'],
    ['april—mai 2022', '2022-04-01', '2022-05-31'],
    ['april-mai 2022', '2022-04-01', '2022-05-31'],
    ['april \u2212 mai 2022', '2022-04-01', '2022-05-31'],
    ['April / Mai 2022', '2022-04-01', '2022-05-31'],
    ['april til mai 2022', '2022-04-01', '2022-05-31'],
    ['APRIL/MAI 2022', '2022-04-01', '2022-05-31'],
    ['sept/okt 2021', '2021-09-01', '2021-10-31'],
    ['sept./okt. 2021', '2021-09-01', '2021-10-31'],
    ['januar/februar 2024', '2024-01-01', '2024-02-29'],
    ['april–juni 2022', '2022-04-01', '2022-06-30'],
    // One year for both: it belongs to the month beside it, so the span ends in that year.
    ['desember/januar 2022', '2021-12-01', '2022-01-31'],
    ['november–februar 2024', '2023-11-01', '2024-02-29'],
    // Two years: taken as written.
    ['desember 2021/januar 2022', '2021-12-01', '2022-01-31'],
    ['november 2022 – februar 2023', '2022-11-01', '2023-02-28'],
    ['april 2022/mai 2022', '2022-04-01', '2022-05-31'],
  ])('%j → %s..%s', (text, from, to) => {
    expect(parsePlannedDate(text)).toEqual(range(from, to, 'months'));
  });

  it('treats the same month twice as that month', () => {
    expect(parsePlannedDate('mai/mai 2022')).toEqual(range('2022-05-01', '2022-05-31', 'month'));
  });

  it.each([
    'mai 2022/april 2022', // ends before it starts
    'mai 2023/april 2022',
    'april/mai',
    'april/smai 2022',
    'april//mai 2022',
    'april/mai/juni 2022',
  ])('%j is unparsed', (text) => {
    expect(parsePlannedDate(text)).toEqual(unparsed(text));
  });
});

describe('parsePlannedDate: single months', () => {
  it.each<[string, string, string]>([
    ['April 2022', '2022-04-01', '2022-04-30'],
    ['april 2022', '2022-04-01', '2022-04-30'],
    ['APRIL 2022', '2022-04-01', '2022-04-30'],
    ['  april\u00a0 2022 ', '2022-04-01', '2022-04-30'],
    ['april, 2022', '2022-04-01', '2022-04-30'],
    ['okt 2022', '2022-10-01', '2022-10-31'],
    ['okt. 2022', '2022-10-01', '2022-10-31'],
    ['des 2022', '2022-12-01', '2022-12-31'],
    ['Februar 2024', '2024-02-01', '2024-02-29'],
    ['Februar 2023', '2023-02-01', '2023-02-28'],
    ['februar 2000', '2000-02-01', '2000-02-29'], // divisible by 400: leap
    ['februar 2100', '2100-02-01', '2100-02-28'], // divisible by 100: not leap
  ])('%j → %s..%s', (text, from, to) => {
    expect(parsePlannedDate(text)).toEqual(range(from, to, 'month'));
  });

  it('knows every month by full name and by abbreviation', () => {
    const names = [
      ['januar', 'jan'], ['februar', 'feb'], ['mars', 'mar'], ['april', 'apr'],
      ['mai', 'mai'], ['juni', 'jun'], ['juli', 'jul'], ['august', 'aug'],
      ['september', 'sep'], ['oktober', 'okt'], ['november', 'nov'], ['desember', 'des'],
    ] as const;
    names.forEach(([full, short], i) => {
      const mm = String(i + 1).padStart(2, '0');
      for (const name of [full, short]) {
        const p = parsePlannedDate(`${name} 2022`);
        expect(p.kind === 'range' && p.from, name).toBe(`2022-${mm}-01`);
      }
    });
  });
});

describe('parsePlannedDate: single days', () => {
  it.each<[string, string]>([
    ['1. Mars 2022', '2022-03-01'],
    ['1. mars 2022', '2022-03-01'],
    ['01. mars 2022', '2022-03-01'],
    ['1.mars 2022', '2022-03-01'],
    ['1 mars 2022', '2022-03-01'],
    ['  1.  MARS   2022 ', '2022-03-01'],
    ['15. okt. 2022', '2022-10-15'],
    ['29. februar 2024', '2024-02-29'],
    ['05.09.2021', '2021-09-05'],
    ['5.9.2021', '2021-09-05'],
    ['31.12.2022', '2022-12-31'],
    ['29.02.2024', '2024-02-29'],
    ['2022-03-01', '2022-03-01'],
    ['2024-02-29', '2024-02-29'],
  ])('%j → %s', (text, iso) => {
    expect(parsePlannedDate(text)).toEqual(day(iso));
  });

  it.each([
    '31. april 2022',
    '30. februar 2022',
    '29. februar 2023',
    '0. mars 2022',
    '32. mars 2022',
    '30.02.2022',
    '29.02.2023',
    '31.04.2022',
    '00.01.2022',
    '01.13.2022',
    '2022-02-29',
    '2022-13-01',
    '2022-00-10',
    '2022-3-1',
    '0099-01-01',
  ])('%j is unparsed', (text) => {
    expect(parsePlannedDate(text)).toEqual(unparsed(text));
  });
});

describe('parsePlannedDate: the loose Norwegian forms (issue 12), one row per form', () => {
  it.each<[string, string, string, Precision]>([
    // Week spans: Monday of the first week to Sunday of the last.
    ['uke 40–42 2022', '2022-10-03', '2022-10-23', 'weeks'],
    ['uke 14-16 2023', '2023-04-03', '2023-04-23', 'weeks'],
    ['Uke 40 - 42, 2022', '2022-10-03', '2022-10-23', 'weeks'],
    ['uker 40–42 2022', '2022-10-03', '2022-10-23', 'weeks'],
    ['uke 40 til uke 42 2022', '2022-10-03', '2022-10-23', 'weeks'],
    ['uke 50–2 2023', '2022-12-12', '2023-01-15', 'weeks'],
    ['uke 50 2022–uke 2 2023', '2022-12-12', '2023-01-15', 'weeks'],
    ['uke 40 2022', '2022-10-03', '2022-10-09', 'week'],
    ['i uke 40 2022', '2022-10-03', '2022-10-09', 'week'],
    // Seasons as the Meteorological Institute counts them.
    ['våren 2023', '2023-03-01', '2023-05-31', 'season'],
    ['Våren 2023', '2023-03-01', '2023-05-31', 'season'],
    ['vår 2023', '2023-03-01', '2023-05-31', 'season'],
    ['sommeren 2022', '2022-06-01', '2022-08-31', 'season'],
    ['høsten 2022', '2022-09-01', '2022-11-30', 'season'],
    ['Høsten 2022', '2022-09-01', '2022-11-30', 'season'],
    ['hausten 2022', '2022-09-01', '2022-11-30', 'season'],
    ['vinteren 2022/23', '2022-12-01', '2023-02-28', 'season'],
    ['vinteren 2024', '2023-12-01', '2024-02-29', 'season'],
    // The month in thirds.
    ['primo mars 2022', '2022-03-01', '2022-03-10', 'part-of-month'],
    ['medio mars 2022', '2022-03-11', '2022-03-20', 'part-of-month'],
    ['ultimo mars 2022', '2022-03-21', '2022-03-31', 'part-of-month'],
    ['ultimo februar 2024', '2024-02-21', '2024-02-29', 'part-of-month'],
    ['i begynnelsen av mars 2022', '2022-03-01', '2022-03-10', 'part-of-month'],
    ['midten av mars 2022', '2022-03-11', '2022-03-20', 'part-of-month'],
    ['i slutten av mars 2022', '2022-03-21', '2022-03-31', 'part-of-month'],
    // A deadline: the last day of what follows "innen".
    ['innen 1. mars 2022', '2022-03-01', '2022-03-01', 'deadline'],
    ['Innen 01.03.2022', '2022-03-01', '2022-03-01', 'deadline'],
    ['innen april 2022', '2022-04-30', '2022-04-30', 'deadline'],
    ['senest uke 42 2022', '2022-10-23', '2022-10-23', 'deadline'],
    // Two-digit years are this century's.
    ['15.3.22', '2022-03-15', '2022-03-15', 'day'],
    ['05.09.21', '2021-09-05', '2021-09-05', 'day'],
    // Quarters, tertials and halves of the year.
    ['1. kvartal 2023', '2023-01-01', '2023-03-31', 'quarter'],
    ['Q1 2023', '2023-01-01', '2023-03-31', 'quarter'],
    ['q3 2022', '2022-07-01', '2022-09-30', 'quarter'],
    ['3. kvartal 2022', '2022-07-01', '2022-09-30', 'quarter'],
    ['fjerde kvartal 2022', '2022-10-01', '2022-12-31', 'quarter'],
    ['4. kv. 2022', '2022-10-01', '2022-12-31', 'quarter'],
    ['1. tertial 2023', '2023-01-01', '2023-04-30', 'tertial'],
    ['2. tertial 2023', '2023-05-01', '2023-08-31', 'tertial'],
    ['3. tertial 2023', '2023-09-01', '2023-12-31', 'tertial'],
    ['første halvår 2022', '2022-01-01', '2022-06-30', 'half-year'],
    ['andre halvår 2022', '2022-07-01', '2022-12-31', 'half-year'],
    ['1. halvår 2022', '2022-01-01', '2022-06-30', 'half-year'],
    ['2. halvåret 2022', '2022-07-01', '2022-12-31', 'half-year'],
    // Turns of a month (its last week and the next one's first) and of a year (December and January).
    ['månedsskiftet mars/april 2022', '2022-03-25', '2022-04-07', 'month-turn'],
    ['månedsskiftet desember/januar 2023', '2022-12-25', '2023-01-07', 'month-turn'],
    ['årsskiftet 2021/22', '2021-12-01', '2022-01-31', 'year-turn'],
    ['årsskiftet 2021/2022', '2021-12-01', '2022-01-31', 'year-turn'],
    // The seed plan's own phrase (section «Fremdrift»).
    ['rundt årsskiftet 2021/22', '2021-12-01', '2022-01-31', 'year-turn'],
    ['ca. april 2022', '2022-04-01', '2022-04-30', 'month'],
  ])('%j → %s..%s (%s)', (text, from, to, precision) => {
    expect(parsePlannedDate(text)).toEqual(range(from, to, precision));
  });

  it('reads back every example the edit field lists', () => {
    for (const example of PLANNED_DATE_EXAMPLES) {
      for (const form of example.split('/').length === 3 && example.startsWith('primo')
        ? ['primo mars 2022', 'medio mars 2022', 'ultimo mars 2022']
        : [example]) {
        expect(parsePlannedDate(form).kind, form).toBe('range');
      }
    }
  });

  it('judges lateness by the end of the range: "uke 40–42 2022" is late from Monday of week 43', () => {
    const p = parsePlannedDate('uke 40–42 2022');
    expect(isLate(p, '2022-10-23')).toBe(false);
    expect(isLate(p, '2022-10-24')).toBe(true);
    expect(isLate(parsePlannedDate('høsten 2022'), '2022-11-30')).toBe(false);
    expect(isLate(parsePlannedDate('høsten 2022'), '2022-12-01')).toBe(true);
  });
});

describe('parsePlannedDate: everything else', () => {
  it.each([
    'Q5 2022',
    '0. kvartal 2022',
    '5. kvartal 2022',
    '4. tertial 2023',
    'tredje halvår 2022',
    'uke 42–40 2022', // counts down inside one written year
    'uke 40–54 2022',
    'uke 52 2023–uke 2 2023',
    'årsskiftet 2021/23',
    'årsskiftet 2021/21',
    'månedsskiftet mars/mai 2022',
    'månedsskiftet mars/smarch 2022',
    'medio smarch 2022',
    'høsten 2022/23',
    'innen snart',
    'innen',
    '32.3.22',
    '29.2.23',
    'april',
    '2022',
    'snart',
    'Smarch 2022',
    'constructor 2022', // a property of Object.prototype, not a month
    'tostring 2022',
    'april 22',
    'april 0999',
    'april 2022 ekstra',
    'etter april 2022',
  ])('%j is unparsed', (text) => {
    expect(parsePlannedDate(text)).toEqual(unparsed(text));
  });

  it('keeps the text exactly as written', () => {
    expect(parsePlannedDate('  Etter  påske ')).toEqual(unparsed('  Etter  påske '));
  });
});

describe('isoWeekNumber and formatIsoWeek', () => {
  it.each<[string, number]>([
    ['2021-09-06', 36],
    ['2021-09-12', 36],
    ['2021-09-13', 37],
    ['2021-01-03', 53], // still week 53 of 2020
    ['2021-01-04', 1],
    ['2019-12-30', 1], // already week 1 of 2020
    ['2024-12-30', 1],
    ['2026-12-31', 53],
    ['2027-01-03', 53],
    ['2022-01-02', 52],
  ])('%s is in week %i', (iso, week) => {
    expect(isoWeekNumber(iso)).toBe(week);
    expect(formatIsoWeek(iso)).toBe(`uke ${week}`);
  });

  it.each(['', '2021-02-30', '2021-9-6', '06.09.2021', 'i dag', '2021-09-06T00:00'])(
    'refuses %j',
    (text) => {
      expect(() => isoWeekNumber(text)).toThrow(RangeError);
      expect(() => formatIsoWeek(text)).toThrow(RangeError);
    },
  );
});

describe('plannedDateContains', () => {
  const april = parsePlannedDate('April 2022');
  const week36 = parsePlannedDate('uke 36 2021');
  const firstOfMarch = parsePlannedDate('1. mars 2022');

  it('includes both ends of the range', () => {
    expect(plannedDateContains(april, '2022-04-01')).toBe(true);
    expect(plannedDateContains(april, '2022-04-15')).toBe(true);
    expect(plannedDateContains(april, '2022-04-30')).toBe(true);
    expect(plannedDateContains(week36, '2021-09-06')).toBe(true);
    expect(plannedDateContains(week36, '2021-09-12')).toBe(true);
    expect(plannedDateContains(firstOfMarch, '2022-03-01')).toBe(true);
  });

  it('excludes the days just outside', () => {
    expect(plannedDateContains(april, '2022-03-31')).toBe(false);
    expect(plannedDateContains(april, '2022-05-01')).toBe(false);
    expect(plannedDateContains(april, '2023-04-15')).toBe(false);
    expect(plannedDateContains(week36, '2021-09-05')).toBe(false);
    expect(plannedDateContains(week36, '2021-09-13')).toBe(false);
    expect(plannedDateContains(firstOfMarch, '2022-02-28')).toBe(false);
    expect(plannedDateContains(firstOfMarch, '2022-03-02')).toBe(false);
  });

  it('never contains a day when there is no readable date', () => {
    expect(plannedDateContains(parsePlannedDate(''), '2022-04-15')).toBe(false);
    expect(plannedDateContains(parsePlannedDate('Etter påske'), '2022-10-15')).toBe(false);
  });

  it('refuses a malformed day', () => {
    expect(() => plannedDateContains(april, '2022-04-31')).toThrow(RangeError);
  });
});

describe('isLate', () => {
  it('is late only once the whole range has passed', () => {
    const april = parsePlannedDate('April 2022');
    expect(isLate(april, '2022-03-31')).toBe(false);
    expect(isLate(april, '2022-04-01')).toBe(false);
    expect(isLate(april, '2022-04-30')).toBe(false);
    expect(isLate(april, '2022-05-01')).toBe(true);
    expect(isLate(april, '2030-01-01')).toBe(true);
  });

  it('is late the day after a single planned day', () => {
    const p = parsePlannedDate('1. Mars 2022');
    expect(isLate(p, '2022-03-01')).toBe(false);
    expect(isLate(p, '2022-03-02')).toBe(true);
  });

  it('is late from the Monday after a planned week', () => {
    const p = parsePlannedDate('September uke 36 2021');
    expect(isLate(p, '2021-09-12')).toBe(false);
    expect(isLate(p, '2021-09-13')).toBe(true);
  });

  it('judges a span by its last month', () => {
    const p = parsePlannedDate('desember/januar 2022');
    expect(isLate(p, '2022-01-01')).toBe(false);
    expect(isLate(p, '2022-01-31')).toBe(false);
    expect(isLate(p, '2022-02-01')).toBe(true);
  });

  it('is never late without a readable date', () => {
    expect(isLate(parsePlannedDate(''), '2099-01-01')).toBe(false);
    expect(isLate(parsePlannedDate('Etter påske'), '2099-01-01')).toBe(false);
  });

  it('refuses a malformed today', () => {
    expect(() => isLate(parsePlannedDate('April 2022'), 'i dag')).toThrow(RangeError);
  });
});

describe('properties', () => {
  // Dates are drawn in UTC and turned into calendar dates, so the generated
  // days are the same whatever zone the tests run in.
  const isoDates = fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const localDate = (iso: string): Date => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return new Date(y, m - 1, d);
  };

  it("the week read back from a day's week number contains it and runs Monday to Sunday", () => {
    fc.assert(
      fc.property(isoDates, (iso) => {
        const weekYear = getISOWeekYear(localDate(iso));
        const p = parsePlannedDate(`${formatIsoWeek(iso)} ${weekYear}`);
        expect(p.kind).toBe('range');
        if (p.kind !== 'range') return;
        expect(p.precision).toBe('week');
        expect(plannedDateContains(p, iso)).toBe(true);
        expect(utcWeekday(p.from)).toBe(1);
        expect(utcWeekday(p.to)).toBe(0);
        expect(daysBetween(p.from, p.to)).toBe(6);
        expect(isoWeekNumber(p.from)).toBe(isoWeekNumber(iso));
        expect(isoWeekNumber(p.to)).toBe(isoWeekNumber(iso));
      }),
      { numRuns: 2000 },
    );
  });

  it('a day written as DD.MM.YYYY, as "D. month YYYY" or as ISO reads back as that day', () => {
    fc.assert(
      fc.property(isoDates, (iso) => {
        const [y, m, d] = iso.split('-') as [string, string, string];
        expect(parsePlannedDate(iso)).toEqual(day(iso));
        expect(parsePlannedDate(`${d}.${m}.${y}`)).toEqual(day(iso));
        expect(parsePlannedDate(`${Number(d)}. ${MONTH_NAMES[Number(m) - 1]} ${y}`)).toEqual(day(iso));
      }),
      { numRuns: 1000 },
    );
  });

  it('a month read back contains each of its days and nothing either side', () => {
    fc.assert(
      fc.property(isoDates, (iso) => {
        const [y, m] = iso.split('-') as [string, string];
        const p = parsePlannedDate(`${MONTH_NAMES[Number(m) - 1]} ${y}`);
        expect(plannedDateContains(p, iso)).toBe(true);
        if (p.kind !== 'range') return;
        expect(p.from).toBe(`${y}-${m}-01`);
        // The day after the end is in the next month.
        const next = new Date(Date.parse(p.to) + 86_400_000).toISOString().slice(0, 10);
        expect(next.slice(8)).toBe('01');
      }),
      { numRuns: 1000 },
    );
  });
});
