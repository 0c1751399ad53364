import type { TFunction } from 'i18next';
import { formatLocalDateTime } from '../../../shared/report/dates';

/** "26.11.2026 kl. 18.46", local time; '' for none. */
export function formatWhen(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : formatLocalDateTime(d);
}

/** "14 KiB", as the CLI and the API's messages say sizes. */
export function formatSize(bytes: number): string {
  if (bytes >= 2 ** 20) return `${Math.round(bytes / 2 ** 20)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} byte`;
}

/** The field's name in words; the code when the catalogue has none. */
export function fieldLabel(t: TFunction<'sync'>, field: string): string {
  return t(`fields.${field}`, { defaultValue: field });
}

export function kindLabel(t: TFunction<'sync'>, kind: string): string {
  return t(`kinds.${kind}`, { defaultValue: kind });
}

/** A field's value as text to read and compare; empty values are said in words. */
export function valueText(t: TFunction<'sync'>, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('value.empty');
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? t('value.yes') : t('value.no');
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join(', ');
  return JSON.stringify(value);
}

/** Whether a conflict's value can be written as text: a combination is offered only for text fields. */
export function isTextValue(value: unknown): value is string | null {
  return typeof value === 'string' || value === null;
}

/**
 * For long text side by side: each line of one value, marked when the other
 * value has no such line, so the differences stand out (by a bar in the
 * margin and a word for screen readers, not by colour alone).
 */
export function markedLines(text: string, other: string): { line: string; differs: boolean }[] {
  const theirs = new Set(other.split('\n'));
  return text.split('\n').map((line) => ({ line, differs: !theirs.has(line) }));
}
