import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHistory } from '../../data/history';

export interface Deleted {
  /** The deletion's transaction: «Angre» here takes back exactly that step. */
  readonly tx: string;
  readonly id: string;
  readonly number: number;
  readonly description: string;
}

/**
 * Said where the milestone was deleted, with «Angre» right there. It is the
 * workbook's undo (data/history.ts), offered only while the deletion is still
 * this window's last step; after another change the step is no longer the
 * next one back, and the notice says to use Angre at the top instead.
 */
export function DeletedNotice({ deleted, onClose, onRestored }: {
  deleted: Deleted; onClose: () => void; onRestored: (id: string) => void;
}) {
  const { t } = useTranslation('milestones');
  const undoStep = useHistory((s) => s.undoStep);
  const busy = useHistory((s) => s.busy);
  const [restored, setRestored] = useState(false);
  const n = { number: deleted.number, description: deleted.description };
  const canUndo = !restored && undoStep?.tx === deleted.tx;

  const undo = async () => {
    await useHistory.getState().undo();
    if (useHistory.getState().notice) return; // the history controls say what went wrong
    setRestored(true);
    onRestored(deleted.id);
  };

  return (
    <div className="note ms-deleted-notice" role="status">
      <span>{restored ? t('undoneDelete', n) : t('deleted', n)}</span>{' '}
      {canUndo ? (
        <button type="button" disabled={busy} aria-label={t('undoDeleteLabel', n)} onClick={() => void undo()}>{t('undoDelete')}</button>
      ) : !restored ? <span className="muted">{t('undoMoved')}</span> : null}{' '}
      <button type="button" className="link-button" onClick={onClose}>{t('dismiss')}</button>
    </div>
  );
}
