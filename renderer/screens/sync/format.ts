import type { TFunction } from 'i18next';
import { formatLocalDateTime } from '../../../shared/report/dates';
import { KINDS, isKind } from '../../../shared/model/kinds';
import { EMPTY_CONTEXT, fieldShape, showFieldValue, type ShownValue, type ValueWords } from '../../../shared/report/fieldValue';
import type { Conflict } from './store';
import './conflictI18n';

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

/** The words shared/report/fieldValue.ts shows values with, from the catalogues, in the page's language. */
export function valueWords(t: TFunction<'sync'>): ValueWords {
  return {
    empty: t('value.empty'),
    yes: t('value.yes'),
    no: t('value.no'),
    missingRecord: t('shown.missingRecord'),
    enumLabel: (vocabulary, code) => t(`translation:enums.${vocabulary}.${code}`, { defaultValue: code }),
    level: (scale, level) => t(`translation:enums.${scale}.${level}`, { defaultValue: String(level) }),
    zone: (zone) => t(`translation:enums.zone.${zone}`),
    riskScore: (score) => t('shown.riskScore', score),
  };
}

/** One side of a conflict as the user knows the value: «4 Høy» and the risk it makes, a name, 05.09.2021. */
export function conflictValue(t: TFunction<'sync'>, conflict: Conflict, side: 'current' | 'other'): ShownValue {
  return showFieldValue(conflict.kind, conflict.field, conflict[side], conflict.context, valueWords(t));
}

/**
 * The record's title as the list shows it: the API gives its title field as
 * text (a person's name where the field names one); a status, a date or an
 * amount in that field is put in words by the same rule as the values.
 */
export function recordTitleText(t: TFunction<'sync'>, conflict: Conflict): string {
  if (!conflict.recordTitle) return t('conflicts.untitled');
  const field = isKind(conflict.kind) ? KINDS[conflict.kind].titleField : '';
  const type = fieldShape(conflict.kind, field).type;
  if (type === 'enum' || type === 'date' || type === 'dateTime' || type === 'kroner' || type === 'level') {
    const value = type === 'kroner' || type === 'level' ? Number(conflict.recordTitle) : conflict.recordTitle;
    return showFieldValue(conflict.kind, field, value, EMPTY_CONTEXT, valueWords(t)).text;
  }
  return conflict.recordTitle;
}

/** Whether a combination can be written by hand: only for text, not for a status, a date or a person. */
export function canWriteCombination(conflict: Conflict): boolean {
  const type = fieldShape(conflict.kind, conflict.field).type;
  return (type === 'text' || type === 'longText') && isText(conflict.current) && isText(conflict.other);
}

function isText(value: unknown): value is string | null {
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
