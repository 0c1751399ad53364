/**
 * A date some whole months later, as a deadline is counted: «tre måneder etter» 31 August is
 * 30 November (the month's last day when the day does not exist), not 1 December.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

export function addMonths(isoDate: string, months: number): string {
  const m = ISO.exec(isoDate);
  if (!m || !Number.isInteger(months)) throw new RangeError(`not an ISO date and whole months: ${isoDate}, ${months}`);
  const index = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(Number(m[3]), last))}`;
}
