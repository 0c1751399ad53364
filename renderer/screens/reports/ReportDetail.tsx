import { useTranslation } from 'react-i18next';
import { REPORT_LIGHTS } from '../../../shared/model/enums';
import { isNbReport, isPublished, mayDelete, NB_PARTS, reportSections } from '../../../shared/rules/statusReport';
import { formatDateNb } from '../../../shared/rules/dates';
import { DateField, RecordTextField } from '../../forms/fields';
import { updateRecord } from '../../data/mutations';
import { DeleteRecordButton } from '../../components/records';
import { Badge, StatusLight } from '../../ui';
import { Detail, RecordSegmented, shortName } from '../logs/controls';
import { ReportActions } from './ReportActions';
import { REPORT_LIST, usePeriodText } from './ReportList';
import { ReportParts } from './ReportParts';
import { useReportContent, type Report } from './store';

/** The written parts after the derived ones, in the printout's order (8, 9; a final report has no 9 unless it was written in). */
const AFTER = ['decisionsNeeded', 'nextPeriodPlans'] as const;
const afterFields = (report: Report) => AFTER.filter((f) => f !== 'nextPeriodPlans' || reportSections(report).next !== null);

/** One report: a draft's fields, each saving as typed; a published report as it reads, locked. */
export function ReportDetail({ report }: { report: Report }) {
  const { t } = useTranslation('reports');
  const period = usePeriodText();
  const published = isPublished(report);
  const nb = isNbReport(report.type);
  return (
    <article className="ui-panel reports-detail" data-record-id={report.id} aria-labelledby={`report-${report.id}`}>
      <header className="reports-detail-head">
        <span className="reports-list-type">{t(`translation:enums.statusReportType.${report.type}`)}</span>
        <h2 id={`report-${report.id}`}>{report.title}</h2>
        <span className="reports-list-meta">
          <span className="tabular-nums">{period(report)}</span>
          {published
            ? <Badge tone="success">{t('published', { date: formatDateNb(report.publishedAt?.slice(0, 10)) })}</Badge>
            : <Badge tone="neutral">{t('draft')}</Badge>}
        </span>
        <ReportActions report={report} />
      </header>
      {published ? <PublishedReport report={report} nb={nb} /> : <DraftReport report={report} nb={nb} />}
      <footer className="reports-detail-foot">
        {mayDelete(report)
          ? <DeleteRecordButton kind="status-report" id={report.id} list={REPORT_LIST} name={shortName(report.title)} />
          : <p className="reports-hint">{t('noDelete')}</p>}
      </footer>
    </article>
  );
}

function DraftReport({ report, nb }: { report: Report; nb: boolean }) {
  const { t } = useTranslation('reports');
  const content = useReportContent(report);
  const save = (field: 'periodFrom' | 'periodTo', label: string) => (v: string | null, o?: Parameters<typeof updateRecord>[5]) =>
    updateRecord('status-report', report.id, { [field]: v }, undefined, label, o);
  return (
    <div className="reports-editor">
      <RecordTextField kind="status-report" record={report} field="title" label={t('reportTitle')} />
      <div className="reports-editor-row">
        <DateField label={t('periodFrom')} value={report.periodFrom} onCommit={save('periodFrom', t('periodFrom'))} />
        <DateField label={t('periodTo')} value={report.periodTo} onCommit={save('periodTo', t('periodTo'))} />
        <RecordSegmented kind="status-report" id={report.id} field="overallStatus" label={t('overallStatus')} value={report.overallStatus}
          options={REPORT_LIGHTS.map((l) => ({ value: l, label: t(`translation:enums.reportLight.${l}`) }))} />
      </div>
      <RecordTextField kind="status-report" record={report} field="statusReason" label={t('statusReason')} multiline rows={2} />
      <RecordTextField kind="status-report" record={report} field="summary" label={t('summary')} multiline rows={4} />
      <ReportParts reportId={report.id} content={content} editable />
      {afterFields(report).map((f) => <RecordTextField key={f} kind="status-report" record={report} field={f} label={t(f)} multiline rows={4} />)}
      {nb ? (
        <fieldset className="reports-nb">
          <legend>{t('nbParts')}</legend>
          {/* A prefilled part opens tall enough to read it; an empty one stays small. */}
          {NB_PARTS.map((f) => <RecordTextField key={f} kind="status-report" record={report} field={f} label={t(f)} multiline
            rows={Math.min(14, Math.max(3, report[f].split('\n').length + 1))} />)}
        </fieldset>
      ) : null}
    </div>
  );
}

function PublishedReport({ report, nb }: { report: Report; nb: boolean }) {
  const { t } = useTranslation('reports');
  const content = useReportContent(report);
  return (
    <div className="reports-read">
      <p className="reports-hint">{t('locked')}</p>
      <dl className="reports-details">
        <div className="reports-detail-part">
          <dt>{t('overallStatus')}</dt>
          <dd><StatusLight zone={report.overallStatus}>{t(`translation:enums.reportLight.${report.overallStatus}`)}</StatusLight></dd>
        </div>
        <Detail label={t('statusReason')} text={report.statusReason} />
        <Detail label={t('summary')} text={report.summary} />
      </dl>
      <ReportParts reportId={report.id} content={content} editable={false} />
      <dl className="reports-details">
        {afterFields(report).map((f) => <Detail key={f} label={t(f)} text={report[f]} />)}
        {nb ? NB_PARTS.map((f) => <Detail key={f} label={t(f)} text={report[f]} />) : null}
      </dl>
    </div>
  );
}
