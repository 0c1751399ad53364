import { ACTION_STATUSES, GROUP_KINDS, MEETING_TYPES, RISK_STATUSES } from '../../shared/model/enums.js';
import { fieldSpecs, type Kind } from '../../shared/model/kinds.js';
import { Rng } from '../lib/prng.js';
import { TextGenerator } from '../lib/text.js';

/**
 * One record to create. `fields` holds every field of the kind (nothing is left
 * to the command layer's defaults, so the floor can write exactly the same
 * values); `refs` names the reference fields that point at an earlier record of
 * the plan, by its index, since ids exist only once a record is created.
 */
export interface PlannedRecord {
  readonly kind: Kind;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly refs: readonly (readonly [field: string, index: number])[];
}

export interface DatasetSize {
  readonly people: number;
  readonly groups: number;
  readonly meetings: number;
  readonly risks: number;
  readonly actions: number;
}

/**
 * 200 people × 5 fields + 10 groups × 10 + 10 000 meetings × 8 + 1 000 risks × 10
 * + 1 780 actions × 5 = 100 000 field changes.
 */
export const LARGE: DatasetSize = { people: 200, groups: 10, meetings: 10_000, risks: 1_000, actions: 1_780 };

export interface Dataset {
  readonly size: DatasetSize;
  readonly records: readonly PlannedRecord[];
  /** One change per field of every record. */
  readonly expectedChanges: number;
  /** UTF-8 bytes of the meetings' minutes: min, median-ish mean and max. */
  readonly minutesBytes: { readonly min: number; readonly mean: number; readonly max: number };
  /** UTF-8 bytes of all text fields together. */
  readonly textBytes: number;
}

const cache = new Map<string, Dataset>();

/** The generated workbook content; the same for the same size and seed, every run. */
export function dataset(size: DatasetSize = LARGE, seed = 'prosjektboka-bench-v1'): Dataset {
  const key = `${seed}:${JSON.stringify(size)}`;
  let ds = cache.get(key);
  if (!ds) {
    ds = generate(size, seed);
    cache.set(key, ds);
  }
  return ds;
}

