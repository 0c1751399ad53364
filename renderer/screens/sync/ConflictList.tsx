import { useEffect, useId, useRef, useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { canWriteCombination, conflictValue, fieldLabel, formatWhen, kindLabel, markedLines, recordTitleText } from './format';
import { errorText, resolveConflict, type Conflict } from './store';
import { CircleCheck } from 'lucide-react';
import { Button, IconText } from '../../ui';

const DELETED = '_deleted';

/**
 * Open conflicts: both values side by side (long text line by line, with the
 * lines that differ marked), and a way to settle each: keep one, or write a
 * combination.
 */
export function ConflictList({ conflicts, hereName, headingRef }: {
  conflicts: readonly Conflict[];
  hereName: string;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation('sync');
  const id = useId();
  const [said, setSaid] = useState('');
  const heading = useRef<HTMLHeadingElement | null>(null);
  const setHeading = (el: HTMLHeadingElement | null) => {
    heading.current = el;
    if (typeof headingRef === 'function') headingRef(el);
    else if (headingRef) headingRef.current = el;
  };

  return (
    <section className="panel sync-conflicts" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={setHeading} tabIndex={-1}>{t('conflicts.title')}</h2>
      <p role="status" className="live-line">{said}</p>
      {conflicts.length === 0 ? <p><IconText icon={CircleCheck} tone="success">{t('conflicts.none')}</IconText></p> : (
        <>
          <p className="panel-hint">{t('conflicts.hint')}</p>
          {conflicts.map((c) => (
            <ConflictItem key={c.id} conflict={c} hereName={hereName}
              onResolved={(message) => {
                setSaid(message);
                // The settled conflict leaves the list; focus goes back to the list's heading.
                heading.current?.focus();
              }} />
          ))}
        </>
      )}
    </section>
  );
}

function ConflictItem({ conflict, hereName, onResolved }: { conflict: Conflict; hereName: string; onResolved(message: string): void }) {
  const { t } = useTranslation('sync');
  const id = useId();
  const deleted = conflict.field === DELETED;
  const title = recordTitleText(t, conflict);
  const field = fieldLabel(t, conflict.field);
  const otherName = conflict.otherReplicaName || t('conflicts.otherInstallation');
  const canCombine = !deleted && canWriteCombination(conflict);
  const [combining, setCombining] = useState(false);
  const [draft, setDraft] = useState(typeof conflict.current === 'string' ? conflict.current : '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const editor = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  useEffect(() => {
    if (combining) editor.current?.focus();
  }, [combining]);

  const resolve = async (resolution: { keep: 'current' | 'other' } | { value: unknown }) => {
    setBusy(true);
    setError(undefined);
    try {
      await resolveConflict(conflict, resolution, t('conflicts.undoLabel', { title, field }));
      onResolved(t('conflicts.resolved', { title, field }));
    } catch (e) {
      setError(t('conflicts.failed', { message: errorText(e) }));
      setBusy(false);
    }
  };
  const saveCombined = (e: FormEvent) => {
    e.preventDefault();
    void resolve({ value: draft });
  };

  return (
    <article className="sync-conflict" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('conflicts.heading', { kind: kindLabel(t, conflict.kind), title, field })}</h3>
      <p className="panel-hint">
        {t('conflicts.detected', { when: formatWhen(conflict.detectedAt) })}
        {conflict.longText ? <> {t('conflicts.longTextNote')}</> : null}
      </p>
      <div className="sync-sides">
        <div role="group" aria-labelledby={`${id}-here`} className="sync-side">
          <h4 id={`${id}-here`}>{t('conflicts.here', { name: hereName })}</h4>
          <ConflictValue conflict={conflict} side="current" deletedText={deleted ? t('conflicts.deletedHere') : undefined} />
          <Button variant="secondary" disabled={busy} onClick={() => void resolve({ keep: 'current' })}>
            {deleted ? t('conflicts.keepRecord') : t('conflicts.keepHere')}
          </Button>
        </div>
        <div role="group" aria-labelledby={`${id}-there`} className="sync-side">
          <h4 id={`${id}-there`}>{t('conflicts.there', { name: otherName })}</h4>
          <ConflictValue conflict={conflict} side="other" deletedText={deleted ? t('conflicts.deletedThere', { name: otherName }) : undefined} />
          <Button variant={deleted ? 'danger' : 'secondary'} disabled={busy}
            onClick={() => void resolve({ keep: 'other' })}>
            {deleted ? t('conflicts.deleteRecord') : t('conflicts.keepThere', { name: otherName })}
          </Button>
        </div>
      </div>
      {canCombine ? (
        <div className="sync-combine">
          <Button variant="secondary" aria-expanded={combining} aria-controls={`${id}-combine`}
            onClick={() => setCombining(!combining)}>
            {t('conflicts.combine')}
          </Button>
          {combining ? (
            <form id={`${id}-combine`} className="field" onSubmit={saveCombined}>
              <label htmlFor={`${id}-value`}>{t('conflicts.combined', { field })}</label>
              {conflict.longText ? (
                <textarea id={`${id}-value`} className="ui-input" ref={editor} rows={Math.min(20, Math.max(6, draft.split('\n').length + 1))} value={draft}
                  onChange={(e) => setDraft(e.target.value)} />
              ) : (
                <input id={`${id}-value`} className="ui-input" ref={editor} value={draft} onChange={(e) => setDraft(e.target.value)} />
              )}
              <div className="sync-actions">
                <Button type="submit" variant="primary" disabled={busy}>{t('conflicts.saveCombined')}</Button>
                <Button variant="secondary" onClick={() => setCombining(false)}>{t('conflicts.cancelCombined')}</Button>
              </div>
            </form>
          ) : null}
        </div>
      ) : null}
      {error ? <p role="alert" className="sync-error">{error}</p> : null}
    </article>
  );
}

function ConflictValue({ conflict, side, deletedText }: { conflict: Conflict; side: 'current' | 'other'; deletedText?: string }) {
  const { t } = useTranslation('sync');
  if (deletedText) return <p className="sync-value">{deletedText}</p>;
  const value = conflict[side];
  const other = conflict[side === 'current' ? 'other' : 'current'];
  if (conflict.longText && typeof value === 'string' && value !== '') {
    const lines = markedLines(value, typeof other === 'string' ? other : '');
    return (
      <div className="sync-text">
        {lines.map((l, i) => (
          <span key={i} className={l.differs ? 'sync-line sync-line-differs' : 'sync-line'}>
            {l.differs ? <span className="sr-only">{t('conflicts.differs')} </span> : null}
            {l.line || '\u00a0'}
          </span>
        ))}
      </div>
    );
  }
  const shown = conflictValue(t, conflict, side);
  return (
    <>
      <p className="sync-value">{shown.text}</p>
      {shown.detail ? <p className="sync-value-detail">{shown.detail}</p> : null}
    </>
  );
}
