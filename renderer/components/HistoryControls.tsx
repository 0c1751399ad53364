import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useHistory } from '../data/history';

/** Text fields keep their own undo while the user types in them. */
function isTextEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'checkbox');
}

/** Angre / Gjør om buttons and their keys: Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (⌘ on macOS). */
export function HistoryControls() {
  const { t } = useTranslation();
  const { past, future, undo, redo } = useHistory();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextEditing(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        void undo();
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        void redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);
  const last = past[past.length - 1];
  const next = future[future.length - 1];
  return (
    <div className="history-controls">
      <button type="button" onClick={() => void undo()} disabled={!last}
        title={last ? t('history.undoWhat', { label: last.label }) : t('history.nothing')}>
        {t('history.undo')}
      </button>
      <button type="button" onClick={() => void redo()} disabled={!next}
        title={next ? t('history.redoWhat', { label: next.label }) : undefined}>
        {t('history.redo')}
      </button>
    </div>
  );
}
