import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus } from 'lucide-react';
import { STATUS_REPORT_TYPES, type StatusReportType } from '../../../shared/model/enums';
import { todayIso } from '../../../shared/rules/dates';
import { newReportPrefill } from '../../../shared/report/statusReport/prefillText';
import { defaultPeriod, isNbReport } from '../../../shared/rules/statusReport';
import { createRecord } from '../../data/mutations';
import { Button, Dialog, Segmented } from '../../ui';
import { usePeriodText } from './ReportList';
import { useReportStore } from './store';

/**
 * «Ny rapport»: the type is chosen first; the period starts where the last
 * report ended (defaultPeriod), an NB report's parts start with what the
 * workbook tells for the period (newReportPrefill), and the new draft opens.
 */
export function NewReport({ variant = 'primary' }: { variant?: 'primary' | 'secondary' }) {
  const { t, i18n } = useTranslation('reports');
  const reports = useReportStore((s) => s.reports);
  const project = useReportStore((s) => s.project);
  const snapshot = useReportStore((s) => s.snapshot);
  const period = usePeriodText();
  const [open, setOpen] = useState(false);
  const [type, setType] = useState<StatusReportType>('steering');
  const [busy, setBusy] = useState(false);
  const range = defaultPeriod(reports, project, todayIso());
  const create = async () => {
    setBusy(true);
    try {
      const title = t('defaultTitle', { type: t(`translation:enums.statusReportType.${type}`), period: period(range) });
      const prefill = newReportPrefill(type, snapshot, range, i18n.language === 'en' ? 'en' : 'nb');
      const id = await createRecord('status-report', { type, title, ...range, ...prefill }, t('undoCreate'));
      setOpen(false);
      window.location.hash = `#/reports/${id}`;
    } catch {
      // The save status says why; the dialog stays open so the user can try again.
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant={variant} icon={<Plus aria-hidden="true" size={16} />} onClick={() => setOpen(true)}>{t('newReport')}</Button>
      <Dialog open={open} title={t('createTitle')} onClose={() => setOpen(false)}
        footer={<>
          <Button onClick={() => setOpen(false)}>{t('cancel')}</Button>
          <Button variant="primary" disabled={busy} onClick={() => void create()}>{t('create')}</Button>
        </>}>
        <div className="ui-field">
          <span className="ui-field-label" aria-hidden="true">{t('type')}</span>
          <Segmented label={t('type')} value={type} onChange={setType}
            options={STATUS_REPORT_TYPES.map((v) => ({ value: v, label: t(`translation:enums.statusReportType.${v}`) }))} />
        </div>
        <p className="tabular-nums">{t('periodLabel')}: {period(range)}</p>
        {isNbReport(type) ? <p className="reports-hint">{t('prefillHint')}</p> : null}
      </Dialog>
    </>
  );
}
