import { ShieldAlert } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { deletionPercent } from '../../../shared/rules/massDeletion';
import { useSyncFocus } from './desktop';
import { formatWhen } from './format';
import { useImportFlow, type HeldBackFile } from './store';
import { useWorkbookStore } from '../../stores/workbookStore';
import { Button } from '../../ui';

/**
 * The sync folder's files the mass-deletion guard holds back
 * (shared/rules/massDeletion.ts): the folder never applies them by itself.
 * Each says what it would delete and what to do: look at the preview and
 * read it in there if the deletion is meant, or ask its sender and leave it.
 */
export function HeldBackPanel({ files }: { files: readonly HeldBackFile[] }) {
  const { t } = useTranslation('sync');
  const id = useId();
  // Only the desktop app reads files by path; the web host's page is told where the file is, to choose it.
  const byPath = useWorkbookStore((s) => s.info?.canSwitchWorkbook === true);
  if (files.length === 0) return null;
  const preview = (f: HeldBackFile) => {
    useSyncFocus.getState().request('import');
    useImportFlow.getState().receive({ name: f.file, path: f.path });
  };
  return (
    <section className="panel sync-held" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}><ShieldAlert aria-hidden="true" className="sync-held-icon" /> {t('heldBack.title', { count: files.length })}</h2>
      <p>{t('heldBack.hint')}</p>
      <ul className="sync-held-list">
        {files.map((f) => {
          const who = f.peerName || (f.peerId ? t('installation.unnamed', { id: f.peerId.slice(0, 8) }) : t('notes.unnamed'));
          return (
            <li key={f.file}>
              <p className="sync-held-what">
                <strong className="sync-file-name">{f.file}</strong>{' '}
                {t('heldBack.what', { name: who, deleted: f.deleted, live: f.live, percent: deletionPercent(f), when: formatWhen(f.at) })}
              </p>
              <p className="panel-hint">{t('heldBack.todo', { name: who })}</p>
              {byPath ? (
                <Button variant="secondary" size="sm" onClick={() => preview(f)} aria-label={t('heldBack.previewLabel', { file: f.file })}>
                  {t('heldBack.preview')}
                </Button>
              ) : <p className="panel-hint sync-file-name">{t('heldBack.chooseIt', { path: f.path })}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
