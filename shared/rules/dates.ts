import { isoDate } from '../model/fields.js';

/** "2021-09-05" → "05.09.2021", the Norwegian way; other text is returned as it is. */
export function formatDateNb(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** "2022-01-12T13:00" → "12.01.2022 kl. 13.00". */
export function formatDateTimeNb(isoDateTime: string | null | undefined): string {
  if (!isoDateTime) return '';
  const [date, time] = isoDateTime.split('T');
  return time ? `${formatDateNb(date)} kl. ${time.replace(':', '.')}` : formatDateNb(date);
}

/** A point in time in the UI's language: "12.01.2022 kl. 13.00", or in English "12.01.2022 13:00". */
export function formatDateTime(isoDateTime: string | null | undefined, lang: string): string {
  if (lang !== 'en') return formatDateTimeNb(isoDateTime);
  if (!isoDateTime) return '';
  const [date, time] = isoDateTime.split('T');
  return time ? `${formatDateNb(date)} ${time.slice(0, 5)}` : formatDateNb(date);
}

/**
 * Reads a date as people type it: "5.9.2021", "05.09.2021", "5/9-2021" or ISO.
 * Returns the ISO date, or undefined for text that is no real date.
 */
export function parseDateNb(text: string): string | undefined {
  const t = text.trim();
  let iso: string | undefined;
  const nb = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
  if (nb) iso = `${nb[3]}-${nb[2]!.padStart(2, '0')}-${nb[1]!.padStart(2, '0')}`;
  else if (/^\d{4}-\d{2}-\d{2}$/.test(t)) iso = t;
  return iso && isoDate.safeParse(iso).success ? iso : undefined;
}

/** Today's date as ISO in local time (not UTC: late evening in Norway is still today). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
