import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kind } from '../../shared/model/kinds';
import { formatAmount, parseKroner } from '../../shared/rules/money';
import { formatDateNb, parseDateNb } from '../../shared/rules/dates';
import { updateRecord } from '../data/mutations';
import { validateField } from './validateField';

/**
 * Form fields that save when the user leaves them (no Save button), check the
 * value first and show the problem at the field, labelled for screen readers.
 */
interface FieldFrameProps {
  label: string;
  error?: string;
  hint?: string;
  children: (ids: { inputId: string; describedBy?: string; invalid: boolean }) => ReactNode;
}

export function FieldFrame({ label, error, hint, children }: FieldFrameProps) {
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={inputId}>{label}</label>
      {children({ inputId, describedBy, invalid: Boolean(error) })}
      {hint ? <p id={hintId} className="field-hint">{hint}</p> : null}
      {error ? <p id={errorId} className="field-error">{error}</p> : null}
    </div>
  );
}

interface CommitProps<T> {
  label: string;
  value: T;
  /** Returns a message when the draft cannot be saved. */
  validate?: (value: T) => string | undefined;
  onCommit: (value: T) => Promise<unknown> | void;
  hint?: string;
  disabled?: boolean;
}

function useDraft<T>(value: T, validate: ((v: T) => string | undefined) | undefined, onCommit: (v: T) => Promise<unknown> | void) {
  const [draft, setDraft] = useState<{ base: T; value: T } | undefined>();
  const current = draft && Object.is(draft.base, value) ? draft.value : value;
  const error = draft ? validate?.(draft.value) : undefined;
  return {
    current,
    error,
    change: (v: T) => setDraft({ base: value, value: v }),
    commit: async () => {
      if (!draft || error || Object.is(draft.value, value)) return;
      try {
        await onCommit(draft.value);
        setDraft(undefined);
      } catch {
        // The save status in the header says what went wrong; the draft stays for the user to fix.
      }
    },
  };
}

export function TextField({ label, value, validate, onCommit, hint, disabled, multiline }: CommitProps<string> & { multiline?: boolean }) {
  const d = useDraft(value, validate, onCommit);
  return (
    <FieldFrame label={label} error={d.error} hint={hint}>
      {({ inputId, describedBy, invalid }) =>
        multiline ? (
          <textarea id={inputId} value={d.current} rows={6} disabled={disabled} aria-invalid={invalid} aria-describedby={describedBy}
            onChange={(e) => d.change(e.target.value)} onBlur={() => void d.commit()} />
        ) : (
          <input id={inputId} value={d.current} disabled={disabled} aria-invalid={invalid} aria-describedby={describedBy}
            onChange={(e) => d.change(e.target.value)} onBlur={() => void d.commit()}
            onKeyDown={(e) => e.key === 'Enter' && void d.commit()} />
        )
      }
    </FieldFrame>
  );
}

export function SelectField<T extends string>({ label, value, options, onCommit, disabled }: Omit<CommitProps<T>, 'validate'> & { options: readonly { value: T; label: string }[] }) {
  return (
    <FieldFrame label={label}>
      {({ inputId }) => (
        <select id={inputId} value={value} disabled={disabled} onChange={(e) => void onCommit(e.target.value as T)}>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </FieldFrame>
  );
}

/** Whole kroner; accepts "1 170 000", "1170000", "1 170 000,00" and no-break spaces. */
export function AmountField({ label, value, onCommit, hint, disabled }: Omit<CommitProps<number>, 'validate'>) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | undefined>();
  const text = draft ?? formatAmount(value);
  const parsed = parseKroner(text);
  const error = draft !== undefined && !parsed.ok ? t('field.invalidAmount') : undefined;
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      {({ inputId, describedBy, invalid }) => (
        <input id={inputId} inputMode="numeric" value={text} disabled={disabled} aria-invalid={invalid} aria-describedby={describedBy}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={async () => {
            if (draft === undefined || !parsed.ok) return;
            if (parsed.value !== value) await Promise.resolve(onCommit(parsed.value)).catch(() => undefined);
            setDraft(undefined);
          }} />
      )}
    </FieldFrame>
  );
}

/** A date typed the Norwegian way (05.09.2021); empty means none when `optional`. */
export function DateField({ label, value, onCommit, optional, disabled }: Omit<CommitProps<string | null>, 'validate'> & { optional?: boolean }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | undefined>();
  const text = draft ?? formatDateNb(value);
  const iso = text.trim() === '' ? null : parseDateNb(text);
  const error = draft !== undefined && (iso === undefined || (iso === null && !optional)) ? t('field.invalidDate') : undefined;
  return (
    <FieldFrame label={label} error={error}>
      {({ inputId, describedBy, invalid }) => (
        <input id={inputId} value={text} placeholder="dd.mm.åååå" disabled={disabled} aria-invalid={invalid} aria-describedby={describedBy}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={async () => {
            if (draft === undefined || error || iso === undefined) return;
            if (iso !== value) await Promise.resolve(onCommit(iso)).catch(() => undefined);
            setDraft(undefined);
          }} />
      )}
    </FieldFrame>
  );
}

/** A text field bound to one field of one record: validated with the model's schema, saved with undo. */
export function RecordTextField({ kind, record, field, label, multiline, undoLabel }: {
  kind: Kind; record: { id: string } & Record<string, unknown>; field: string; label: string; multiline?: boolean; undoLabel?: string;
}) {
  const value = String(record[field] ?? '');
  return (
    <TextField label={label} value={value} multiline={multiline}
      validate={(v) => validateField(kind, field, v)}
      onCommit={(v) => updateRecord(kind, record.id, { [field]: v }, { [field]: record[field] }, undoLabel ?? label)} />
  );
}
