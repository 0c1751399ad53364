import type { TFunction } from 'i18next';
import { deletionPercent } from '../../../shared/rules/massDeletion';
import type { ExchangeEntry } from './store';

/**
 * The words of one exchange in the history (listExchanges, kept in the
 * workbook by the import and export themselves: the page, the CLI and the
 * sync folder all leave an entry). The page keeps no notes of its own.
 */
export interface HistoryRow {
  readonly key: number;
  readonly at: string;
  readonly event: ExchangeEntry['event'];
  readonly what: string;
  readonly who: string;
  readonly file: string;
  readonly result: string;
}

export function historyRow(t: TFunction<'sync'>, e: ExchangeEntry): HistoryRow {
  const who = e.peerName || (e.peerId ? t('installation.unnamed', { id: e.peerId.slice(0, 8) })
    : e.full ? t('history.newInstallation') : t('history.everyone'));
  const via = e.via === 'folder' ? t(e.event === 'export' ? 'history.viaFolderOut' : 'history.viaFolder') : e.via === 'join' ? t('history.viaJoin') : '';
  const what = `${t(`history.event.${e.event}`)}${via ? ` ${via}` : ''}`;
  const parts: string[] = [];
  if (e.event === 'export') parts.push(t('changes', { count: e.changes }));
  if (e.event === 'import') {
    parts.push(t('history.applied', { count: e.applied }));
    if (e.changes > e.applied) parts.push(t('history.alreadyHere', { count: e.changes - e.applied }));
    if (e.conflicts > 0) parts.push(t('history.conflicts', { count: e.conflicts }));
    if (e.deleted !== null && e.live !== null) parts.push(t('history.deletionAgreed', { deleted: e.deleted, live: e.live }));
  }
  if (e.event === 'held-back' && e.deleted !== null && e.live !== null) {
    parts.push(t('history.wouldDelete', { deleted: e.deleted, live: e.live, percent: deletionPercent({ deleted: e.deleted, live: e.live }) }));
  }
  if (e.full && e.event !== 'held-back') parts.push(t('history.full'));
  if (e.encrypted) parts.push(t('history.encrypted'));
  return { key: e.id, at: e.at, event: e.event, what, who, file: e.file ?? '', result: parts.join(', ') };
}
