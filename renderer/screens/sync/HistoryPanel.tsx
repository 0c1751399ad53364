import { History } from 'lucide-react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWhen } from './format';
import { loggedExchanges, syncHistory, type HistoryRow } from './history';
import type { SyncStatus } from './store';
import { EmptyState } from '../../ui';

/** Imports and exports, newest first. */
export function HistoryPanel({ status }: { status: SyncStatus }) {
  const { t } = useTranslation('sync');
  const id = useId();
  // The status object is new after every load, which is when the page's own notes may have grown too.
  const rows = useMemo(() => syncHistory(status, loggedExchanges(status.workbookId)), [status]);

  const who = (r: HistoryRow) => r.peerName ?? (r.full ? t('history.newInstallation') : t('history.everyone'));
  const details = (r: HistoryRow) => {
    if (!r.details) return t('history.noDetails');
    const parts = [t('changes', { count: r.details.changes })];
    if (r.details.conflicts) parts.push(t('history.conflicts', { count: r.details.conflicts }));
    if (r.details.encrypted) parts.push(t('history.encrypted'));
    if (r.details.fileName) parts.push(t('history.fileName', { name: r.details.fileName }));
    return parts.join(', ');
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('history.title')}</h2>
      {rows.length === 0 ? <EmptyState icon={History} title={t('history.none')} text={t('history.noneText')} /> : (
        <table className="data-table sync-table">
          <caption className="sr-only">{t('history.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history.when')}</th>
              <th scope="col">{t('history.what')}</th>
              <th scope="col">{t('history.who')}</th>
              <th scope="col">{t('history.details')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={`${r.at}-${r.direction}-${i}`}>
                <td className="nowrap">{formatWhen(r.at)}</td>
                <td>{r.direction === 'import' ? t('history.import') : t('history.export')}</td>
                <td>{who(r)}</td>
                <td>{details(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
