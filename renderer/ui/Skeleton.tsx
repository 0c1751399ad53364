import { useTranslation } from 'react-i18next';
import './i18n';

/** Grey placeholder lines while data loads; screen readers hear «Laster …» once, not the shapes. */
export function Skeleton({ lines = 3, width = '100%' }: { lines?: number; width?: string }) {
  const { t } = useTranslation('ui');
  return (
    <div role="status" aria-busy="true">
      <span className="sr-only">{t('loading')}</span>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="ui-skeleton" aria-hidden="true" style={{ width: i === lines - 1 && lines > 1 ? '60%' : width }} />
      ))}
    </div>
  );
}
