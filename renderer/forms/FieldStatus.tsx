import { useTranslation } from 'react-i18next';
import type { FieldSaveState } from '../data/fieldSaver';
import type { Draft } from '../data/drafts';
import { Button } from '../ui';
import { formatClock } from './clock';

const ICONS: Record<FieldSaveState['state'], string> = { clean: '', unsaved: '✎', saving: '↻', saved: '✓', failed: '⚠' };

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
      {text ? <><span className="field-status-icon" aria-hidden="true">{ICONS[state.state]}</span> {text}</> : null}
      {state.state === 'failed' ? (
        <>
          {' '}<span className="field-status-kept">{t('fieldSave.kept')}</span>{' '}
          <Button size="sm" className="field-status-retry" onClick={onRetry}>{t('fieldSave.retry')}</Button>
        </>
      ) : null}
    </div>
  );
}

/** Text from an earlier session that never reached the workbook, offered back at its field. */
export function DraftOffer({ draft, onUse, onDiscard }: { draft: Draft; onUse(): void; onDiscard(): void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="draft-offer" role="group" aria-label={t('drafts.offerLabel', { label: draft.label })}>
      <p>
        <span aria-hidden="true">⚠ </span>
        {t('drafts.offer', { time: formatClock(new Date(draft.at), i18n.language) })}
      </p>
      <blockquote className="draft-text">{draft.text.length > 300 ? `${draft.text.slice(0, 300)} …` : draft.text}</blockquote>
      <Button size="sm" variant="primary" onClick={onUse}>{t('drafts.use')}</Button>{' '}
      <Button size="sm" onClick={onDiscard}>{t('drafts.discard')}</Button>
    </div>
  );
}
