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
