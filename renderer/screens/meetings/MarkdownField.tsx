import { useId, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import type { Kind } from '../../../shared/model/kinds';
import { updateRecord } from '../../data/mutations';
import { recordDraftKey, textDraft } from '../../forms/fields';
import { DraftOffer, FieldStatus } from '../../forms/FieldStatus';
import { useAutosave } from '../../forms/useAutosave';
import { validateField } from '../../forms/validateField';
import { Segmented } from '../../ui';

/**
 * Markdown inside the page sits under the section's h2: its headings move
 * down two levels so the page's outline stays whole. Links to other sites
 * open outside the app.
 */
const shift = (level: number) => {
  const Tag = `h${Math.min(level + 2, 6)}` as 'h3' | 'h4' | 'h5' | 'h6';
  return function Heading({ node: _node, ...rest }: ComponentProps<'h1'> & { node?: unknown }) {
    return <Tag {...rest} />;
  };
};
const COMPONENTS: Components = {
  h1: shift(1), h2: shift(2), h3: shift(3), h4: shift(4), h5: shift(5), h6: shift(6),
  a: ({ node: _node, href, children, ...rest }) =>
    /^https?:/i.test(href ?? '')
      ? <a {...rest} href={href} target="_blank" rel="noreferrer noopener">{children}</a>
      : <a {...rest} href={href}>{children}</a>,
};

/**
 * Markdown rendered without raw HTML: react-markdown drops HTML in the text
 * unless rehype-raw is added, and it cleans javascript: links, so what a
 * colleague typed cannot run in the app.
 */
export function MarkdownView({ text }: { text: string }) {
  return <Markdown remarkPlugins={[remarkGfm]} components={COMPONENTS}>{text}</Markdown>;
}

/**
 * A Markdown text of one record (agenda, minutes, decisions) with Rediger /
 * Forhåndsvis. Saved as it is typed (a pause after the last key, and on
 * leaving), with undo and its saving state shown; the preview shows what is
 * typed, saved or not.
 */
export function MarkdownField({ kind, record, field, label, undoLabel }: {
  kind: Kind;
  record: { id: string } & Record<string, unknown>;
  field: string;
  label: string;
  undoLabel: string;
}) {
  const { t } = useTranslation('meetings');
  const id = useId();
  const value = String(record[field] ?? '');
  const [mode, setMode] = useState<'edit' | 'preview'>(value.trim() ? 'preview' : 'edit');
  const save = useAutosave({
    value, label,
    validate: (v) => validateField(kind, field, v),
    save: (v, o) => updateRecord(kind, record.id, { [field]: v }, undefined, undoLabel, o),
    draft: textDraft(recordDraftKey(kind, record.id, field)),
  });
  const current = save.value;
  const error = save.error;

  return (
    <section className="mb-md" aria-labelledby={`${id}-label`}>
      <div className="mb-md-head">
        <h2 id={`${id}-label`}>{label}</h2>
        <Segmented label={t('text.mode', { field: label })} value={mode} onChange={setMode}
          options={[{ value: 'edit', label: t('text.edit') }, { value: 'preview', label: t('text.preview') }]} />
      </div>
      {save.offered ? <DraftOffer draft={save.offered.draft} onUse={save.offered.use} onDiscard={save.offered.discard} /> : null}
      {mode === 'edit' ? (
        <>
          <textarea id={`${id}-input`} aria-labelledby={`${id}-label`}
            aria-describedby={`${id}-hint ${id}-status${error ? ` ${id}-error` : ''}`}
            aria-invalid={Boolean(error)} value={current} rows={Math.min(18, Math.max(6, current.split('\n').length + 2))}
            onChange={(e) => save.change(e.target.value)} onFocus={save.focus} onBlur={save.blur} />
          <p id={`${id}-hint`} className="ui-field-hint">{t('text.hint')}</p>
          {error ? <p id={`${id}-error`} className="field-error">{error}</p> : null}
        </>
      ) : (
        <div className="mb-md-preview">
          {current.trim() ? <MarkdownView text={current} /> : <p className="ui-field-hint">{t('text.empty')}</p>}
        </div>
      )}
      <FieldStatus id={`${id}-status`} state={save.state} onRetry={save.retry} />
    </section>
  );
}
