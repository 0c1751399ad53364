import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Redo2, TriangleAlert, Undo2 } from 'lucide-react';
import { useHistory } from '../data/history';
import { Button, IconButton } from '../ui';

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
      {/* The name stays «Angre» / «Gjør om»; the tooltip (the button's description) says what it would take back. */}
      <IconButton icon={Undo2} label={t('history.undo')} onClick={() => void undo()} disabled={!undoStep}
        title={undoStep ? t('history.undoWhat', { label: undoStep.label }) : t('history.nothing')} />
      <IconButton icon={Redo2} label={t('history.redo')} onClick={() => void redo()} disabled={!redoStep}
        title={redoStep ? t('history.redoWhat', { label: redoStep.label }) : t('history.redo')} />
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
      <TriangleAlert aria-hidden="true" size={16} className="history-notice-icon" />
      {notice.error
        ? t(`history.${notice.action}Failed`, { message: notice.error })
        : t(notice.outcome?.done === 'nothing' ? `history.${notice.action}Nothing` : `history.${notice.action}Partly`,
          { label: notice.outcome?.label ?? '', count: fields.length })}
      {reasons.length > 0 ? <> {reasons.map((r) => t(`history.reason.${r}`)).join(' ')}</> : null}
      {' '}<Button variant="quiet" size="sm" onClick={dismiss}>{t('history.dismiss')}</Button>
    </div>
  );
}
