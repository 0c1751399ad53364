import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ERASED_NAME } from '../../../shared/rules/personName';
import { errorMessage } from '../../api/client';
import { erasePerson } from '../../data/mutations';
import { Button } from '../../ui';
import type { PersonDossier } from './personStore';

const LISTED = 8;

/**
 * «Slett personopplysninger»: a modal that says exactly what will happen
 * (which records change, what stays, that it reaches every installation and
 * cannot be undone) before anything does. Cancel has the focus; Escape closes.
 */
export function EraseDialog({ dossier, onClose }: {
  dossier: PersonDossier;
  onClose: (outcome?: { text: string; failed: boolean }) => void;
}) {
  const { t } = useTranslation('people');
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const name = dossier.person.name;
  const mentions = dossier.mentions;

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    cancel.current?.focus();
  }, []);

  async function erase() {
    setBusy(true);
    setError(undefined);
    try {
      const outcome = await erasePerson(dossier.person.id);
      onClose({ text: t('erase.done', { name, records: outcome.records }), failed: false });
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={dialog}
      className="erase-dialog"
      aria-labelledby="erase-title"
      aria-describedby="erase-what"
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id="erase-title">{t('erase.title', { name })}</h2>
      <div id="erase-what">
        <p>{t('erase.intro')}</p>
        <ul>
          <li>{t('erase.name', { name, replacement: ERASED_NAME, count: mentions.length })}</li>
          {mentions.length > 0 ? (
            <li>
              {t('erase.where')}
              <ul>
                {mentions.slice(0, LISTED).map((m) => <li key={m.id}>{t(`erase.kind.${m.kind}`, { defaultValue: m.kind })}: {m.title}</li>)}
                {mentions.length > LISTED ? <li>{t('erase.more', { count: mentions.length - LISTED })}</li> : null}
              </ul>
            </li>
          ) : null}
          <li>{t('erase.email')}</li>
          <li>{t('erase.kept')}</li>
          <li>{t('erase.history')}</li>
          <li><strong>{t('erase.everywhere')}</strong></li>
        </ul>
      </div>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      <div className="erase-buttons">
        <Button ref={cancel} disabled={busy} onClick={() => onClose()}>{t('erase.cancel')}</Button>
        <Button variant="danger" disabled={busy} onClick={() => void erase()}>
          {busy ? t('erase.busy') : t('erase.confirm', { name })}
        </Button>
      </div>
    </dialog>
  );
}
