import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyPlus, FileText, Printer, Send } from 'lucide-react';
import { printRoute } from '../../../shared/report/printRoutes';
import { isPublished, nextVersionFields, periodIsValid } from '../../../shared/rules/statusReport';
import { createRecord, publishStatusReport } from '../../data/mutations';
import { saveDocx } from '../../print/downloads';
import { fill, printStrings } from '../../print/strings';
import { Button, buttonClass, Dialog } from '../../ui';
import type { Report } from './store';

/**
 * A report's buttons: «Publiser» (asked first) on a draft, «Lag ny versjon» on a published one, and the print view
 * and «Last ned Word (.docx)» (the same content, electron/export/docx) on both.
 */
export function ReportActions({ report }: { report: Report }) {
  const { t, i18n } = useTranslation('reports');
  const [asking, setAsking] = useState(false);
  const published = isPublished(report);
  const lang = i18n.language === 'en' ? 'en' : 'nb';
  const word = useWordDownload(report.id, lang);
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
      <a className={buttonClass('secondary', 'md', 'ui-button-link')} href={printRoute('report', { id: report.id, lang })}>
        <Printer aria-hidden="true" size={16} />{t('print')}
      </a>
      <Button icon={<FileText aria-hidden="true" size={16} />} disabled={word.busy} onClick={() => void word.run()}>{word.label}</Button>
      <span role="status" className="reports-hint">{word.status}</span>
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

/** «Last ned Word (.docx)» and its status line, in the print catalogue's words (renderer/print/strings.ts). */
function useWordDownload(id: string, lang: 'nb' | 'en') {
  const S = printStrings[lang].ui;
  const [state, setState] = useState<{ busy: boolean; status: string }>({ busy: false, status: '' });
  const name = fill(S.wordName, { name: printStrings[lang].status.title });
  const run = async () => {
    setState({ busy: true, status: fill(S.saving, { name }) });
    try {
      const file = await saveDocx({ document: 'report', id, lang });
      setState({ busy: false, status: fill(S.saved, { name: file }) });
    } catch (e) {
      setState({ busy: false, status: fill(S.failed, { name, message: e instanceof Error ? e.message : String(e) }) });
    }
  };
  return { ...state, run, label: S.saveDocx };
}
