import { useTranslation } from 'react-i18next';
import './i18n';
import { Undo2, X } from 'lucide-react';
import { Button } from './Button';
import { IconButton } from './IconButton';
import { useToasts, type ToastEntry } from './toasts';

/** One toast: the message, «Angre» when it can be undone, and a close button. */
export function Toast({ toast, onDismiss }: { toast: ToastEntry; onDismiss: () => void }) {
  const { t } = useTranslation('ui');
  return (
    <div className="ui-toast">
      <p className="ui-toast-message">{toast.message}</p>
      {toast.undo && (
        <Button size="sm" icon={<Undo2 aria-hidden="true" size={16} />}
          onClick={async () => { await toast.undo!(); onDismiss(); }}>
          {t('undo')}
        </Button>
      )}
      <IconButton icon={X} size="sm" label={t('dismiss')} onClick={onDismiss} />
    </div>
  );
}

/** Where toasts appear: a polite live region, rendered once by the app's shell. */
export function ToastRegion() {
  const { toasts, dismiss } = useToasts();
  return (
    <div className="ui-toasts" role="status" aria-live="polite">
      {toasts.map((toast) => <Toast key={toast.id} toast={toast} onDismiss={() => dismiss(toast.id)} />)}
    </div>
  );
}
