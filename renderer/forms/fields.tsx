import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOptions } from '../../shared/api/contract';
import type { Kind } from '../../shared/model/kinds';
import { formatAmount, parseKroner } from '../../shared/rules/money';
import { formatDateNb, parseDateNb } from '../../shared/rules/dates';
import { updateRecord } from '../data/mutations';
import { DraftOffer, FieldStatus } from './FieldStatus';
import { useAutosave, type Autosave } from './useAutosave';
import { validateField } from './validateField';

/**
 * Form fields that save as the user types (no Save button): a pause after the
 * last key, and at once on leaving the field, the page or the window. Each
 * checks the value first, shows the problem and its own saving state at the
 * field, and is labelled for screen readers.
 */
interface FieldFrameProps {
  label: string;
  error?: string;
  hint?: string;
  /** The field's saving state, under it. */
  status?: ReactNode;
  /**
   * Must be filled in: the label gets a «*» (the form says what it means), and
   * the control should carry `required` so screen readers say it too.
   */
  required?: boolean;
  children: (ids: { inputId: string; describedBy?: string; invalid: boolean }) => ReactNode;
}

export function FieldFrame({ label, error, hint, status, required, children }: FieldFrameProps) {
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const statusId = `${inputId}-status`;
  const describedBy = [hint ? hintId : '', error ? errorId : '', status ? statusId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={inputId} className={required ? 'field-label-required' : undefined}>{label}</label>
      {children({ inputId, describedBy, invalid: Boolean(error) })}
      {hint ? <p id={hintId} className="field-hint">{hint}</p> : null}
      {error ? <p id={errorId} className="field-error">{error}</p> : null}
      {status ? <div id={statusId}>{status}</div> : null}
    </div>
  );
}

interface CommitProps<T> {
  label: string;
  value: T;
  /** Returns a message when the draft cannot be saved. */
  validate?: (value: T) => string | undefined;
  /** Saves the value; `options.keepalive` when the page is closing (pass it on to the API call). */
  onCommit: (value: T, options?: CallOptions) => Promise<unknown> | void;
  hint?: string;
  disabled?: boolean;
  /** Where unsaved text is kept on this machine; by default the page and the label. */
  draftKey?: string;
}

const RECORD_KEY = /^([a-z-]+):([0-9a-f-]{36}):(\w+)$/;

/** A text field's draft; one keyed by recordDraftKey names its record, so it can be saved from the app's notice. */
export function textDraft(key: string) {
  const m = RECORD_KEY.exec(key);
  return { key, target: m ? { kind: m[1]!, id: m[2]!, field: m[3]! } : undefined, toText: (v: string) => v, fromText: (t: string) => t };
}

/** The status line and a draft offered back, for any autosaving field. */
function SaveLine<T>({ save }: { save: Autosave<T> }) {
  return (
    <>
      {save.offered ? <DraftOffer draft={save.offered.draft} onUse={save.offered.use} onDiscard={save.offered.discard} /> : null}
      <FieldStatus state={save.state} onRetry={save.retry} />
    </>
  );
}

/**
 * `multiline`: Markdown or notes, Enter starts a new line. `wrapping`: one
 * line of text that wraps to show all of itself in a narrow column (a table
 * cell); Enter saves, as in an input, and a pasted line break becomes a space.
 */
export function TextField({ label, value, validate, onCommit, hint, disabled, multiline, wrapping, rows, placeholder, draftKey }: CommitProps<string> & {
  multiline?: boolean; wrapping?: boolean; rows?: number; placeholder?: string;
}) {
  const save = useAutosave({
    value, label, validate, save: (v, o) => onCommit(v, o),
    draft: textDraft(draftKey ?? `${window.location.hash}|${label}`),
  });
  return (
    <FieldFrame label={label} error={save.error} hint={hint} status={<SaveLine save={save} />}>
      {({ inputId, describedBy, invalid }) =>
        multiline ? (
          <textarea id={inputId} value={save.value} rows={rows ?? 6} placeholder={placeholder} disabled={disabled} aria-invalid={invalid} aria-describedby={describedBy}
            onChange={(e) => save.change(e.target.value)} onFocus={save.focus} onBlur={save.blur} />
        ) : wrapping ? (
          <textarea id={inputId} value={save.value} rows={1} placeholder={placeholder} disabled={disabled} aria-invalid={invalid} aria-describedby={describedBy}
            className="wrapping-field"
            onChange={(e) => save.change(e.target.value.replace(/\r?\n/g, ' '))} onFocus={save.focus} onBlur={save.blur}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              save.flush();
            }} />
        ) : (
          <input id={inputId} value={save.value} placeholder={placeholder} disabled={disabled} aria-invalid={invalid} aria-describedby={describedBy}
            onChange={(e) => save.change(e.target.value)} onFocus={save.focus} onBlur={save.blur}
            onKeyDown={(e) => e.key === 'Enter' && save.flush()} />
        )
      }
    </FieldFrame>
  );
}

