import { useId, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import type { Kind } from '../../../shared/model/kinds';
import { updateRecord } from '../../data/mutations';
import { validateField } from '../../forms/validateField';

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
 * Forhåndsvis. Saved when the text area loses focus, with undo; the preview
 * shows what is typed, saved or not.
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
  const [draft, setDraft] = useState<{ base: string; value: string } | undefined>();
  const current = draft && draft.base === value ? draft.value : value;
  const error = draft ? validateField(kind, field, draft.value) : undefined;

  async function commit() {
    if (!draft || error || draft.value === value) return;
    try {
      await updateRecord(kind, record.id, { [field]: draft.value }, { [field]: value }, undoLabel);
      setDraft(undefined);
    } catch {
      // The header's save status says why; the text stays for the user.
    }
  }

  return (
    <section className="mb-md" aria-labelledby={`${id}-label`}>
      <div className="mb-md-head">
        <h2 id={`${id}-label`}>{label}</h2>
        <div role="group" aria-label={t('text.mode', { field: label })} className="mb-toggle">
          <button type="button" aria-pressed={mode === 'edit'} onClick={() => setMode('edit')}>{t('text.edit')}</button>
          <button type="button" aria-pressed={mode === 'preview'} onClick={() => setMode('preview')}>{t('text.preview')}</button>
        </div>
      </div>
      {mode === 'edit' ? (
        <>
          <textarea id={`${id}-input`} aria-labelledby={`${id}-label`} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            aria-invalid={Boolean(error)} value={current} rows={Math.min(18, Math.max(6, current.split('\n').length + 2))}
            onChange={(e) => setDraft({ base: value, value: e.target.value })} onBlur={() => void commit()} />
          <p id={`${id}-hint`} className="mb-hint">{t('text.hint')}</p>
          {error ? <p id={`${id}-error`} className="field-error">{error}</p> : null}
        </>
      ) : (
        <div className="mb-md-preview">
          {current.trim() ? <MarkdownView text={current} /> : <p className="mb-muted">{t('text.empty')}</p>}
        </div>
      )}
    </section>
  );
}
