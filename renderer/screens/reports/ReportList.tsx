import { useTranslation } from 'react-i18next';
import { formatDateNb } from '../../../shared/rules/dates';
import { isPublished } from '../../../shared/rules/statusReport';
import { DeletedRecord, useRecordRows } from '../../components/records';
import { Badge, StatusLight } from '../../ui';
import type { Report } from './store';

/** The list a deleted draft leaves its «Angre» row in (the records pattern). */
export const REPORT_LIST = 'status-reports';

/** The period as the reports print it: 05.09.2021–03.12.2026. */
export function usePeriodText(): (r: Pick<Report, 'periodFrom' | 'periodTo'>) => string {
  const { t } = useTranslation('reports');
  return (r) => t('period', { from: formatDateNb(r.periodFrom), to: formatDateNb(r.periodTo) });
}

/**
 * Every report, newest period first; each one links to itself (#/reports/<id>),
 * so a search hit and a reload select it too. A deleted draft leaves
 * «… er slettet. Angre» in its place.
 */
export function ReportList({ reports, selected }: { reports: readonly Report[]; selected: string | undefined }) {
  const { t } = useTranslation('reports');
  const period = usePeriodText();
  const rows = useRecordRows(REPORT_LIST, reports);
  return (
    <ol className="records reports-list" aria-label={t('list')}>
      {rows.map(({ key, record: r, tombstone }) => (tombstone ? <DeletedRecord key={key} list={REPORT_LIST} tombstone={tombstone} as="li" /> : (
        <li key={r.id} data-record-id={r.id}>
          <a className="reports-list-item" href={`#/reports/${r.id}`} aria-current={r.id === selected ? 'true' : undefined}>
            <span className="reports-list-type">{t(`translation:enums.statusReportType.${r.type}`)}</span>
            <span className="reports-list-title">{r.title}</span>
            <span className="reports-list-meta">
              <span className="tabular-nums">{period(r)}</span>
              <StatusLight zone={r.overallStatus}>{t('light', { light: t(`translation:enums.reportLight.${r.overallStatus}`) })}</StatusLight>
              {isPublished(r)
                ? <Badge tone="success">{t('published', { date: formatDateNb(r.publishedAt?.slice(0, 10)) })}</Badge>
                : <Badge tone="neutral">{t('draft')}</Badge>}
            </span>
          </a>
        </li>
      )))}
    </ol>
  );
}
