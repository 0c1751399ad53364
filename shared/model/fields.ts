import { z } from 'zod';

/**
 * A field of a workbook record: its validation schema and how it is stored.
 * Declared once here, so the command layer, the CLI's value parsing, the
 * migrations test and (later) the UI forms all follow the same rule.
 */
export type Storage = 'text' | 'int' | 'bool' | 'json';

export interface FieldSpec<S extends z.ZodType = z.ZodType> {
  readonly storage: Storage;
  readonly schema: S;
  /** Kind of record this field points at, when it is a reference. */
  readonly ref?: string;
  /**
   * Indexed for full-text search. Every text field is (f.text, f.longText,
   * f.textList), unless declared `searchable: false`: the index covers
   * every text of every kind (electron/workbook/searchDocuments.ts).
   */
  readonly searchable?: boolean;
  /** Long text (Markdown); sync merges it three-way rather than as one value. */
  readonly longText?: boolean;
  /** Value the command layer fills in when a create leaves the field out. */
  readonly default?: unknown;
  /**
   * The schema version that added the field to a kind that already existed.
   * Records made before it have no change for the field in any installation's
   * log, so the sync apply path reads the missing field as its `default`
   * (which such a field must have) instead of refusing the record.
   */
  readonly since?: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** A calendar date (YYYY-MM-DD) that exists: 2022-02-30 is refused. */
export const isoDate = z
  .string()
  .regex(ISO_DATE, { message: 'date' })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, { message: 'date' });

/** A local date and time without zone (YYYY-MM-DDTHH:mm): meetings happen in Norwegian local time. */
export const isoDateTime = z
  .string()
  .regex(ISO_DATETIME, { message: 'datetime' })
  .refine((s) => {
    const [date, time] = s.split('T') as [string, string];
    const [h, m] = time.split(':').map(Number) as [number, number];
    return isoDate.safeParse(date).success && h < 24 && m < 60;
  }, { message: 'datetime' });

/**
 * A day with its time of day when it is known: "2022-01-12" or "2022-01-12T13:00".
 * Minutes written up afterwards often have no time to give, and none is made up.
 * Both forms order as strings the way they order in time (a day before its times).
 */
export const isoDateOptionalTime = z
  .string()
  .refine((s) => (ISO_DATE.test(s) ? isoDate : ISO_DATETIME.test(s) ? isoDateTime : undefined)?.safeParse(s).success === true, {
    message: 'datetime',
  });

const TIME = /^\d{2}:\d{2}$/;

/** A time of day (HH:mm), such as when a meeting ended. */
export const isoTime = z
  .string()
  .regex(TIME, { message: 'time' })
  .refine((s) => {
    const [h, m] = s.split(':').map(Number) as [number, number];
    return h < 24 && m < 60;
  }, { message: 'time' });

export const recordId = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, { message: 'id' });

const MAX_SHORT = 500;
const MAX_LONG = 200_000;

export const f = {
  /** A short required text, such as a name or a title. */
  text: (opts: { searchable?: boolean; allowEmpty?: boolean } = {}) => ({
    storage: 'text' as const,
    schema: opts.allowEmpty ? z.string().max(MAX_SHORT) : z.string().trim().min(1).max(MAX_SHORT),
    searchable: opts.searchable ?? true,
    default: opts.allowEmpty ? '' : undefined,
  }),
  /** Markdown or other long text; empty allowed. */
  longText: (opts: { searchable?: boolean } = {}) => ({
    storage: 'text' as const,
    schema: z.string().max(MAX_LONG),
    searchable: opts.searchable ?? true,
    longText: true,
    default: '',
  }),
  int: (min: number, max: number, def?: number) => ({
    storage: 'int' as const,
    schema: z.number().int().min(min).max(max),
    default: def,
  }),
  optionalInt: (min: number, max: number) => ({
    storage: 'int' as const,
    schema: z.number().int().min(min).max(max).nullable(),
    default: null,
  }),
  bool: (def = false) => ({ storage: 'bool' as const, schema: z.boolean(), default: def }),
  date: () => ({ storage: 'text' as const, schema: isoDate }),
  optionalDate: () => ({ storage: 'text' as const, schema: isoDate.nullable(), default: null }),
  dateTime: () => ({ storage: 'text' as const, schema: isoDateTime }),
  dateOptionalTime: () => ({ storage: 'text' as const, schema: isoDateOptionalTime }),
  optionalDateOptionalTime: () => ({ storage: 'text' as const, schema: isoDateOptionalTime.nullable(), default: null }),
  optionalTime: () => ({ storage: 'text' as const, schema: isoTime.nullable(), default: null }),
  oneOf: <const T extends readonly [string, ...string[]]>(values: T, def?: T[number]) => ({
    storage: 'text' as const,
    schema: z.enum(values),
    default: def,
  }),
  ref: (kind: string) => ({ storage: 'text' as const, schema: recordId, ref: kind }),
  optionalRef: (kind: string) => ({ storage: 'text' as const, schema: recordId.nullable(), ref: kind, default: null }),
  refList: (kind: string) => ({ storage: 'json' as const, schema: z.array(recordId).max(1000), ref: kind, default: [] }),
  textList: (maxItems = 100) => ({
    storage: 'json' as const,
    schema: z.array(z.string().trim().min(1).max(MAX_SHORT)).max(maxItems),
    searchable: true,
    default: [],
  }),
} satisfies Record<string, (...args: never[]) => FieldSpec>;
