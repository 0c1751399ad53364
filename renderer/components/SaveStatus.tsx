import { useTranslation } from 'react-i18next';
import { Check, CircleAlert, LoaderCircle } from 'lucide-react';
import { usePendingSaves } from '../data/pendingSaves';
import { useSaveStatus } from '../data/saveStatus';
import { formatClock } from '../forms/clock';

/**
 * Says in words whether everything is saved, for everyone including
 * screen-reader users: the fields that save as they are typed and the other
 * writes together. Each field says its own state beside it (forms/FieldStatus).
 */
export function SaveStatus() {
  const { t, i18n } = useTranslation();
  const status = useSaveStatus((s) => s.status);
  usePendingSaves((s) => s.revision);
  const savers = [...usePendingSaves.getState().savers];
  const failed = savers.filter((s) => s.state.state === 'failed').map((s) => s.label);
  const saving = savers.some((s) => s.state.state === 'saving') || status.state === 'saving';
  const unsaved = savers.some((s) => s.state.state === 'unsaved');
  const lastField = savers.map((s) => s.state).filter((s) => s.state === 'saved').map((s) => s.at.getTime());
  const last = Math.max(status.state === 'saved' ? status.at.getTime() : 0, ...lastField);
  const [state, text] =
    failed.length > 0 ? ['failed', t('save.fieldsFailed', { labels: failed.join(', ') })]
      : status.state === 'failed' ? ['failed', t('save.failed', { message: status.message })]
        : saving ? ['saving', t('save.saving')]
          : unsaved ? ['unsaved', t('save.unsaved')]
            : last > 0 ? ['saved', t('save.savedAt', { time: formatClock(new Date(last), i18n.language) })]
              : ['idle', ''];
  return (
    <p className={`save-status save-${state}`} role="status" aria-live="polite">
      {state === 'failed' ? <CircleAlert aria-hidden="true" size={16} />
        : state === 'saved' ? <Check aria-hidden="true" size={16} />
          : state === 'saving' ? <LoaderCircle aria-hidden="true" size={16} /> : null}
      {text}
    </p>
  );
}
