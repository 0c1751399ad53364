/** A time of day the way each language writes it: 14.32 in bokmål, 14:32 in English. */
export function formatClock(date: Date, language: string): string {
  const hh = String(date.getHours()).padStart(2, '0');
  const mm = String(date.getMinutes()).padStart(2, '0');
  return language === 'en' ? `${hh}:${mm}` : `${hh}.${mm}`;
}
