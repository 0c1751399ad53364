import { z } from 'zod';
import {
  ACTION_STATUSES, BUDGET_LINE_TYPES, CHANGE_ENTRY_TYPES, CONSEQUENCE_LABELS, FUNDING_SOURCES, GROUP_KINDS, LESSON_OUTCOMES, MAX_KRONER, MEETING_TYPES, MILESTONE_STATUSES,
  PROBABILITY_LABELS, REPORT_LIGHTS, RISK_STATUSES, ROLES, STATUS_REPORT_TYPES,
} from '../model/enums.js';
import { ZONE_LABEL_SETS } from '../rules/riskCriteria.js';
import { isoDate, isoDateOptionalTime, isoDateTime } from '../model/fields.js';
import { fieldSpecs, isKind } from '../model/kinds.js';
import { formatDateNb, formatDateTimeNb } from '../rules/dates.js';
import { formatKroner } from '../rules/money.js';
import { PROPOSED_CRITERIA } from '../rules/riskCriteria.js';
import { riskScore, riskZone, type Zone, type ZoneBands } from '../rules/riskMatrix.js';

/**
 * How one field's value is shown to a person: a status by its word, a level
 * as «4 Høy» with what it makes of the risk, a date as 05.09.2021, an amount
 * as 1 170 000 kr, a person by name. One rule, read from the field's
 * declaration in shared/model/kinds.ts, for every place that shows a bare
 * value out of its form (a sync conflict, an import's preview, the CLI).
 * The words come from the caller, in its language.
 */

/** The closed vocabularies, by the catalogue key their words have (renderer/i18n: enums.<vocabulary>). */
export const VOCABULARIES = {
  milestoneStatus: MILESTONE_STATUSES,
  riskStatus: RISK_STATUSES,
  meetingType: MEETING_TYPES,
  actionStatus: ACTION_STATUSES,
  role: ROLES,
  budgetLineType: BUDGET_LINE_TYPES,
  groupKind: GROUP_KINDS,
  lessonOutcome: LESSON_OUTCOMES,
  changeEntryType: CHANGE_ENTRY_TYPES,
  zoneLabelSet: ZONE_LABEL_SETS,
  statusReportType: STATUS_REPORT_TYPES,
  reportLight: REPORT_LIGHTS,
  fundingSource: FUNDING_SOURCES,
} as const;
export type Vocabulary = keyof typeof VOCABULARIES;
export type Scale = 'probability' | 'consequence';

export type FieldShape =
  | { readonly type: 'text' | 'longText' | 'number' | 'bool' | 'date' | 'dateTime' | 'kroner' | 'list' }
  | { readonly type: 'enum'; readonly vocabulary: Vocabulary }
  /** One of the risk matrix's 1–5 scales; `pair` is the field of the other axis it is scored with. */
  | { readonly type: 'level'; readonly scale: Scale; readonly pair: string }
  | { readonly type: 'ref' | 'refList'; readonly kind: string };

const LEVEL_PAIRS: Readonly<Record<string, { scale: Scale; pair: string }>> = {
  probability: { scale: 'probability', pair: 'consequence' },
  consequence: { scale: 'consequence', pair: 'probability' },
  residualProbability: { scale: 'probability', pair: 'residualConsequence' },
  residualConsequence: { scale: 'consequence', pair: 'residualProbability' },
};

function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodNullable ? (schema.unwrap() as z.ZodType) : schema;
}

/** What kind of value a field holds, for showing it. Unknown fields are text. */
export function fieldShape(kind: string, field: string): FieldShape {
  const spec = isKind(kind) ? fieldSpecs(kind)[field] : undefined;
  if (!spec) return { type: 'text' };
  if (spec.ref) return { type: spec.storage === 'json' ? 'refList' : 'ref', kind: spec.ref };
  const schema = unwrap(spec.schema);
  if (schema === isoDate) return { type: 'date' };
  // A meeting's start: a date, with its time of day when it has one.
  if (schema === isoDateTime || schema === isoDateOptionalTime) return { type: 'dateTime' };
  if (schema instanceof z.ZodEnum) {
    const options = new Set(schema.options as string[]);
    const vocabulary = (Object.keys(VOCABULARIES) as Vocabulary[]).find((v) =>
      VOCABULARIES[v].length === options.size && VOCABULARIES[v].every((code) => options.has(code)));
    return vocabulary ? { type: 'enum', vocabulary } : { type: 'text' };
  }
  if (schema instanceof z.ZodNumber) {
    if (schema.maxValue === MAX_KRONER) return { type: 'kroner' };
    const level = LEVEL_PAIRS[field];
    if (level && schema.minValue === 1 && schema.maxValue === 5) return { type: 'level', ...level };
    return { type: 'number' };
  }
  if (schema instanceof z.ZodBoolean) return { type: 'bool' };
  if (schema instanceof z.ZodArray) return { type: 'list' };
  return { type: spec.longText ? 'longText' : 'text' };
}

