import { useTranslation } from 'react-i18next';
import { formatDateNb } from '../../../shared/rules/dates';
import { formatIsoWeek, isoWeekNumber, type PlannedDate } from '../../../shared/rules/plannedDate';
import { daysBetween } from '../../../shared/rules/projectCalendar';
import './i18n';

/**
 * How a milestone's dates are written: "06.09.2021–12.09.2021", "uke 36",
 * "uke 13–17". Bokmål uses formatIsoWeek, the format the whole app shares.
 */
export function useDateWords() {
  const { t, i18n } = useTranslation('milestones');
  const english = i18n.language === 'en';
  const week = (isoDate: string): string => (english ? t('week', { week: isoWeekNumber(isoDate) }) : formatIsoWeek(isoDate));
  return {
    week,
    /** The ISO week or weeks a range covers. */
    weeks(from: string, to: string): string {
      const a = isoWeekNumber(from);
      const b = isoWeekNumber(to);
      return a === b && daysBetween(from, to) < 7 ? week(from) : t('weeks', { from: a, to: b });
    },
    /** "06.09.2021–12.09.2021", a single day as itself, and words for no or unreadable dates. */
    range(p: PlannedDate): string {
      if (p.kind === 'unscheduled') return t('unscheduled');
      if (p.kind === 'unparsed') return t('unparsed');
      return p.from === p.to ? formatDateNb(p.from) : `${formatDateNb(p.from)}–${formatDateNb(p.to)}`;
    },
    monthYear(year: number, month: number): string {
      return t('monthYear', { month: t(`month.${month}`), year });
    },
  };
}
