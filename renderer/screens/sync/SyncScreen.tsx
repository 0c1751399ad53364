import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChanges, useWorkbookVersion } from '../../data/changes';
import { BackupPanel } from './BackupPanel';
import { ConflictList } from './ConflictList';
import { useSyncFocus } from './desktop';
import { ExportPanel } from './ExportPanel';
import { formatWhen } from './format';
import { HeldBackPanel } from './HeldBackPanel';
import { HistoryPanel } from './HistoryPanel';
import { ImportPanel } from './ImportPanel';
import { InstallationPanel } from './InstallationPanel';
import { errorText, exchangeWithSyncFolder, useSyncData, type SyncStatus } from './store';
import './i18n';
import './sync.css';
import { CircleCheck, TriangleAlert } from 'lucide-react';
import { Button, IconText } from '../../ui';

/** The desktop menu's requests already acted on, so a later visit does not move focus again. */
let handledFocus = 0;

/**
 * Synkronisering: this installation and the others, making and importing sync
 * files, open conflicts, the history and the backups.
 */
export function SyncScreen() {
  const { t } = useTranslation('sync');
  const { status, conflicts, backups, exchanges, loaded, error, load } = useSyncData();
  // Anything written anywhere (an edit, an import, the sync folder, a setting) may change what the others lack.
  const versions = useChanges((s) => s.versions);
  const workbook = useWorkbookVersion();
  useEffect(() => {
    void load();
  }, [load, versions, workbook]);

  const exportHeading = useRef<HTMLHeadingElement>(null);
  const importHeading = useRef<HTMLHeadingElement>(null);
  const conflictsHeading = useRef<HTMLHeadingElement>(null);
  const focus = useSyncFocus();
  useEffect(() => {
    if (!loaded || focus.seq === handledFocus) return;
    handledFocus = focus.seq;
    (focus.target === 'export' ? exportHeading : importHeading).current?.focus();
  }, [focus.seq, focus.target, loaded]);

  return (
    <section aria-labelledby="sync-title" className="screen sync-screen">
      <header className="screen-head">
        <h1 id="sync-title">{t('title')}</h1>
        <p className="lede">{t('lede')}</p>
      </header>
      {error ? <p role="alert" className="sync-error">{error}</p> : !loaded || !status ? <p>{t('loading')}</p> : (
        <>
          <Summary status={status} onShowConflicts={() => conflictsHeading.current?.focus()} />
          <HeldBackPanel files={exchanges.heldBack} />
          <div className="sync-columns">
            <ExportPanel status={status} headingRef={exportHeading} />
            <ImportPanel headingRef={importHeading} />
          </div>
          <ConflictList conflicts={conflicts} hereName={status.replicaName} headingRef={conflictsHeading} />
          {status.syncFolder ? <FolderPanel folder={status.syncFolder} /> : null}
          <InstallationPanel status={status} />
          <HistoryPanel entries={exchanges.entries} />
          <BackupPanel backups={backups} />
        </>
      )}
    </section>
  );
}

function Summary({ status, onShowConflicts }: { status: SyncStatus; onShowConflicts(): void }) {
  const { t } = useTranslation('sync');
  return (
    <dl className="sync-summary">
      <div>
        <dt>{t('summary.installation')}</dt>
        <dd>{status.replicaName}</dd>
      </div>
      <div>
        <dt>{t('summary.changes')}</dt>
        <dd>{t('summary.changeCount', { count: status.changeCount })}</dd>
      </div>
      <div>
        <dt>{t('summary.conflicts')}</dt>
        <dd>
          {status.openConflicts === 0 ? <IconText icon={CircleCheck} tone="success">{t('summary.noConflicts')}</IconText> : (
            <>
              <IconText icon={TriangleAlert} tone="warning">{t('summary.someConflicts', { count: status.openConflicts })}</IconText>{' '}
              <Button variant="quiet" size="sm" onClick={onShowConflicts}>{t('summary.showConflicts')}</Button>
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('summary.lastExport')}</dt>
        <dd>{formatWhen(status.lastExportAt) || t('summary.never')}</dd>
      </div>
    </dl>
  );
}

function FolderPanel({ folder }: { folder: string }) {
  const { t } = useTranslation('sync');
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ ok: boolean; text: string; skipped?: string[] }>();
  const exchange = async () => {
    setBusy(true);
    try {
      const r = await exchangeWithSyncFolder();
      setSaid({
        ok: true,
        text: r.heldBack.length > 0
          ? `${t('folder.done', { imported: r.imported.length, skipped: r.skipped.length })} ${t('folder.heldBack', { count: r.heldBack.length })}`
          : t('folder.done', { imported: r.imported.length, skipped: r.skipped.length }),
        skipped: r.skipped.map((s) => t('folder.skipped', { file: s.file, reason: s.reason })),
      });
    } catch (e) {
      setSaid({ ok: false, text: t('folder.failed', { message: errorText(e) }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('folder.title')}</h2>
      <p>{t('folder.path', { path: folder })}</p>
      <Button variant="secondary" disabled={busy} onClick={() => void exchange()}>{t('folder.exchange')}</Button>
      <p role="status" className="live-line">{busy ? t('folder.exchanging') : said?.ok ? said.text : ''}</p>
      {said?.skipped?.length ? <ul>{said.skipped.map((s) => <li key={s}>{s}</li>)}</ul> : null}
      {said && !said.ok ? <p role="alert" className="sync-error">{said.text}</p> : null}
    </section>
  );
}
