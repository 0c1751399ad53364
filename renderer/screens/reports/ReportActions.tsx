import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyPlus, Printer, Send } from 'lucide-react';
import { printRoute } from '../../../shared/report/printRoutes';
import { isPublished, nextVersionFields, periodIsValid } from '../../../shared/rules/statusReport';
import { createRecord, publishStatusReport } from '../../data/mutations';
import { Button, buttonClass, Dialog } from '../../ui';
import type { Report } from './store';

/** A report's buttons: «Publiser» (asked first) on a draft, «Lag ny versjon» on a published one, and the print view on both. */
export function ReportActions({ report }: { report: Report }) {
  const { t, i18n } = useTranslation('reports');
  const [asking, setAsking] = useState(false);
  const published = isPublished(report);
  const publish = async () => {
    setAsking(false);
    await publishStatusReport(report.id, t('undoPublish')).catch(() => undefined);
  };
  const newVersion = async () => {
    const id = await createRecord('status-report', nextVersionFields(report), t('undoNewVersion')).catch(() => undefined);
    if (id) window.location.hash = `#/reports/${id}`;
  };
  return (
    <div className="reports-actions">
      {published
        ? <Button variant="primary" icon={<CopyPlus aria-hidden="true" size={16} />} onClick={() => void newVersion()}>{t('newVersion')}</Button>
        : <Button variant="primary" icon={<Send aria-hidden="true" size={16} />} disabled={!periodIsValid(report)} onClick={() => setAsking(true)}>{t('publish')}</Button>}
      <a className={buttonClass('secondary', 'md', 'ui-button-link')} href={printRoute('report', { id: report.id, lang: i18n.language === 'en' ? 'en' : 'nb' })}>
        <Printer aria-hidden="true" size={16} />{t('print')}
      </a>
      {!published && !periodIsValid(report) ? <p className="reports-hint">{t('badPeriod')}</p> : null}
      <Dialog open={asking} title={t('publishTitle')} onClose={() => setAsking(false)}
        footer={<>
          <Button onClick={() => setAsking(false)}>{t('cancel')}</Button>
          <Button variant="primary" onClick={() => void publish()}>{t('publish')}</Button>
        </>}>
        <p>{t('publishText')}</p>
      </Dialog>
    </div>
  );
}
