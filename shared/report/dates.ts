import { decodeHlc, isHlc } from '../rules/hlc.js';

/**
 * Dates as Norwegian documents write them: "05.09.2021", and a point in
 * time as "05.09.2021 kl. 14.03" (Språkrådet's full stop between hours and
 * minutes). Local time, since the reader is in the project's municipality.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

const pad = (n: number) => String(n).padStart(2, '0');

/** "2021-09-05" (or a longer ISO timestamp) → "05.09.2021"; anything else unchanged. */
export function formatDateNb(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

export function formatLocalDate(d: Date): string {
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`;
}

export function formatLocalDateTime(d: Date): string {
  return `${formatLocalDate(d)} kl. ${pad(d.getHours())}.${pad(d.getMinutes())}`;
}

/** The local calendar date as ISO "YYYY-MM-DD". */
export function isoLocalDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A change-log clock stamp as the time of the change, or '' when there is none. */
export function formatStamp(stamp: string | null | undefined): string {
  if (!stamp || !isHlc(stamp)) return '';
  return formatLocalDateTime(new Date(decodeHlc(stamp).millis));
}

/** A meeting's start, local "YYYY-MM-DDTHH:mm" without zone, as "05.09.2021" and "10.00". */
export function formatMeetingTime(startsAt: string): { date: string; time: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(startsAt);
  if (!m) return { date: formatDateNb(startsAt), time: '' };
  return { date: `${m[3]}.${m[2]}.${m[1]}`, time: `${m[4]}.${m[5]}` };
}

/**
 * The same in English conventions (British, as municipal English documents
 * write): "5 September 2021", "5 September 2021, 14:03", "week 36".
 */
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDateEn(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO_DATE.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS_EN[Number(m[2]) - 1]} ${m[1]}` : iso;
}

export function formatLocalDateEn(d: Date): string {
  return `${d.getDate()} ${MONTHS_EN[d.getMonth()]} ${d.getFullYear()}`;
}

export function formatLocalDateTimeEn(d: Date): string {
  return `${formatLocalDateEn(d)}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export type ReportLanguage = 'nb' | 'en';

/** Every date format a report uses, in one language. */
export interface ReportDates {
  date(iso: string | null | undefined): string;
  localDate(d: Date): string;
  localDateTime(d: Date): string;
  stamp(stamp: string | null | undefined): string;
  meetingTime(startsAt: string): { date: string; time: string };
  week(isoWeek: number): string;
}

export function reportDates(lang: ReportLanguage): ReportDates {
  if (lang === 'nb') {
    return {
      date: formatDateNb, localDate: formatLocalDate, localDateTime: formatLocalDateTime, stamp: formatStamp,
      meetingTime: formatMeetingTime, week: (n) => `uke ${n}`,
    };
  }
  return {
    date: formatDateEn,
    localDate: formatLocalDateEn,
    localDateTime: formatLocalDateTimeEn,
    stamp: (stamp) => (stamp && isHlc(stamp) ? formatLocalDateTimeEn(new Date(decodeHlc(stamp).millis)) : ''),
    meetingTime: (startsAt) => {
      const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(startsAt);
      return m ? { date: formatDateEn(m[1]!), time: `${m[2]}:${m[3]}` } : { date: formatDateEn(startsAt), time: '' };
    },
    week: (n) => `week ${n}`,
  };
}
