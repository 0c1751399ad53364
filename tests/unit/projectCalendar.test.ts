import { describe, expect, it } from 'vitest';
import {
  actualVersusPlanned,
  daysBetween,
  elapsedShare,
  isMilestoneLate,
  isoWeeksOfMonth,
  lastDayOfMonth,
  monthsBetween,
  nextMilestones,
  periodOfDate,
  periodOverlaps,
  projectPosition,
} from '../../shared/rules/projectCalendar.js';
import { parsePlannedDate } from '../../shared/rules/plannedDate.js';

// The seed plan's project years, as written: year 1 ends the day year 2 starts.
const YEAR1 = { id: 'p1', startDate: '2021-09-01', endDate: '2022-09-01' };
const YEAR2 = { id: 'p2', startDate: '2022-09-01', endDate: '2023-08-31' };
const PERIODS = [YEAR1, YEAR2];
const PROJECT = { startDate: '2021-09-01', endDate: '2023-08-31' };

describe('where today falls in the plan', () => {
  it('before the project: days until it starts', () => {
    expect(projectPosition(PROJECT, PERIODS, '2021-08-25')).toEqual({ kind: 'before', daysUntilStart: 7 });
  });

  it('in project year 1, with the share of the whole project that has passed', () => {
    const p = projectPosition(PROJECT, PERIODS, '2022-03-15');
    expect(p.kind).toBe('during');
    if (p.kind !== 'during') return;
    expect(p.periodIds).toEqual(['p1']);
    expect(p.projectShare).toBeGreaterThan(0.25);
    expect(p.projectShare).toBeLessThan(0.35);
  });

  it('on 01.09.2022 both years claim the day, as the plan writes them', () => {
    expect(projectPosition(PROJECT, PERIODS, '2022-09-01')).toMatchObject({ kind: 'during', periodIds: ['p1', 'p2'] });
  });

  it('after the project: days since it ended', () => {
    expect(projectPosition(PROJECT, PERIODS, '2023-09-10')).toEqual({ kind: 'after', daysSinceEnd: 10 });
  });

  it('the first and last days are inside the project', () => {
    expect(projectPosition(PROJECT, PERIODS, '2021-09-01').kind).toBe('during');
    expect(projectPosition(PROJECT, PERIODS, '2023-08-31').kind).toBe('during');
  });
});

describe('the plan’s overlapping years', () => {
  it('finds the one-day overlap on 01.09.2022 instead of hiding it', () => {
    expect(periodOverlaps(PERIODS)).toEqual([{ firstId: 'p1', secondId: 'p2', from: '2022-09-01', to: '2022-09-01' }]);
  });

  it('finds none when the years meet without sharing a day', () => {
    expect(periodOverlaps([{ ...YEAR1, endDate: '2022-08-31' }, YEAR2])).toEqual([]);
  });

  it('counts a day both years claim in the later-starting year; outside every year in none', () => {
    expect(periodOfDate(PERIODS, '2022-08-31')?.id).toBe('p1');
    expect(periodOfDate(PERIODS, '2022-09-01')?.id).toBe('p2');
    expect(periodOfDate(PERIODS, '2021-08-31')).toBeUndefined();
    expect(periodOfDate(PERIODS, '2023-09-01')).toBeUndefined();
  });
});

describe('elapsed share of a period', () => {
  it('is 0 before, 1 from the last day, and counts whole days in between', () => {
    const p = { startDate: '2022-01-01', endDate: '2022-01-10' };
    expect(elapsedShare(p, '2021-12-31')).toBe(0);
    expect(elapsedShare(p, '2022-01-01')).toBeCloseTo(0.1);
    expect(elapsedShare(p, '2022-01-05')).toBeCloseTo(0.5);
    expect(elapsedShare(p, '2022-01-10')).toBe(1);
    expect(elapsedShare(p, '2030-01-01')).toBe(1);
  });

  it('is not skewed by the change to summer time', () => {
    expect(daysBetween('2022-03-26', '2022-03-28')).toBe(2);
    expect(daysBetween('2022-10-29', '2022-10-31')).toBe(2);
  });
});

