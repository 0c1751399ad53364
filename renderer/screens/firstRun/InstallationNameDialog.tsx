import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INSTALLATION_NAME_MAX, composeInstallationName, installationNameProblem } from '../../../shared/rules/installationName';
import { errorMessage } from '../../api/client';
import { nameInstallation } from '../../data/mutations';
import { useWorkbookStore } from '../../stores/workbookStore';
import { useMunicipalities } from './municipalities';
import './firstRunI18n';
import './firstRun.css';

const OTHER = '';

/**
 * Asks for this installation's name as municipality and place, and shows the
 * name it makes («Indre Østfold – Mysen bibliotek») before it is saved.
 * Escape and «Senere» close it without saving (onClose(false)).
 */
export function InstallationNameDialog({ onClose }: { onClose: (saved: boolean) => void }) {
  const { t } = useTranslation('firstRun');
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const choices = useMunicipalities();
  const [municipality, setMunicipality] = useState<string>();
  const [otherName, setOtherName] = useState('');
  const [place, setPlace] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  // The first municipality is chosen until the person chooses; «Annen» when the workbook names none.
  const chosen = municipality ?? choices[0] ?? OTHER;
  const name = composeInstallationName(chosen === OTHER ? otherName : chosen, place);
  const problem = installationNameProblem(name);
  const problemText = problem === 'empty' ? t('empty') : problem === 'tooLong' ? t('tooLong', { max: INSTALLATION_NAME_MAX }) : undefined;

  async function save() {
    setTried(true);
    if (problem) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await nameInstallation(name);
      await useWorkbookStore.getState().load();
      onClose(true);
    } catch (e) {
      setFailure(t('failed', { message: errorMessage(e) }));
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialog} className="first-run-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-intro`}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose(false);
      }}>
      <form method="dialog" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <h2 id={`${id}-title`}>{t('title')}</h2>
        <p id={`${id}-intro`}>{t('intro')}</p>
        <fieldset className="first-run-municipality">
          <legend>{t('municipality')}</legend>
          {[...choices, OTHER].map((m) => (
            <label key={m || 'other'}>
              <input type="radio" name={`${id}-municipality`} value={m} checked={chosen === m} onChange={() => setMunicipality(m)} />
              {m || t('other')}
            </label>
          ))}
          {chosen === OTHER ? (
            <label className="first-run-field">
              {t('otherName')}
              <input type="text" value={otherName} onChange={(e) => setOtherName(e.target.value)} />
            </label>
          ) : null}
        </fieldset>
        <label className="first-run-field">
          {t('place')}
          <input type="text" value={place} autoFocus aria-describedby={`${id}-place-hint`} onChange={(e) => setPlace(e.target.value)} />
        </label>
        <p id={`${id}-place-hint`} className="first-run-hint">{t('placeHint')}</p>
        <p className="first-run-preview" aria-live="polite">
          {t('preview')}: <strong data-testid="installation-name-preview">{name ? `«${name}»` : t('previewEmpty')}</strong>
        </p>
        {tried && problemText ? <p role="alert" className="field-error">{problemText}</p> : null}
        {failure ? <p role="alert" className="field-error">{failure}</p> : null}
        <div className="first-run-buttons">
          <button type="button" disabled={busy} onClick={() => onClose(false)} aria-describedby={`${id}-later`}>{t('later')}</button>
          <button type="submit" className="primary" disabled={busy}>{busy ? t('saving') : t('save')}</button>
        </div>
        <p id={`${id}-later`} className="first-run-hint">{t('laterHint')}</p>
      </form>
    </dialog>
  );
}
