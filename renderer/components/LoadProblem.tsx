import { useTranslation } from 'react-i18next';
import { TriangleAlert } from 'lucide-react';
import { Button } from '../ui';

/** A screen whose data could not be read says so, with the reason and a retry, instead of "loading" forever. */
export function LoadProblem({ message, onRetry }: { message: string; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="load-problem">
      <p><TriangleAlert aria-hidden="true" size={16} className="inline-icon" /> {t('app.loadFailed', { message })}</p>
      <Button size="sm" onClick={onRetry}>{t('app.retry')}</Button>
    </div>
  );
}
