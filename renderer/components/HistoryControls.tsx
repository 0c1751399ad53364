import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useHistory } from '../data/history';

/** Text fields keep their own undo while the user types in them. */
function isTextEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'checkbox');
}

/**
 * Angre / Gjør om buttons and their keys: Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (⌘ on
 * macOS). The workbook keeps the history; the titles say what will be undone.
 */
export function HistoryControls() {
  const { t } = useTranslation();
  const { undoStep, redoStep, undo, redo, load } = useHistory();
  useEffect(() => {
    void load();
  }, [load]);
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
  return (
    <div className="history-controls">
      <button type="button" onClick={() => void undo()} disabled={!undoStep}
        title={undoStep ? t('history.undoWhat', { label: undoStep.label }) : t('history.nothing')}>
        {t('history.undo')}
      </button>
      <button type="button" onClick={() => void redo()} disabled={!redoStep}
        title={redoStep ? t('history.redoWhat', { label: redoStep.label }) : undefined}>
        {t('history.redo')}
      </button>
    </div>
  );
}

/** What the last undo or redo left alone, because someone else changed it since, or why it failed. */
export function HistoryNotice() {
  const { t } = useTranslation();
  const { notice, dismiss } = useHistory();
  if (!notice) return <div className="history-notice" role="status" aria-live="polite" />;
  const fields = notice.outcome?.skipped ?? [];
  const reasons = [...new Set(fields.map((f) => f.reason))];
  return (
    <div className="history-notice history-notice-shown" role="status" aria-live="polite">
      <span aria-hidden="true">⚠ </span>
      {notice.error
        ? t(`history.${notice.action}Failed`, { message: notice.error })
        : t(notice.outcome?.done === 'nothing' ? `history.${notice.action}Nothing` : `history.${notice.action}Partly`,
          { label: notice.outcome?.label ?? '', count: fields.length })}
      {reasons.length > 0 ? <> {reasons.map((r) => t(`history.reason.${r}`)).join(' ')}</> : null}
      {' '}<button type="button" className="link" onClick={dismiss}>{t('history.dismiss')}</button>
    </div>
  );
}
