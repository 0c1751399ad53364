import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { importFailureHelp } from './importFailure';
import './conflictI18n';
import { Button } from '../../ui';

/**
 * Why a file was not imported (the API's message names what is wrong), and
 * what to do: the passphrase field only for an encrypted file (focus goes
 * there), «Prøv igjen» only where the same file may pass, else what to get
 * instead.
 */
export function ImportFailure({ message, code, hasFile, onPassphrase, onRetry, onClose }: {
  message: string;
  code: string | undefined;
  hasFile: boolean;
  onPassphrase(): void;
  onRetry(): void;
  onClose(): void;
}) {
  const { t } = useTranslation('sync');
  const help = importFailureHelp(code);
  useEffect(() => {
    if (help.passphrase) onPassphrase();
    // Once per refusal, not on every render.
  }, [message, code]);
  return (
    <div role="alert" className="sync-error">
      <p><strong>{t('import.failedTitle')}</strong></p>
      <p>{message}</p>
      {hasFile ? (
        <>
          <p>{t(`failure.${help.advice}`)}</p>
          <div className="sync-actions">
            {help.retry ? <Button variant="secondary" onClick={onRetry}>{t('import.retry')}</Button> : null}
            <Button variant="secondary" onClick={onClose}>{help.retry ? t('preview.cancel') : t('failure.close')}</Button>
          </div>
        </>
      ) : null}
    </div>
  );
}
