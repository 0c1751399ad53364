import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INSTALLATION_NAME_MAX, composeInstallationName, installationNameProblem } from '../../../shared/rules/installationName';
import { errorMessage } from '../../api/client';
import { nameInstallation } from '../../data/mutations';
import { useWorkbookStore } from '../../stores/workbookStore';
import { Button, Dialog, Field } from '../../ui';
import { useMunicipalities } from './municipalities';
import './firstRunI18n';
import './firstRun.css';

const OTHER = '';

/**
 * Asks for this installation's name as municipality and place, and shows the
 * name it makes («Indre Østfold – Mysen bibliotek») before it is saved.
 * Escape, «Senere», the close button and a click beside it close it without saving (onClose(false)).
 */
export function InstallationNameDialog({ onClose }: { onClose: (saved: boolean) => void }) {
  const { t } = useTranslation('firstRun');
  const id = useId();
  const placeInput = useRef<HTMLInputElement>(null);
  const choices = useMunicipalities();
  const [municipality, setMunicipality] = useState<string>();
  const [otherName, setOtherName] = useState('');
  const [place, setPlace] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  // After the kit's Dialog has opened (a child's effect runs first): start where most people type.
  useEffect(() => placeInput.current?.focus(), []);

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

  const later = () => { if (!busy) onClose(false); };
  return (
    <Dialog open title={t('title')} onClose={later}
      footer={(
        <>
          <Button disabled={busy} onClick={later} aria-describedby={`${id}-later`}>{t('later')}</Button>
          <Button type="submit" form={`${id}-form`} variant="primary" disabled={busy}>{busy ? t('saving') : t('save')}</Button>
        </>
      )}>
      <form id={`${id}-form`} className="first-run-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <p className="first-run-intro">{t('intro')}</p>
        <fieldset className="first-run-municipality">
          <legend className="ui-field-label">{t('municipality')}</legend>
          <div className="first-run-choices">
            {[...choices, OTHER].map((m) => (
              <label key={m || 'other'} className="ui-checkbox">
                <input type="radio" name={`${id}-municipality`} value={m} checked={chosen === m} onChange={() => setMunicipality(m)} />
                <span>{m || t('other')}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {chosen === OTHER ? (
          <Field label={t('otherName')}>
            <input type="text" value={otherName} onChange={(e) => setOtherName(e.target.value)} />
          </Field>
        ) : null}
        <Field label={t('place')} hint={t('placeHint')}
          error={tried && problemText ? <span role="alert">{problemText}</span> : undefined}>
          <input ref={placeInput} type="text" value={place} onChange={(e) => setPlace(e.target.value)} />
        </Field>
        <p className="first-run-preview" aria-live="polite">
          {t('preview')}: <strong data-testid="installation-name-preview">{name ? `«${name}»` : t('previewEmpty')}</strong>
        </p>
        {failure ? <p role="alert" className="ui-field-error">{failure}</p> : null}
        <p id={`${id}-later`} className="ui-field-hint">{t('laterHint')}</p>
      </form>
    </Dialog>
  );
}
