import { ArrowDownToLine, ArrowUpFromLine, History, TriangleAlert } from 'lucide-react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWhen } from './format';
import { historyRow } from './history';
import type { ExchangeEntry } from './store';
import { EmptyState, IconText } from '../../ui';

const EVENT_ICON = { import: ArrowDownToLine, export: ArrowUpFromLine, 'held-back': TriangleAlert } as const;

/** This installation's imports and exports, newest first, as the workbook keeps them. */
export function HistoryPanel({ entries }: { entries: readonly ExchangeEntry[] }) {
  const { t } = useTranslation('sync');
  const id = useId();
  const rows = useMemo(() => entries.map((e) => historyRow(t, e)), [entries, t]);

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('history.title')}</h2>
      <p className="panel-hint">{t('history.hint')}</p>
      {rows.length === 0 ? <EmptyState icon={History} title={t('history.none')} text={t('history.noneText')} /> : (
        <table className="data-table sync-table">
          <caption className="sr-only">{t('history.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history.when')}</th>
              <th scope="col">{t('history.what')}</th>
              <th scope="col">{t('history.who')}</th>
              <th scope="col">{t('history.file')}</th>
              <th scope="col">{t('history.details')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <td className="nowrap">{formatWhen(r.at)}</td>
                <td><IconText icon={EVENT_ICON[r.event]} tone={r.event === 'held-back' ? 'warning' : 'plain'}>{r.what}</IconText></td>
                <td>{r.who}</td>
                <td className="sync-file-name">{r.file || t('history.noFile')}</td>
                <td>{r.result}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
