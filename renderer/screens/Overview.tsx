import { useTranslation } from 'react-i18next';
import { formatKroner } from '../../shared/rules/money';
import { useWorkbookStore } from '../stores/workbookStore';

export function Overview() {
  const { t } = useTranslation();
  const { summary, info } = useWorkbookStore();
  if (!summary || !info) return <p>{t('app.loading')}</p>;
  const c = summary.counts;
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{summary.title}</h1>
      <dl className="facts">
        <dt>{t('overview.workbook')}</dt>
        <dd>{info.fileName}</dd>
        <dt>{t('overview.installation')}</dt>
        <dd>{info.replicaName}</dd>
      </dl>
      <h2>{t('overview.counts')}</h2>
      <ul className="counts">
        <li>{t('overview.goals')}: {c.goals}</li>
        <li>{t('overview.groups')}: {c.groups}</li>
        <li>{t('overview.people')}: {c.people}</li>
        <li>{t('overview.milestones')}: {c.milestones}</li>
        <li>{t('overview.risks')}: {c.risks}</li>
        <li>{t('overview.meetings')}: {c.meetings}</li>
        <li>{t('overview.actions')}: {c.actions}</li>
      </ul>
      <h2>{t('overview.budget')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col"></th>
            <th scope="col">{t('overview.expenses')}</th>
            <th scope="col">{t('overview.income')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.budget.periods.map((p) => (
            <tr key={p.label}>
              <th scope="row">{p.label}</th>
              <td className="amount">{formatKroner(p.expenses)}</td>
              <td className="amount">{formatKroner(p.income)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{summary.budget.balanced ? t('overview.balanced') : t('overview.notBalanced')}</p>
    </section>
  );
}
