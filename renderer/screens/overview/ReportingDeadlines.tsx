import { useTranslation } from 'react-i18next';
import { formatDateNb } from '../../../shared/rules/dates';
import { reportingDeadlines, type ReportingDeadline } from '../../../shared/rules/reportingDeadlines';
import { Badge, Card, StatusIcon } from '../../ui';
import './deadlinesI18n';
import './deadlines.css';

export interface DeadlinePeriod {
  readonly id: string;
  readonly label: string;
  readonly startDate: string;
  readonly endDate: string;
}

export interface ReportingDeadlinesProps {
  readonly project: { startDate?: string; endDate?: string; funder?: string } | undefined;
  readonly periods: readonly DeadlinePeriod[];
  readonly today: string;
  /** Keys of reports already sent ('status:<periodId>', 'final'), from the NB report records. */
  readonly delivered?: readonly string[];
}

/**
 * Oversikt's card of Nasjonalbiblioteket's reporting deadlines (shared/rules/reportingDeadlines.ts):
 * each report with its due date and days left, an overdue one said so in words beside the icon.
 */
export function ReportingDeadlines({ project, periods, today, delivered }: ReportingDeadlinesProps) {
  const { t } = useTranslation('nbDeadlines');
  const deadlines = project ? reportingDeadlines(project, periods, today, { delivered }) : [];
  const labelOf = new Map(periods.map((p) => [p.id, p.label]));
  const name = (d: ReportingDeadline) => (d.kind === 'final' ? t('final') : t('status', { period: labelOf.get(d.periodId!) ?? '' }));
  const state = (d: ReportingDeadline) => {
    switch (d.state) {
      case 'delivered': return <Badge tone="success">{t('delivered')}</Badge>;
      case 'overdue': return <Badge tone="danger" icon={<StatusIcon light="red" />}>{t('overdue', { count: -d.daysLeft })}</Badge>;
      case 'due_today': return <Badge tone="warning" icon={<StatusIcon light="yellow" />}>{t('dueToday')}</Badge>;
      default: return <Badge tone={d.daysLeft <= 30 ? 'warning' : 'neutral'}>{t('daysLeft', { count: d.daysLeft })}</Badge>;
    }
  };
  return (
    <Card title={t('title')} aria-label={t('title')} className="deadline-card">
      {deadlines.length === 0 ? <p className="empty">{t('none')}</p> : (
        <>
          <p className="muted deadline-intro">{t('intro', { funder: project?.funder || 'Nasjonalbiblioteket' })}</p>
          <ul className="deadline-list">
            {deadlines.map((d) => (
              <li key={d.key} className={`deadline deadline-${d.state}`}>
                <span className="deadline-name">{name(d)}</span>
                <span className="deadline-date">{t('due', { date: formatDateNb(d.dueDate) })}</span>
                {state(d)}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