/**
 * What a value is read with, from the workbook (or, in an import's preview,
 * from the workbook as the import would leave it): the titles of the
 * records it points at, the record's fields that go with it, and the
 * project's own words for the scales.
 */
export interface ValueContext {
  /** Record id → its title (a person's name), for every id the values name. */
  readonly titles: Readonly<Record<string, string>>;
  /** The record's other fields the value is shown with: a level's other axis. */
  readonly related: Readonly<Record<string, unknown>>;
  /** The project's five words for a level's scale, when the field is one. */
  readonly scale?: string[];
  /** The project's zone bands (its acceptance criteria), when the field is a level. */
  readonly zoneBands?: { from: number; to: number }[];
}

export const EMPTY_CONTEXT: ValueContext = { titles: {}, related: {} };

/** The fields of the record a value of `field` is shown with (see ValueContext.related). */
export function relatedFields(kind: string, field: string): string[] {
  const shape = fieldShape(kind, field);
  return shape.type === 'level' ? [shape.pair] : [];
}

/** The record ids a value names, for ValueContext.titles. */
export function referencedIds(kind: string, field: string, value: unknown): string[] {
  const shape = fieldShape(kind, field);
  if (shape.type === 'ref' && typeof value === 'string') return [value];
  if (shape.type === 'refList' && Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/**
 * The project's own words for a scale (its probabilityLabels or
 * consequenceLabels), for ValueContext.scale: only where the project has
 * changed them from the plan's, so the plan's words follow the reader's
 * language.
 */
export function projectScaleWords(scale: Scale, words: unknown): string[] | undefined {
  if (!Array.isArray(words) || words.length !== 5 || !words.every((w) => typeof w === 'string')) return undefined;
  const plan: readonly string[] = scale === 'probability' ? PROBABILITY_LABELS : CONSEQUENCE_LABELS;
  return words.every((w, i) => w === plan[i]) ? undefined : [...(words as string[])];
}

/** The words a caller gives, in its language. */
export interface ValueWords {
  readonly empty: string;
  readonly yes: string;
  readonly no: string;
  /** A record a reference names that is not in the workbook (deleted since). */
  readonly missingRecord: string;
  enumLabel(vocabulary: Vocabulary, code: string): string;
  /** The catalogue's word for a level, where the project has none of its own. */
  level(scale: Scale, level: number): string;
  zone(zone: Zone): string;
  /** "Risiko 12 (4 × 3): Tiltak må vurderes". */
  riskScore(score: { score: number; probability: number; consequence: number; zone: string }): string;
  readonly date?: (iso: string) => string;
  readonly dateTime?: (iso: string) => string;
  readonly kroner?: (n: number) => string;
}

export interface ShownValue {
  /** The value in words. */
  readonly text: string;
  /** What it makes of the record, where that matters: a risk's score and zone. */
  readonly detail?: string;
}

/** A field's value as a person reads it. */
export function showFieldValue(kind: string, field: string, value: unknown, context: ValueContext, words: ValueWords): ShownValue {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return { text: words.empty };
  const shape = fieldShape(kind, field);
  const title = (id: unknown) => (typeof id === 'string' ? context.titles[id] : undefined) ?? words.missingRecord;
  switch (shape.type) {
    case 'enum':
      return { text: typeof value === 'string' ? words.enumLabel(shape.vocabulary, value) : String(value) };
    case 'level': {
      if (typeof value !== 'number') return { text: String(value) };
      const label = context.scale?.[value - 1] ?? words.level(shape.scale, value);
      const other = context.related[shape.pair];
      if (typeof other !== 'number') return { text: `${value} ${label}` };
      const [probability, consequence] = shape.scale === 'probability' ? [value, other] : [other, value];
      const detail = words.riskScore({
        score: riskScore(probability, consequence), probability, consequence, zone: words.zone(riskZone(probability, consequence, (context.zoneBands as ZoneBands | undefined) ?? PROPOSED_CRITERIA.bands)),
      });
      return { text: `${value} ${label}`, detail };
    }
    case 'date':
      return { text: typeof value === 'string' ? (words.date ?? formatDateNb)(value) : String(value) };
    case 'dateTime':
      return { text: typeof value === 'string' ? (words.dateTime ?? formatDateTimeNb)(value) : String(value) };
    case 'kroner':
      return { text: typeof value === 'number' && Number.isSafeInteger(value) ? (words.kroner ?? formatKroner)(value) : String(value) };
    case 'ref':
      return { text: title(value) };
    case 'refList':
      return { text: Array.isArray(value) ? value.map(title).join(', ') : String(value) };
    case 'bool':
      return { text: value === true ? words.yes : value === false ? words.no : String(value) };
    case 'list':
      return { text: Array.isArray(value) ? value.map(String).join(', ') : String(value) };
    default:
      return { text: typeof value === 'string' ? value : typeof value === 'number' ? String(value) : JSON.stringify(value) };
  }
}

