import { Archive } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSize, formatWhen } from './format';
import { errorText, restoreBackup, type Backup } from './store';
import { Button, EmptyState } from '../../ui';

/** The backups taken before imports, and putting one back (after a confirmation). */
export function BackupPanel({ backups }: { backups: readonly Backup[] }) {
  const { t } = useTranslation('sync');
  const id = useId();
  const [asking, setAsking] = useState<Backup>();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ ok: boolean; text: string }>();
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (asking) confirmHeading.current?.focus();
  }, [asking]);

  const reason = (r: string) => t(`backups.reasons.${r}`, { defaultValue: r });

  const restore = async (backup: Backup) => {
    setBusy(true);
    const when = formatWhen(backup.createdAt);
    try {
      await restoreBackup(backup.name);
      setSaid({ ok: true, text: t('backups.restored', { when }) });
    } catch (e) {
      setSaid({ ok: false, text: t('backups.failed', { message: errorText(e) }) });
    } finally {
      setBusy(false);
      setAsking(undefined);
      heading.current?.focus();
    }
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>{t('backups.title')}</h2>
      {backups.length > 0 ? <p className="panel-hint">{t('backups.hint')}</p> : null}
      <p role="status" className="live-line">{busy ? t('backups.restoring') : said?.ok ? said.text : ''}</p>
      {said && !said.ok ? <p role="alert" className="sync-error">{said.text}</p> : null}
      {backups.length === 0 ? <EmptyState icon={Archive} title={t('backups.none')} text={t('backups.hint')} /> : (
        <table className="data-table sync-table">
          <caption className="sr-only">{t('backups.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('backups.made')}</th>
              <th scope="col">{t('backups.reason')}</th>
              <th scope="col" className="amount-col">{t('backups.size')}</th>
              <th scope="col"><span className="sr-only">{t('backups.action')}</span></th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name}>
                <td className="nowrap">{formatWhen(b.createdAt)}</td>
                <td>{reason(b.reason)}</td>
                <td className="amount-col nowrap">{formatSize(b.bytes)}</td>
                <td>
                  <Button variant="secondary" disabled={busy}
                    aria-label={t('backups.restoreLabel', { when: formatWhen(b.createdAt) })} onClick={() => setAsking(b)}>
                    {t('backups.restore')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {asking ? (
        <div className="sync-confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <h3 id={`${id}-confirm`} ref={confirmHeading} tabIndex={-1}>{t('backups.confirmTitle', { when: formatWhen(asking.createdAt) })}</h3>
          <p>{t('backups.confirmText')}</p>
          <div className="sync-actions">
            <Button variant="primary" className="sync-button-danger-solid" disabled={busy} onClick={() => void restore(asking)}>
              {t('backups.confirm')}
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => { setAsking(undefined); heading.current?.focus(); }}>
              {t('backups.cancel')}
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
