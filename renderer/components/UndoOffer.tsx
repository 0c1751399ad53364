import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveOffer, useUndoOffer } from '../data/undoOffer';
import './undoOffer.css';

/**
 * «Risiko 4 er slettet. Angre» where the deleted thing was. Focus moves to
 * Angre when the offer appears, since the control that deleted is gone with
 * the record; the live region says the message to screen readers.
 */
export function UndoOffer({ place }: { place: string }) {
  const { t } = useTranslation();
  const offer = useLiveOffer(place);
  const { take, dismiss } = useUndoOffer();
  const undoButton = useRef<HTMLButtonElement>(null);
  const seq = offer?.seq;
  useEffect(() => {
    if (seq !== undefined) undoButton.current?.focus();
  }, [seq]);
  return (
    <div className="undo-offer-region" role="status" aria-live="polite">
      {offer ? (
        <p className="undo-offer">
          <span>{offer.message}</span>{' '}
          <button ref={undoButton} type="button" className="undo-offer-undo" onClick={() => void take()}>{t('history.undo')}</button>{' '}
          <button type="button" className="link undo-offer-dismiss" onClick={() => {
            dismiss();
            document.getElementById('main')?.focus();
          }}>{t('history.dismiss')}</button>
        </p>
      ) : null}
    </div>
  );
}
