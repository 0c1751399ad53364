import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ImportReport } from './store';
import './trustI18n';
import { msg } from '../../../shared/messages/catalogue';
import { wordText } from '../../i18n/messages';
import { deletionPercent } from '../../../shared/rules/massDeletion';

/**
 * What an import (or its preview) found beyond the changes: a clock that is
 * wrong and by how much, own changes that were missing, changes still to
 * come, a sync key taken from the file (docs/sync.md).
 */
export function ImportNotes({ report }: { report: ImportReport }) {
  const { t } = useTranslation('sync');
  const notes: string[] = [];
  const name = (n: string) => n || t('notes.unnamed');
  if (report.massDeletion && report.dryRun) {
    const { deleted, live } = report.massDeletion;
    notes.push(wordText(msg('sync.mass_deletion_preview', { deleted, live, percent: deletionPercent({ deleted, live }) })));
  }
  if (report.tookKey) notes.push(t('notes.tookKey'));
  if (report.recoveredOwn > 0) notes.push(t('notes.recoveredOwn', { count: report.recoveredOwn }));
  for (const c of report.clockAhead) notes.push(t('notes.clockAhead', { name: name(c.name), ahead: duration(t, c.aheadMs) }));
  for (const m of report.stillMissing) {
    notes.push(t('notes.stillMissing', { count: m.missing, name: name(m.name), sender: name(report.sender.name) }));
  }
  if (notes.length === 0) return null;
  return (
    <ul className="sync-notes">
      {notes.map((n) => <li key={n} className="sync-attention">{n}</li>)}
    </ul>
  );
}

/** How far a clock is off, as a person would say it. */
function duration(t: TFunction<'sync'>, ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) return t('notes.minutes', { count: minutes });
  const hours = Math.round(ms / 3_600_000);
  if (hours < 48) return t('notes.hours', { count: hours });
  return t('notes.days', { count: Math.round(ms / 86_400_000) });
}