function generate(size: DatasetSize, seed: string): Dataset {
  const rng = new Rng(seed);
  const text = new TextGenerator(rng);
  const records: PlannedRecord[] = [];
  const add = (kind: Kind, fields: Record<string, unknown>, refs: [string, number][] = []): number => {
    // A reference field holds a placeholder until the record it points at has an id.
    for (const [field] of refs) fields[field] = null;
    // Fields added by later migrations take their defaults, so every value the seed draws stays as it was.
    for (const [name, spec] of Object.entries(fieldSpecs(kind))) {
      if (!(name in fields) && spec.since !== undefined && spec.default !== undefined) fields[name] = spec.default;
    }
    checkComplete(kind, fields);
    records.push({ kind, fields, refs });
    return records.length - 1;
  };

  const people: number[] = [];
  for (let i = 0; i < size.people; i++) {
    const name = text.personName();
    people.push(add('person', {
      name,
      position: text.position(),
      affiliation: text.municipality(),
      placeholder: rng.chance(0.03),
      email: `${name.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').replace(/ /g, '.')}${i}@kommune.example`,
    }));
  }

  const groups: number[] = [];
  for (let i = 0; i < size.groups; i++) {
    text.newDocument();
    groups.push(add('group', {
      sortOrder: i + 1,
      name: `Prosjektgruppe ${String.fromCharCode(65 + (i % 26))}: ${text.title(2, 4)}`,
      kind: i === 0 ? 'steering_group' : i === 1 ? 'coordination_team' : GROUP_KINDS[0],
      phase: i < 2 ? null : rng.int(1, 3),
      examines: text.paragraph(1, 3),
      objectives: text.paragraph(1, 3),
      goalIds: [],
      coordinatorId: null,
      reportsToId: null,
      note: rng.chance(0.5) ? text.sentence() : '',
    }, [['coordinatorId', rng.pick(people)]]));
  }

  const meetings: number[] = [];
  let minMinutes = Infinity;
  let maxMinutes = 0;
  let sumMinutes = 0;
  for (let i = 0; i < size.meetings; i++) {
    text.newDocument();
    // Spread over 2021–2026, most of them in working hours.
    const day = new Date(Date.UTC(2021, 0, 4) + rng.int(0, 6 * 365) * 86_400_000);
    const year = day.getUTCFullYear();
    const startsAt = `${day.toISOString().slice(0, 10)}T${String(rng.int(8, 18)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])}`;
    const inGroup = size.groups > 0 && rng.chance(0.75);
    const minutes = text.minutes(rng.int(1_000, 3_000), year);
    const bytes = Buffer.byteLength(minutes, 'utf8');
    minMinutes = Math.min(minMinutes, bytes);
    maxMinutes = Math.max(maxMinutes, bytes);
    sumMinutes += bytes;
    meetings.push(add('meeting', {
      title: `${rng.pick(['Møte', 'Arbeidsmøte', 'Styringsgruppemøte', 'Workshop', 'Statusmøte', 'Fagdag'])}: ${text.title(2, 5)}`,
      startsAt,
      type: rng.pick(MEETING_TYPES),
      groupId: null,
      place: text.place(),
      agenda: text.agenda(),
      minutes,
      decisions: rng.chance(0.8) ? text.paragraph(1, 3) : '',
    }, inGroup ? [['groupId', rng.pick(groups)]] : []));
  }

  for (let i = 0; i < size.risks; i++) {
    text.newDocument();
    const residual = rng.chance(0.6);
    add('risk', {
      number: i + 1,
      title: text.title(3, 7),
      description: text.paragraph(1, 4),
      measures: text.paragraph(1, 3),
      probability: rng.int(1, 5),
      consequence: rng.int(1, 5),
      residualProbability: residual ? rng.int(1, 5) : null,
      residualConsequence: residual ? rng.int(1, 5) : null,
      ownerId: null,
      status: rng.pick(RISK_STATUSES),
    }, rng.chance(0.9) ? [['ownerId', rng.pick(people)]] : []);
  }

  for (let i = 0; i < size.actions; i++) {
    text.newDocument();
    const due = rng.chance(0.8) ? new Date(Date.UTC(2021, 0, 4) + rng.int(0, 6 * 365) * 86_400_000).toISOString().slice(0, 10) : null;
    const refs: [string, number][] = [['meetingId', rng.pick(meetings)]];
    if (rng.chance(0.9)) refs.push(['ownerId', rng.pick(people)]);
    add('action', {
      meetingId: null,
      text: text.sentence(5, 16),
      ownerId: null,
      dueDate: due,
      status: rng.pick(ACTION_STATUSES),
    }, refs);
  }

  let textBytes = 0;
  let expectedChanges = 0;
  for (const r of records) {
    for (const v of Object.values(r.fields)) {
      expectedChanges++;
      if (typeof v === 'string') textBytes += Buffer.byteLength(v, 'utf8');
    }
  }
  return {
    size,
    records,
    expectedChanges,
    minutesBytes: { min: minMinutes, mean: Math.round(sumMinutes / Math.max(1, size.meetings)), max: maxMinutes },
    textBytes,
  };
}

/** Every field of the kind must be given, and nothing else. */
function checkComplete(kind: Kind, fields: Record<string, unknown>): void {
  const names = Object.keys(fieldSpecs(kind));
  const given = Object.keys(fields);
  if (names.length !== given.length || names.some((n) => !(n in fields))) {
    throw new Error(`bench dataset: ${kind} must give exactly the fields ${names.join(', ')}; got ${given.join(', ')}`);
  }
}

/**
 * Copies of the records' fields, ready to pass to `commands.create`: the
 * caller fills each record's `refs` with ids as they are created.
 */
export function commandInputs(ds: Dataset): Record<string, unknown>[] {
  return ds.records.map((r) => ({ ...r.fields }));
}

/** The first n records: still consistent, as references only point at earlier records. For warming up. */
export function head(ds: Dataset, n: number): Dataset {
  const records = ds.records.slice(0, n);
  return { ...ds, records, expectedChanges: records.reduce((s, r) => s + Object.keys(r.fields).length, 0) };
}
