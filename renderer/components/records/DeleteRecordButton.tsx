import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kind } from '../../../shared/model/kinds';
import { deleteRecord } from '../../data/mutations';
import { Trash2 } from 'lucide-react';
import { Button, IconButton } from '../../ui';
import { useRecordUi } from './recordUi';
import './i18n';

export interface DeleteTarget {
  readonly kind: Kind;
  readonly id: string;
  /** What the record is called in the button, the question and the «er slettet» row. */
  readonly name: string;
  /** The list it is drawn in (useRecordRows), where the «Angre» row takes its place. */
  readonly list: string;
  /**
   * What is deleted with it, in words («5 medlemskap»): when given, the
   * button asks first. Leave it out when nothing goes with the record.
   */
  readonly children?: string;
}

/**
 * «Slett» for one record: asks first when children go with it, deletes it
 * as one undo step, and leaves a DeletedRecord with «Angre» in its place.
 */
export function DeleteRecordButton({ kind, id, name, list, children }: DeleteTarget) {
  const { t } = useTranslation('records');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
  }, [asking]);

  const remove = async () => {
    setBusy(true);
    try {
      const tx = await deleteRecord(kind, id, t('deleteStep', { name }));
      useRecordUi.getState().buried(list, { kind, id, name, tx });
    } catch {
      // The header's save status says why; the record stays.
      setBusy(false);
    }
  };
  const cancel = () => {
    setAsking(false);
    requestAnimationFrame(() => buttonRef.current?.focus());
  };

  if (asking) {
    return (
      <span className="record-confirm" role="group" aria-label={t('deleteName', { name })}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault(); // the question closes, not the editor around it
          cancel();
        }}>
        <span className="record-confirm-question">{t('confirmDelete', { name, what: children })}</span>{' '}
        <Button variant="danger" size="sm" disabled={busy} onClick={() => void remove()}>{t('confirm')}</Button>{' '}
        <Button size="sm" ref={cancelRef} onClick={cancel}>{t('cancel')}</Button>
      </span>
    );
  }
  return (
    // A quiet bin beside each record (red only under the pointer or focus): a list of red buttons shouts.
    <IconButton icon={Trash2} size="sm" ref={buttonRef} disabled={busy} className="record-delete"
      label={t('deleteName', { name })} onClick={() => (children ? setAsking(true) : void remove())} />
  );
}
