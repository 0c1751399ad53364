import { useTranslation } from 'react-i18next';
import { percentOf } from '../../../shared/rules/budgetProgress';
import { formatKroner } from '../../../shared/rules/money';
import { StatusIcon } from '../../ui';
import type { BudgetFigures } from './figures';

/** Three key figures at the top of the budget: planned, spent so far, balance. */
export function BudgetSummary({ figures }: { figures: BudgetFigures }) {
  const { t } = useTranslation('budget');
  const { planned, actual } = figures;
  const perYear = new Set(planned.periods.map((p) => p.expenses));
  return (
    <dl className="key-figures" aria-label={t('summary.label')}>
      <div>
        <dt>{t('summary.planned')}</dt>
        <dd className="figure">{formatKroner(planned.expenses)}</dd>
        {perYear.size === 1 && planned.periods.length > 1 ? (
          <dd className="figure-note">{t('summary.plannedNote', { perYear: formatKroner([...perYear][0]!) })}</dd>
        ) : null}
      </div>
      <div>
        <dt>{t('summary.spent')}</dt>
        <dd className="figure">{formatKroner(actual.expenses)}</dd>
        <dd className="figure-note">{t('summary.spentNote', { percent: percentOf(actual.expenses, planned.expenses) })}</dd>
      </div>
      <div>
        <dt>{t('summary.balance')}</dt>
        <dd className="figure figure-status">
          <StatusIcon light={planned.balanced ? 'green' : 'red'} />
          {planned.balanced ? t('summary.balanced') : t('summary.notBalanced')}
        </dd>
      </div>
    </dl>
  );
}
