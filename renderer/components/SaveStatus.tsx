import { useTranslation } from 'react-i18next';
import { useRiskStore } from '../stores/riskStore';

/** Says in words whether the latest edit is saved, for everyone including screen-reader users. */
export function SaveStatus() {
  const { t } = useTranslation();
  const save = useRiskStore((s) => s.save);
  const text =
    save.state === 'saving' ? t('save.saving')
      : save.state === 'saved' ? t('save.saved')
        : save.state === 'failed' ? t('save.failed', { message: save.message })
          : '';
  return <p className="save-status" role="status" aria-live="polite">{text}</p>;
}
