import { Field, Segmented, Select, type SelectOption } from '../../ui';
import type { Kind } from '../../../shared/model/kinds';
import { updateRecord } from '../../data/mutations';

/** A choice among a few words that saves at once (one undo step), with its label shown above it. */
export function RecordSegmented<V extends string>({ kind, id, field, label, value, options }: {
  kind: Kind; id: string; field: string; label: string; value: V; options: readonly SelectOption<V>[];
}) {
  return (
    <div className="ui-field">
      <span className="ui-field-label" aria-hidden="true">{label}</span>
      <Segmented label={label} value={value} options={options}
        onChange={(v) => void updateRecord(kind, id, { [field]: v }, undefined, label).catch(() => undefined)} />
    </div>
  );
}

/** A reference to another record (or none, the empty value) that saves when chosen. */
export function RecordRefSelect({ kind, id, field, label, value, options, none, hint }: {
  kind: Kind; id: string; field: string; label: string; value: string | null; options: readonly SelectOption<string>[]; none: string; hint?: string;
}) {
  return (
    <Field label={label} hint={hint}>
      <Select value={value ?? ''} options={[{ value: '', label: none }, ...options]}
        onChange={(v) => void updateRecord(kind, id, { [field]: v === '' ? null : v }, undefined, label).catch(() => undefined)} />
    </Field>
  );
}

/** A record's name for its buttons and the «er slettet» row: its words, shortened so a screen reader says it quickly. */
export function shortName(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** One part of an entry as it reads; an empty part is left out rather than shown as a dash. */
export function Detail({ label, text }: { label: string; text: string }) {
  if (text.trim() === '') return null;
  return (
    <div className="log-detail">
      <dt>{label}</dt>
      <dd>{text}</dd>
    </div>
  );
}
