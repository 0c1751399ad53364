import { useTranslation } from 'react-i18next';
import { useSaveStatus } from '../data/saveStatus';

/** Says in words whether the latest edit is saved, for everyone including screen-reader users. */
export function SaveStatus() {
  const { t } = useTranslation();
  const status = useSaveStatus((s) => s.status);
  const text =
    status.state === 'saving' ? t('save.saving')
      : status.state === 'saved' ? t('save.saved')
        : status.state === 'failed' ? t('save.failed', { message: status.message })
          : '';
  return <p className={`save-status save-${status.state}`} role="status" aria-live="polite">{text}</p>;
}
