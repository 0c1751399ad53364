import { useTranslation } from 'react-i18next';
import { Button } from '../ui';

/** A screen whose data could not be read says so, with the reason and a retry, instead of "loading" forever. */
export function LoadProblem({ message, onRetry }: { message: string; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="load-problem">
      <p><span aria-hidden="true">⚠ </span>{t('app.loadFailed', { message })}</p>
      <Button size="sm" onClick={onRetry}>{t('app.retry')}</Button>
    </div>
  );
}
