import { useTranslation } from 'react-i18next';
import { FileBarChart } from 'lucide-react';
import { LoadProblem } from '../../components/LoadProblem';
import { useRecordUi } from '../../components/records';
import { useRecordInRoute } from '../../search/recordRoute';
import { EmptyState } from '../../ui';
import { NewReport } from './NewReport';
import { ReportDetail } from './ReportDetail';
import { REPORT_LIST, ReportList } from './ReportList';
import { useReportData } from './store';
import './i18n';
import './reports.css';

/**
 * Rapporter (issue 14): the status reports to the steering group and to
 * Nasjonalbiblioteket, newest period first, beside the one chosen
 * (#/reports/<id>, or the newest when none is named).
 */
export function ReportsScreen() {
  const { t } = useTranslation('reports');
  const { reports, loaded, error, load } = useReportData();
  const routed = useRecordInRoute('reports');
  // The list stays while a deleted report's «Angre» row is in it, even when that was the last report.
  const buried = useRecordUi((s) => (s.tombstones[REPORT_LIST]?.length ?? 0) > 0);
  if (!loaded) return error ? <LoadProblem message={error} onRetry={load} /> : <p>{t('translation:app.loading')}</p>;
  const selected = reports.find((r) => r.id === routed) ?? reports[0];
  return (
    <section className="screen reports-screen" aria-labelledby="reports-title">
      <div className="reports-title-row">
        <h1 id="reports-title">{t('title')}</h1>
        {reports.length > 0 ? <NewReport variant="secondary" /> : null}
      </div>
      {reports.length === 0 && !buried
        ? <EmptyState icon={FileBarChart} title={t('noReports')} text={t('noReportsHint')} action={<NewReport />} />
        : (
          <div className="reports-layout">
            <ReportList reports={reports} selected={selected?.id} />
            {selected
              ? <ReportDetail key={selected.id} report={selected} />
              : reports.length === 0 ? <EmptyState icon={FileBarChart} title={t('noReports')} text={t('noReportsHint')} action={<NewReport />} /> : <p>{t('choose')}</p>}
          </div>
        )}
    </section>
  );
}