describe('milestones: late, next and actual against planned', () => {
  const m = (number: number, plannedText: string, status = 'planned', actualDate: string | null = null) => ({
    number, plannedText, status, actualDate,
  });

  it('late = not reached and the planned range ended before today', () => {
    expect(isMilestoneLate(m(1, 'September uke 36 2021'), '2021-09-12')).toBe(false);
    expect(isMilestoneLate(m(1, 'September uke 36 2021'), '2021-09-13')).toBe(true);
    expect(isMilestoneLate(m(1, 'September uke 36 2021', 'reached', '2021-09-20'), '2022-01-01')).toBe(false);
    expect(isMilestoneLate(m(6, 'April 2022'), '2022-04-30')).toBe(false);
    expect(isMilestoneLate(m(6, 'April 2022'), '2022-05-01')).toBe(true);
  });

  it('a blank date is never late by the calendar, but a person may mark it late', () => {
    expect(isMilestoneLate(m(3, ''), '2030-01-01')).toBe(false);
    expect(isMilestoneLate(m(3, '', 'late'), '2021-01-01')).toBe(true);
  });

  it('next milestones: earliest first, skipping reached, past and unscheduled ones', () => {
    const ms = [
      m(1, 'September uke 36 2021', 'reached'),
      m(2, 'September uke 38 2021'),
      m(3, ''),
      m(4, 'September/oktober 2021'),
      m(5, '1. Mars 2022'),
      m(6, 'April 2022'),
    ];
    expect(nextMilestones(ms, '2021-09-15').map((x) => x.number)).toEqual([4, 2, 5]);
    expect(nextMilestones(ms, '2021-10-01').map((x) => x.number)).toEqual([4, 5, 6]);
    expect(nextMilestones(ms, '2030-01-01')).toEqual([]);
  });

  it('says how the actual date compares with the planned range', () => {
    const week36 = parsePlannedDate('September uke 36 2021');
    expect(actualVersusPlanned(week36, null)).toEqual({ kind: 'no_actual' });
    expect(actualVersusPlanned(week36, '2021-09-03')).toEqual({ kind: 'early', days: 3 });
    expect(actualVersusPlanned(week36, '2021-09-08')).toEqual({ kind: 'on_time' });
    expect(actualVersusPlanned(week36, '2021-09-20')).toEqual({ kind: 'after', days: 8 });
    expect(actualVersusPlanned(parsePlannedDate(''), '2021-09-20')).toEqual({ kind: 'no_plan' });
  });
});

describe('the timeline’s months and ISO weeks', () => {
  it('lists every month of the project', () => {
    const months = monthsBetween('2021-09-01', '2023-08-31');
    expect(months).toHaveLength(24);
    expect(months[0]).toEqual({ year: 2021, month: 9 });
    expect(months[4]).toEqual({ year: 2022, month: 1 });
    expect(months[23]).toEqual({ year: 2023, month: 8 });
  });

  it('knows month lengths, leap years included', () => {
    expect(lastDayOfMonth({ year: 2022, month: 2 })).toBe('2022-02-28');
    expect(lastDayOfMonth({ year: 2024, month: 2 })).toBe('2024-02-29');
    expect(lastDayOfMonth({ year: 2021, month: 12 })).toBe('2021-12-31');
  });

  it('September 2021 touches weeks 35 to 39, Monday first', () => {
    const weeks = isoWeeksOfMonth({ year: 2021, month: 9 });
    expect(weeks.map((w) => w.week)).toEqual([35, 36, 37, 38, 39]);
    expect(weeks[1]).toEqual({ week: 36, monday: '2021-09-06', sunday: '2021-09-12' });
  });

  it('January 2022 starts in week 52 of the year before', () => {
    expect(isoWeeksOfMonth({ year: 2022, month: 1 }).map((w) => w.week)).toEqual([52, 1, 2, 3, 4, 5]);
  });
});
