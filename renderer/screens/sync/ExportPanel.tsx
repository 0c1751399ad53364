import { useId, useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBase64 } from '../../print/downloads';
import { SYNC_MIME_TYPE } from './files';
import { formatSize } from './format';
import { FULL_FILE, errorText, makeSyncFile, type ExportResult, type SyncStatus } from './store';
import { TriangleAlert } from 'lucide-react';
import { Button } from '../../ui';

type State = { step: 'idle' } | { step: 'making' } | { step: 'made'; result: ExportResult } | { step: 'failed'; message: string };

/**
 * "Lag synkfil": for one installation, for all, or a full file for a new
 * one, optionally encrypted. The file is offered as a download in the browser
 * and in the desktop app alike (the page cannot tell them apart).
 */
export function ExportPanel({ status, headingRef }: { status: SyncStatus; headingRef?: Ref<HTMLHeadingElement> }) {
  const { t } = useTranslation('sync');
  const id = useId();
  const [recipient, setRecipient] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [state, setState] = useState<State>({ step: 'idle' });
  const full = recipient === FULL_FILE;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setState({ step: 'making' });
    try {
      const result = await makeSyncFile({ recipient, passphrase });
      if (result.contentBase64 !== undefined) downloadBase64(result.fileName, SYNC_MIME_TYPE, result.contentBase64);
      setState({ step: 'made', result });
      setPassphrase('');
    } catch (err) {
      setState({ step: 'failed', message: errorText(err) });
    }
  };

  const said = state.step === 'making' ? t('export.making')
    : state.step === 'made' ? t('export.made', {
      fileName: state.result.fileName,
      changes: t('changes', { count: state.result.changeCount }),
      size: formatSize(state.result.bytes),
      encryption: state.result.encrypted ? t('export.encrypted') : t('export.notEncrypted'),
    })
      : '';

  return (
    <section className="panel sync-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>{t('export.title')}</h2>
      <p className="panel-hint">{t('export.hint')}</p>
      <form onSubmit={(e) => void submit(e)} className="sync-form">
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('export.recipient')}</label>
          <select id={`${id}-to`} className="ui-select" value={recipient} onChange={(e) => setRecipient(e.target.value)}
            aria-describedby={full ? `${id}-full` : undefined}>
            <option value="">{t('export.everyone')}</option>
            {status.peers.map((p) => (
              <option key={p.replicaId} value={p.replicaId}>{p.name || t('installation.unnamed', { id: p.replicaId.slice(0, 8) })}</option>
            ))}
            <option value={FULL_FILE}>{t('export.full')}</option>
          </select>
          {full ? <p id={`${id}-full`} className="field-hint">{t('export.fullHint')}</p> : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-pass`}>{t('export.passphrase')}</label>
          <input id={`${id}-pass`} className="ui-input" type="password" autoComplete="new-password" value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)} aria-describedby={`${id}-pass-hint`} />
          <p id={`${id}-pass-hint`} className="field-hint">{t('export.passphraseHint')}</p>
        </div>
        {full && !passphrase ? <p className="sync-warning"><TriangleAlert aria-hidden="true" size={16} className="inline-icon" /> {t('export.fullWithoutPassphrase')}</p> : null}
        <Button type="submit" variant="primary" disabled={state.step === 'making'}>{t('export.make')}</Button>
      </form>
      <p role="status" className="live-line">{said}</p>
      {state.step === 'failed' ? <p role="alert" className="sync-error">{t('export.failed', { message: state.message })}</p> : null}
    </section>
  );
}
