import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSize, formatWhen, kindLabel } from './format';
import { ImportNotes } from './ImportNotes';
import { RaisedConflicts } from './RaisedConflicts';
import type { ImportReport } from './store';
import { CircleCheck, TriangleAlert } from 'lucide-react';
import { Button, IconText } from '../../ui';

/**
 * What importing a file would do, before anything changes: from whom, how
 * many changes are new, which records, which conflicts. Apply or cancel.
 * Focus moves here when it appears, so keyboard and screen-reader users land
 * on it.
 */
export function ImportPreview({ fileName, report, busy, onApply, onCancel }: {
  fileName: string;
  report: ImportReport;
  busy: boolean;
  onApply(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('sync');
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const kinds = Object.entries(report.byKind).filter(([, n]) => n > 0);
  const sender = report.sender.name || t('conflicts.otherInstallation');
  // Only what happens; changes that meet changes made here become conflicts instead.
  const records = (['created', 'updated', 'deleted', 'restored'] as const)
    .filter((k) => report[k] > 0)
    .map((k) => t(`preview.${k}`, { count: report[k] }));

  return (
    <section className="sync-preview" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>{t('preview.title', { name: fileName })}</h3>
      <dl className="sync-facts">
        <div><dt>{t('preview.from')}</dt><dd>{sender}</dd></div>
        <div><dt>{t('preview.made')}</dt><dd>{formatWhen(report.createdAt)}</dd></div>
        <div>
          <dt>{t('preview.fileType')}</dt>
          <dd>
            {report.full ? t('preview.fullFile') : t('preview.delta')}, {report.encrypted ? t('preview.encrypted') : t('preview.notEncrypted')},{' '}
            {formatSize(report.fileBytes)}
          </dd>
        </div>
        <div>
          <dt>{t('preview.newChanges')}</dt>
          <dd>{report.applied === 0 ? t('preview.nothingNew') : t('preview.newOf', { applied: report.applied, received: report.received })}</dd>
        </div>
        {report.applied > 0 ? (
          <>
            <div>
              <dt>{t('preview.records')}</dt>
              <dd>{records.length > 0 ? records.join(', ') : report.newConflicts > 0 ? t('preview.noneYet') : t('preview.none')}</dd>
            </div>
            <div>
              <dt>{t('preview.which')}</dt>
              <dd>
                <ul className="sync-kinds">
                  {kinds.map(([kind, n]) => <li key={kind}>{t(`kindsPlural.${kind}`, { defaultValue: kindLabel(t, kind) })}: {n}</li>)}
                </ul>
              </dd>
            </div>
          </>
        ) : null}
        <div>
          <dt>{t('preview.conflicts')}</dt>
          <dd>
            {report.newConflicts > 0
              ? <IconText icon={TriangleAlert} tone="warning">{t('preview.someConflicts', { count: report.newConflicts })}</IconText>
              : <IconText icon={CircleCheck} tone="success">{t('preview.noConflicts')}</IconText>}
          </dd>
        </div>
      </dl>
      <RaisedConflicts report={report} />
      <ImportNotes report={report} />
      {report.applied > 0 ? <p className="panel-hint">{t('preview.backup')}</p> : null}
      <div className="sync-actions">
        <Button variant="primary" onClick={onApply} disabled={busy}>{t('preview.apply')}</Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>{t('preview.cancel')}</Button>
      </div>
    </section>
  );
}
