import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHistory } from '../../data/history';
import { restoreRecord } from '../../data/mutations';
import { Button } from '../../ui';
import { useRecordUi, type Tombstone } from './recordUi';
import './i18n';

/**
 * Where a deleted record was: «… er slettet.» and «Angre». Angre is the
 * workbook's undo while the delete is still this window's last step (so Gjør
 * om can redo it); after other steps it is the workbook's restore of that
 * record and what was deleted with it. Focus comes here after the delete,
 * and goes to the record once it is back (useRecordRows).
 */
export function DeletedRecord({ list, tombstone, as = 'div', colSpan }: {
  list: string;
  tombstone: Tombstone;
  /** 'tr' for a table (give colSpan), 'li' in a list, else a block. */
  as?: 'div' | 'li' | 'tr';
  colSpan?: number;
}) {
  const { t } = useTranslation('records');
  const { kind, id, name, tx } = tombstone;
  const [busy, setBusy] = useState(false);
  const undoRef = useRef<HTMLButtonElement>(null);
  const textId = useId();
  useEffect(() => {
    undoRef.current?.focus();
  }, []);

  const restore = async () => {
    setBusy(true);
    try {
      const history = useHistory.getState();
      if (history.undoStep?.tx === tx) await history.undo();
      else await restoreRecord(kind, id, t('restoreStep', { name }));
    } catch {
      // The save status or the history notice says why; the row stays.
    } finally {
      setBusy(false);
    }
  };

  const content = (
    <div className="record-deleted">
      <span id={textId} role="status">{t('deleted', { name })}</span>{' '}
      <Button size="sm" ref={undoRef} disabled={busy} aria-label={t('undoName', { name })}
        onClick={() => void restore()}>{t('undo')}</Button>{' '}
      <Button variant="quiet" size="sm" aria-label={t('dismissName', { name })}
        onClick={() => useRecordUi.getState().unbury(list, id, false)}>{t('dismiss')}</Button>
    </div>
  );
  if (as === 'tr') return <tr className="record-deleted-row"><td colSpan={colSpan}>{content}</td></tr>;
  if (as === 'li') return <li className="record-deleted-item">{content}</li>;
  return content;
}
