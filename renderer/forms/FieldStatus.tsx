import { useTranslation } from 'react-i18next';
import type { FieldSaveState } from '../data/fieldSaver';
import type { Draft } from '../data/drafts';
import { Check, LoaderCircle, Pencil, TriangleAlert, type LucideIcon } from 'lucide-react';
import { Button } from '../ui';
import { formatClock } from './clock';

const ICONS: Record<Exclude<FieldSaveState['state'], 'clean'>, LucideIcon> = { unsaved: Pencil, saving: LoaderCircle, saved: Check, failed: TriangleAlert };

/**
 * One field's saving state in words with an icon (never colour alone):
 * unsaved, saving, saved at HH.MM, or failed with the reason and a retry.
 * A live region, so screen readers hear it without moving focus.
 */
export function FieldStatus({ state, onRetry, id }: { state: FieldSaveState; onRetry(): void; id?: string }) {
  const { t, i18n } = useTranslation();
  const text =
    state.state === 'unsaved' ? t('fieldSave.unsaved')
      : state.state === 'saving' ? t('fieldSave.saving')
        : state.state === 'saved' ? t('fieldSave.saved', { time: formatClock(state.at, i18n.language) })
          : state.state === 'failed' ? t('fieldSave.failed', { message: state.message })
            : '';
  return (
    <div id={id} className={`field-status field-status-${state.state}`} role="status" aria-live="polite">
      {text && state.state !== 'clean' ? <><FieldStatusIcon Icon={ICONS[state.state]} /> {text}</> : null}
      {state.state === 'failed' ? (
        <>
          {' '}<span className="field-status-kept">{t('fieldSave.kept')}</span>{' '}
          <Button size="sm" className="field-status-retry" onClick={onRetry}>{t('fieldSave.retry')}</Button>
        </>
      ) : null}
    </div>
  );
}

function FieldStatusIcon({ Icon }: { Icon: LucideIcon }) {
  return <Icon aria-hidden="true" size={14} className="field-status-icon" />;
}

/** Text from an earlier session that never reached the workbook, offered back at its field. */
export function DraftOffer({ draft, onUse, onDiscard }: { draft: Draft; onUse(): void; onDiscard(): void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="draft-offer" role="group" aria-label={t('drafts.offerLabel', { label: draft.label })}>
      <p>
        <TriangleAlert aria-hidden="true" size={16} className="inline-icon" /> 
        {t('drafts.offer', { time: formatClock(new Date(draft.at), i18n.language) })}
      </p>
      <blockquote className="draft-text">{draft.text.length > 300 ? `${draft.text.slice(0, 300)} …` : draft.text}</blockquote>
      <Button size="sm" variant="primary" onClick={onUse}>{t('drafts.use')}</Button>{' '}
      <Button size="sm" onClick={onDiscard}>{t('drafts.discard')}</Button>
    </div>
  );
}
