import { useEffect, useId, useRef, useState, type DragEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { readAsBase64 } from './files';
import { ImportFailure } from './ImportFailure';
import { ImportNotes } from './ImportNotes';
import { ImportPreview } from './ImportPreview';
import { errorText, useImportFlow } from './store';
import { Button } from '../../ui';

/**
 * "Les inn synkfil": by the file button or by dropping a file on the zone
 * (the button is in the zone, so the keyboard reaches it too). The file is
 * previewed first; nothing changes until the user applies it. The desktop
 * app's page sends its path, the web host's page its content.
 */
export function ImportPanel({ headingRef }: { headingRef?: Ref<HTMLHeadingElement> }) {
  const { t } = useTranslation('sync');
  const id = useId();
  const flow = useImportFlow();
  const input = useRef<HTMLInputElement>(null);
  const passphrase = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const { phase } = flow;
  // A file dropped beside the zone would make the browser leave the page for it; here it is ignored instead.
  useEffect(() => {
    const ignore = (e: globalThis.DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    window.addEventListener('dragover', ignore);
    window.addEventListener('drop', ignore);
    return () => {
      window.removeEventListener('dragover', ignore);
      window.removeEventListener('drop', ignore);
    };
  }, []);

  const take = async (file: File | undefined) => {
    if (!file) return;
    const { reading, readFailed, choose } = useImportFlow.getState();
    // The desktop app knows where a chosen or dropped file lies: the API reads it there, once.
    const path = window.prosjektboka?.pathForFile?.(file);
    if (path) {
      await choose({ name: file.name, path });
      return;
    }
    reading(file.name);
    let base64: string;
    try {
      base64 = await readAsBase64(file);
    } catch (e) {
      readFailed(file.name, t('import.readFailed', { name: file.name, message: errorText(e) }));
      return;
    }
    await choose({ name: file.name, base64 });
  };

  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void take(e.dataTransfer.files[0]);
  };

  const busy = phase.step === 'reading' || phase.step === 'previewing' || phase.step === 'importing';
  const progress = phase.step === 'reading' ? t('import.reading', { name: phase.name })
    : phase.step === 'previewing' ? t('import.previewing', { name: phase.file.name })
      : phase.step === 'importing' ? t('import.importing', { name: phase.file.name })
        : null;
  const done = flow.imported;
  const result = !done ? ''
    : done.report.applied === 0 ? t('import.importedNothing', { file: done.file.name, name: done.report.sender.name })
      : done.report.newConflicts > 0
        ? t('import.importedConflicts', { count: done.report.newConflicts, name: done.report.sender.name, changes: t('changes', { count: done.report.applied }) })
        : t('import.imported', { name: done.report.sender.name, changes: t('changes', { count: done.report.applied }) });

  return (
    <section className="panel sync-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>{t('import.title')}</h2>
      <p className="panel-hint">{t('import.hint')}</p>
      <div className="field">
        <label htmlFor={`${id}-pass`}>{t('import.passphrase')}</label>
        <input id={`${id}-pass`} className="ui-input" ref={passphrase} type="password" autoComplete="off" value={flow.passphrase}
          onChange={(e) => flow.setPassphrase(e.target.value)} />
      </div>
      <div className={`sync-drop${dragging ? ' sync-drop-active' : ''}`}
        onDragEnter={onDragOver} onDragOver={onDragOver} onDragLeave={(e) => {
          // Leaving for the zone's own text or button is not leaving the zone.
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }} onDrop={onDrop}>
        <p className="sync-drop-text">{dragging ? t('import.dropActive') : t('import.drop')}</p>
        <p className="sync-drop-or">{t('import.or')}</p>
        <Button variant="secondary" disabled={busy} onClick={() => input.current?.click()}>{t('import.choose')}</Button>
        <input ref={input} type="file" accept=".pbsync" hidden aria-label={t('import.fileInput')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            // The same file may be chosen again (after typing the passphrase).
            e.target.value = '';
            void take(file);
          }} />
      </div>
      <p role="status" className="live-line">{progress ?? result}</p>
      {done && !progress ? <ImportNotes report={done.report} /> : null}
      {phase.step === 'failed' ? (
        <ImportFailure message={phase.message} code={phase.code} hasFile={phase.file !== undefined}
          onPassphrase={() => passphrase.current?.focus()} onRetry={() => void flow.retry()} onClose={() => flow.cancel()} />
      ) : null}
      {phase.step === 'preview' || phase.step === 'importing' ? (
        <ImportPreview fileName={phase.file.name} report={phase.report} busy={phase.step === 'importing'}
          onApply={() => void flow.apply()} onCancel={() => flow.cancel()} />
      ) : null}
      {flow.waiting.length > 0 ? <p className="panel-hint">{t('import.waiting', { count: flow.waiting.length })}</p> : null}
    </section>
  );
}
