import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../shared/rules/dates';
import { ActualSpending } from './ActualSpending';
import { BudgetCharts } from './BudgetCharts';
import { BudgetNotices } from './BudgetNotices';
import { BudgetSummary } from './BudgetSummary';
import { BudgetTable } from './BudgetTable';
import { budgetFigures } from './figures';
import { useBudgetData } from './store';
import './i18n';
import './budget.css';

/** Budsjett: the plan's budget table, its checks, planned against actual, and actual spending. */
export function Budget() {
  const { t } = useTranslation('budget');
  const { periods, lines, plans, actuals, loaded, error } = useBudgetData();
  const today = todayIso();
  const figures = useMemo(() => budgetFigures({ periods, lines, plans, actuals }, today), [periods, lines, plans, actuals, today]);
  return (
    <section aria-labelledby="budget-title" className="screen budget-screen">
      <header className="screen-head">
        <h1 id="budget-title">{t('title')}</h1>
        <p className="lede">{t('intro')}</p>
      </header>
      {error ? <p role="alert">{error}</p> : !loaded ? <p>{t('loading')}</p> : (
        <>
          <BudgetSummary figures={figures} />
          <BudgetNotices figures={figures} />
          <BudgetTable figures={figures} plans={plans} actuals={actuals} />
          <BudgetCharts figures={figures} />
          <ActualSpending figures={figures} actuals={actuals} />
        </>
      )}
    </section>
  );
}
