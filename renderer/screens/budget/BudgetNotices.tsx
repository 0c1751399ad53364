import { useTranslation } from 'react-i18next';
import { formatDateNb } from '../../../shared/rules/dates';
import { formatKroner } from '../../../shared/rules/money';
import { StatusNotice as StatusLight } from '../../ui';
import type { BudgetFigures } from './figures';

/** "01.09.2022" for a one-day overlap, "01.09.2022–05.09.2022" for longer ones. */
export function dayOrRange(from: string, to: string): string {
  return from === to ? formatDateNb(from) : `${formatDateNb(from)}–${formatDateNb(to)}`;
}

/** The budget's checks, each written out: balance, spending pace (the plan's risk 8), overlapping years. */
export function BudgetNotices({ figures }: { figures: BudgetFigures }) {
  const { t } = useTranslation('budget');
  const { planned, periods } = figures;
  const labelOf = (id: string) => periods.find((p) => p.id === id)?.label ?? '';
  const unbalanced = planned.periods.filter((p) => p.difference !== 0);
  const differenceText = (where: string, difference: number) =>
    difference < 0
      ? t('balance.moreExpenses', { where, amount: formatKroner(-difference) })
      : t('balance.moreIncome', { where, amount: formatKroner(difference) });
  const lagging = figures.pace.filter((p) => p.status === 'lagging');
  const over = figures.pace.filter((p) => p.status === 'over_budget');
  const started = figures.pace.some((p) => p.status !== 'not_started');

  return (
    <div className="notices">
      {planned.balanced ? (
        <StatusLight light="green" word={t('balance.okWord')} text={t('balance.ok', { amount: formatKroner(planned.expenses) })} />
      ) : (
        <StatusLight light="red" word={t('balance.offWord')} text={t('balance.off')}>
          <ul className="status-details">
            {unbalanced.map((p) => <li key={p.periodId}>{differenceText(labelOf(p.periodId), p.difference)}</li>)}
            {planned.difference !== 0 ? <li>{differenceText(t('balance.inAll'), planned.difference)}</li> : null}
          </ul>
        </StatusLight>
      )}
      {over.map((p) => (
        <StatusLight key={p.periodId} light="red" word={t('pace.overWord')}
          text={t('pace.over', { period: labelOf(p.periodId), actual: formatKroner(p.actual), planned: formatKroner(p.planned) })} />
      ))}
      {lagging.map((p) => (
        <StatusLight key={p.periodId} light="yellow" word={t('pace.laggingWord')} className="pace-warning"
          text={t('pace.lagging', {
            period: labelOf(p.periodId),
            actual: formatKroner(p.actual),
            expected: formatKroner(p.expectedByNow),
            percent: Math.round(p.elapsedShare * 100),
            shortfall: formatKroner(p.shortfall),
          })}>
          <p className="status-note">{t('pace.risk8')}</p>
        </StatusLight>
      ))}
      {started && lagging.length === 0 && over.length === 0 ? (
        <StatusLight light="green" word={t('pace.onTrackWord')} text={t('pace.onTrack')} />
      ) : null}
      {figures.overlaps.map((o) => {
        const first = periods.find((p) => p.id === o.firstId);
        const second = periods.find((p) => p.id === o.secondId);
        if (!first || !second) return null;
        return (
          <p key={`${o.firstId}-${o.secondId}`} className="note overlap-note">
            <strong>{t('overlapWord')}:</strong>{' '}
            {t('overlap', {
              first: first.label,
              firstDates: dayOrRange(first.startDate, first.endDate),
              second: second.label,
              secondDates: dayOrRange(second.startDate, second.endDate),
              days: dayOrRange(o.from, o.to),
            })}
          </p>
        );
      })}
      {figures.outside.length > 0 ? (
        <p className="note">
          <strong>{t('overlapWord')}:</strong> {t('outside', { count: figures.outside.length })}
        </p>
      ) : null}
    </div>
  );
}
