import { useTranslation } from 'react-i18next';
import { CloudOff, RefreshCw, TriangleAlert } from 'lucide-react';
import { formatDateNb } from '../../shared/rules/dates';
import { localDay } from '../data/attention';
import { useAttention } from '../stores/attentionStore';
import './i18n';

/** The header's sync state: open conflicts first (they need someone), else when this installation last exchanged a file. */
export function SyncState() {
  const { t } = useTranslation('shell');
  const { openConflicts, lastExchangeAt, loaded } = useAttention();
  if (!loaded) return null;
  const [cls, Icon, text, title] =
    openConflicts > 0
      ? ['sync-state sync-state-conflicts', TriangleAlert, t('sync.conflicts', { count: openConflicts }), t('sync.conflictsTitle', { count: openConflicts })]
      : lastExchangeAt
        ? ['sync-state', RefreshCw, t('sync.last', { date: formatDateNb(localDay(lastExchangeAt)) }), t('sync.lastTitle', { date: formatDateNb(localDay(lastExchangeAt)) })]
        : ['sync-state', CloudOff, t('sync.never'), t('sync.neverTitle')];
  return (
    <a className={cls} href="#/sync" title={title}>
      <Icon aria-hidden="true" size={16} />
      <span>{text}</span>
    </a>
  );
}
