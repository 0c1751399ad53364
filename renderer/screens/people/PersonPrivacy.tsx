import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { printRoute } from '../../../shared/report/printRoutes';
import { call, errorMessage } from '../../api/client';
import { downloadBase64 } from '../../print/downloads';
import { Button, buttonClass } from '../../ui';
import { EraseDialog } from './EraseDialog';
import type { PersonDossier } from './personStore';

/** Personvern: what the workbook holds about the person, as a file or a printout, and erasing them. */
export function PersonPrivacy({ dossier }: { dossier: PersonDossier }) {
  const { t } = useTranslation('people');
  const [status, setStatus] = useState<{ text: string; failed: boolean } | undefined>();
  const [asking, setAsking] = useState(false);
  const id = dossier.person.id;

  async function exportJson() {
    try {
      const file = await call('exportPerson', { id });
      downloadBase64(file.fileName, file.mimeType, file.base64);
      setStatus({ text: t('privacy.exported', { file: file.fileName }), failed: false });
    } catch (e) {
      setStatus({ text: t('privacy.failed', { reason: errorMessage(e) }), failed: true });
    }
  }

  return (
    <section aria-labelledby="person-privacy" className="person-privacy">
      <h3 id="person-privacy">{t('privacy.heading')}</h3>
      {dossier.mentions.length > 0 ? <p>{t('privacy.mentioned', { count: dossier.mentions.length })}</p> : null}
      <div className="person-privacy-actions">
        <Button size="sm" onClick={() => void exportJson()}>{t('privacy.exportJson')}</Button>
        <a className={buttonClass('secondary', 'sm', 'ui-button-link')} href={printRoute('person', { id })}>{t('privacy.print')}</a>
        {dossier.erased ? null : (
          <Button variant="danger" size="sm" onClick={() => setAsking(true)}>{t('privacy.erase')}</Button>
        )}
      </div>
      <p role="status" className={status?.failed ? 'field-error' : 'muted'}>{status?.text ?? ''}</p>
      {asking ? (
        <EraseDialog
          dossier={dossier}
          onClose={(outcome) => {
            setAsking(false);
            if (outcome) setStatus(outcome);
          }}
        />
      ) : null}
    </section>
  );
}