export function SelectField<T extends string>({ label, value, options, onCommit, disabled }: Omit<CommitProps<T>, 'validate'> & { options: readonly { value: T; label: string }[] }) {
  const save = useAutosave<T>({ value, label, save: (v, o) => onCommit(v, o), debounceMs: 0 });
  return (
    <FieldFrame label={label} status={<FieldStatus state={save.state} onRetry={save.retry} />}>
      {({ inputId, describedBy }) => (
        <select id={inputId} value={save.value} disabled={disabled} aria-describedby={describedBy}
          onChange={(e) => {
            save.change(e.target.value as T);
            save.flush();
          }}>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </FieldFrame>
  );
}

/**
 * Whole kroner; accepts "1 170 000", "1170000", "1 170 000,00" and no-break
 * spaces. With `optional`, an emptied field means no amount (null).
 */
export function AmountField({ label, value, onCommit, hint, disabled, draftKey, optional }:
  Omit<CommitProps<number | null>, 'validate'> & { optional?: boolean }) {
  const { t } = useTranslation();
  const empty = (text: string) => optional === true && text.trim() === '';
  const save = useAutosave<string>({
    value: value === null ? '' : formatAmount(value), label,
    validate: (text) => (empty(text) || parseKroner(text).ok ? undefined : t('field.invalidAmount')),
    save: (text, o) => {
      if (empty(text)) return value !== null ? onCommit(null, o) : undefined;
      const parsed = parseKroner(text);
      return parsed.ok && parsed.value !== value ? onCommit(parsed.value, o) : undefined;
    },
    draft: textDraft(draftKey ?? `${window.location.hash}|${label}`),
  });
  return (
    <FieldFrame label={label} error={save.error} hint={hint} status={<SaveLine save={save} />}>
      {({ inputId, describedBy, invalid }) => (
        <input id={inputId} inputMode="numeric" value={save.value} disabled={disabled} aria-invalid={invalid} aria-describedby={describedBy}
          onChange={(e) => save.change(e.target.value)} onFocus={save.focus} onBlur={save.blur}
          onKeyDown={(e) => e.key === 'Enter' && save.flush()} />
      )}
    </FieldFrame>
  );
}

/** A date typed the Norwegian way (05.09.2021); empty means none when `optional`. */
export function DateField({ label, value, onCommit, optional, disabled, draftKey }: Omit<CommitProps<string | null>, 'validate'> & { optional?: boolean }) {
  const { t } = useTranslation();
  const parse = (text: string) => (text.trim() === '' ? null : parseDateNb(text));
  const save = useAutosave<string>({
    value: formatDateNb(value), label,
    validate: (text) => {
      const iso = parse(text);
      return iso === undefined || (iso === null && !optional) ? t('field.invalidDate') : undefined;
    },
    save: (text, o) => {
      const iso = parse(text);
      return iso !== undefined && iso !== value ? onCommit(iso, o) : undefined;
    },
    draft: textDraft(draftKey ?? `${window.location.hash}|${label}`),
  });
  return (
    <FieldFrame label={label} error={save.error} status={<SaveLine save={save} />}>
      {({ inputId, describedBy, invalid }) => (
        <input id={inputId} value={save.value} placeholder={t('formats.datePlaceholder')} disabled={disabled} aria-invalid={invalid} aria-describedby={describedBy}
          onChange={(e) => save.change(e.target.value)} onFocus={save.focus} onBlur={save.blur}
          onKeyDown={(e) => e.key === 'Enter' && save.flush()} />
      )}
    </FieldFrame>
  );
}

/** The draft key of one field of one record: the same wherever the field is shown. */
export function recordDraftKey(kind: Kind, id: string, field: string): string {
  return `${kind}:${id}:${field}`;
}

/** A text field bound to one field of one record: validated with the model's schema, saved as typed, with undo. */
export function RecordTextField({ kind, record, field, label, multiline, wrapping, rows, hint, placeholder, undoLabel }: {
  kind: Kind; record: { id: string } & Record<string, unknown>; field: string; label: string; multiline?: boolean; wrapping?: boolean;
  rows?: number; hint?: string; placeholder?: string; undoLabel?: string;
}) {
  const value = String(record[field] ?? '');
  return (
    <TextField label={label} value={value} multiline={multiline} wrapping={wrapping} rows={rows} hint={hint} placeholder={placeholder} draftKey={recordDraftKey(kind, record.id, field)}
      validate={(v) => validateField(kind, field, v)}
      onCommit={(v, o) => updateRecord(kind, record.id, { [field]: v }, undefined, undoLabel ?? label, o)} />
  );
}
