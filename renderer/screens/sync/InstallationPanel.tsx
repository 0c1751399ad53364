import { CircleCheck, MonitorSmartphone } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../forms/fields';
import { InstallationNameDialog } from '../firstRun/InstallationNameDialog';
import { formatWhen } from './format';
import './trustI18n';
import { errorText, renameInstallation, useSyncData, type SyncStatus } from './store';
import { Button, EmptyState, IconText } from '../../ui';

/** This installation's name (editable) and the installations it has exchanged files with. */
export function InstallationPanel({ status }: { status: SyncStatus }) {
  const { t } = useTranslation('sync');
  const id = useId();
  const [said, setSaid] = useState<{ ok: boolean; text: string }>();
  const [naming, setNaming] = useState(false);
  const { t: tf } = useTranslation('firstRun');
  const never = t('installation.never');

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('installation.title')}</h2>
      <div className="sync-name">
        <TextField label={t('installation.name')} value={status.replicaName} hint={t('installation.nameHint')}
          validate={(v) => (v.trim() === '' ? t('installation.nameRequired') : v.trim().length > 200 ? t('installation.nameTooLong') : undefined)}
          onCommit={async (v) => {
            try {
              await renameInstallation(v.trim());
              setSaid({ ok: true, text: t('installation.renamed') });
            } catch (e) {
              setSaid({ ok: false, text: t('installation.renameFailed', { message: errorText(e) }) });
              throw e;
            }
          }} />
        <Button variant="quiet" size="sm" className="sync-name-compose" onClick={() => setNaming(true)}>{tf('change')}</Button>
        {naming ? (
          <InstallationNameDialog onClose={(saved) => {
            setNaming(false);
            if (saved) {
              setSaid({ ok: true, text: t('installation.renamed') });
              void useSyncData.getState().load();
            }
          }} />
        ) : null}
        <p className="panel-hint sync-id">{t('installation.id', { id: status.replicaId })}</p>
      </div>
      {status.installationNotice ? (
        <p className="sync-notice">{t(`installationNotice.${status.installationNotice.reason}`, { when: formatWhen(status.installationNotice.at) })}</p>
      ) : null}
      <p role="status" className="live-line">{said?.ok ? said.text : ''}</p>
      {said && !said.ok ? <p role="alert" className="sync-error">{said.text}</p> : null}

      {status.peers.length === 0 ? <EmptyState icon={MonitorSmartphone} title={t('installation.none')} text={t('installation.noneText')} /> : (
        <table className="data-table sync-table">
          <caption>{t('installation.others')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('installation.peer')}</th>
              <th scope="col">{t('installation.lastFrom')}</th>
              <th scope="col">{t('installation.lastTo')}</th>
              <th scope="col">{t('installation.lacks')}</th>
            </tr>
          </thead>
          <tbody>
            {status.peers.map((p) => (
              <tr key={p.replicaId}>
                <th scope="row">{p.name || t('installation.unnamed', { id: p.replicaId.slice(0, 8) })}</th>
                <td>{formatWhen(p.lastImportAt) || never}</td>
                <td>{formatWhen(p.lastExportAt) || never}</td>
                <td>
                  {p.pendingForThem === null ? t('installation.unknown')
                    : p.pendingForThem === 0 ? <IconText icon={CircleCheck} tone="success">{t('installation.upToDate')}</IconText>
                      : t('installation.lacksCount', { count: p.pendingForThem })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
