import { z } from 'zod';
import { f, isoDateTime, type FieldSpec } from './fields.js';
import {
  ACTION_STATUSES, BUDGET_LINE_TYPES, CHANGE_ENTRY_TYPES, FUNDING_SOURCES, GROUP_KINDS, LESSON_OUTCOMES, MAX_KRONER, MEETING_TYPES,
  MILESTONE_STATUSES, REPORT_LIGHTS, RISK_STATUSES, ROLES, STATUS_REPORT_TYPES,
} from './enums.js';
import { RISK_CRITERIA_FIELDS } from './riskCriteriaFields.js';

/**
 * Every kind of record in a workbook, declared once. The database tables, the
 * command layer's validation, the change log, search, dump and the CLI all
 * read this registry; nothing else lists fields.
 */
export interface KindSpec {
  readonly table: string;
  readonly fields: Readonly<Record<string, FieldSpec>>;
  /** Field used as the record's human title in lists and search results. */
  readonly titleField: string;
  /** Fields that order a listing (after which ties go by id). */
  readonly orderBy: readonly string[];
  /** Children deleted and restored together with the parent. */
  readonly children?: readonly { kind: string; via: string }[];
  /** Only one record of this kind exists in a workbook. */
  readonly singleton?: boolean;
  /** Integer field that a create fills with the next free value when left out. */
  readonly sequence?: string;
}

const level = () => f.int(1, 5);
const optionalLevel = () => f.optionalInt(1, 5);
const kroner = () => f.int(0, MAX_KRONER);

export const KINDS = {
  project: {
    table: 'project',
    singleton: true,
    titleField: 'title',
    orderBy: [],
    fields: {
      title: f.text({ searchable: true }),
      shortDescription: f.longText({ searchable: true }),
      ownerId: f.optionalRef('person'), // prosjekteier
      leaderId: f.optionalRef('person'), // prosjektleder
      funder: f.text({ allowEmpty: true }),
      parties: f.textList(), // the municipalities
      startDate: f.date(),
      endDate: f.date(),
      probabilityLabels: { storage: 'json', schema: z.array(z.string().trim().min(1).max(60)).length(5) },
      consequenceLabels: { storage: 'json', schema: z.array(z.string().trim().min(1).max(60)).length(5) },
      // The risk acceptance criteria and their decision (issue 14, schema 9).
      ...RISK_CRITERIA_FIELDS,
      // The plan's version («1.0», «2.1») and the date it was approved («vedtatt»), for its title page (schema 12).
      planVersion: { ...f.text({ allowEmpty: true }), since: 12 },
      approvedDate: { ...f.optionalDate(), since: 12 },
    },
  },
  period: {
    table: 'period', // prosjektår, also the budget's periods
    sequence: 'number',
    titleField: 'label',
    orderBy: ['number'],
    fields: {
      number: f.int(1, 100),
      label: f.text(),
      startDate: f.date(),
      endDate: f.date(),
    },
    // A planned amount belongs to its line and its project year: it goes with either.
    children: [{ kind: 'budget-plan', via: 'periodId' }],
  },
  section: {
    table: 'section',
    sequence: 'sortOrder',
    titleField: 'title',
    orderBy: ['sortOrder'],
    fields: {
      sortOrder: f.int(0, 10_000),
      title: f.text({ searchable: true }),
      body: f.longText({ searchable: true }),
    },
  },
  goal: {
    table: 'goal',
    sequence: 'number',
    titleField: 'text',
    orderBy: ['number'],
    fields: {
      number: f.int(1, 1000),
      text: f.text({ searchable: true }),
    },
  },
  group: {
    table: 'project_group',
    sequence: 'sortOrder',
    titleField: 'name',
    orderBy: ['sortOrder'],
    fields: {
      sortOrder: f.int(0, 10_000),
      name: f.text({ searchable: true }),
      kind: f.oneOf(GROUP_KINDS, 'project_group'),
      phase: f.optionalInt(1, 20),
      examines: f.longText({ searchable: true }), // Undersøker
      objectives: f.longText({ searchable: true }), // the plan's Mål column, as written
      goalIds: f.refList('goal'),
      coordinatorId: f.optionalRef('person'),
      reportsToId: f.optionalRef('group'),
      // The plan's own words about the group, printed beside its name (schema 15).
      description: { ...f.longText({ searchable: true }), since: 16 },
      note: f.longText(), // the app's own, never printed
    },
    // A membership (or a role row naming the group) means nothing without its group.
    children: [{ kind: 'role', via: 'groupId' }],
  },
  person: {
    table: 'person',
    titleField: 'name',
    orderBy: ['name'],
    fields: {
      name: f.text({ searchable: true }),
      position: f.text({ allowEmpty: true }), // stilling
      affiliation: f.text({ allowEmpty: true }), // tilhørighet
      placeholder: f.bool(false), // a post not yet filled, "venter på ansettelse"
      email: f.text({ allowEmpty: true }),
    },
    children: [{ kind: 'role', via: 'personId' }],
  },
  role: {
    table: 'role', // one row of the ansvarstabell, or a group membership
    sequence: 'sortOrder',
    titleField: 'role',
    orderBy: ['sortOrder'],
    fields: {
      personId: f.ref('person'),
      role: f.oneOf(ROLES),
      groupId: f.optionalRef('group'),
      sortOrder: f.int(0, 100_000),
      // The plan sometimes gives a person another title or affiliation in one row
      // (Ina Synøve Borsheim is Bibliotekkonsulent and Koordinator prosjektgruppe B).
      positionAsWritten: f.text({ allowEmpty: true }),
      affiliationAsWritten: f.text({ allowEmpty: true }),
    },
  },
  milestone: {
    table: 'milestone',
    sequence: 'number',
    titleField: 'description',
    orderBy: ['number'],
    fields: {
      number: f.int(1, 10_000),
      periodId: f.optionalRef('period'),
      description: f.text({ searchable: true }),
      plannedText: f.text({ allowEmpty: true }), // as written: "September uke 36 2021"
      status: f.oneOf(MILESTONE_STATUSES, 'planned'),
      actualDate: f.optionalDate(),
      responsibleId: f.optionalRef('person'),
      // Why a date moved, what is missing: the leader's note beside the plan's line (schema 4).
      comment: { ...f.longText({ searchable: true }), since: 4 },
    },
  },
  'budget-line': {
    table: 'budget_line',
    sequence: 'sortOrder',
    titleField: 'description',
    orderBy: ['type', 'sortOrder'],
    fields: {
      type: f.oneOf(BUDGET_LINE_TYPES),
      sortOrder: f.int(0, 10_000),
      description: f.text({ searchable: true }),
      // Nasjonalbiblioteket's accounts (issue 14, schema 13): why the line's actual spend is off its budget,
      // and which income is egeninnsats and which the grant.
      deviationComment: { ...f.longText({ searchable: true }), since: 13 },
      funding: { ...f.oneOf(FUNDING_SOURCES, 'unspecified'), since: 13 },
    },
    children: [
      { kind: 'budget-plan', via: 'lineId' },
      { kind: 'budget-actual', via: 'lineId' },
    ],
  },
  'budget-plan': {
    table: 'budget_plan', // planned amount of one line in one period
    titleField: 'amount',
    orderBy: ['lineId', 'periodId'],
    fields: {
      lineId: f.ref('budget-line'),
      periodId: f.ref('period'),
      amount: kroner(),
    },
  },
  'budget-actual': {
    table: 'budget_actual', // spending or income recorded as it happens
    titleField: 'note',
    orderBy: ['date'],
    fields: {
      lineId: f.ref('budget-line'),
      date: f.date(),
      amount: kroner(),
      note: f.text({ allowEmpty: true }),
    },
  },
  risk: {
    table: 'risk',
    sequence: 'number',
    titleField: 'title',
    orderBy: ['number'],
    fields: {
      number: f.int(1, 100_000),
      title: f.text({ searchable: true }),
      description: f.longText({ searchable: true }), // risikofaktor og konsekvens
      measures: f.longText({ searchable: true }), // tiltak
      probability: level(),
      consequence: level(),
      residualProbability: optionalLevel(),
      residualConsequence: optionalLevel(),
      ownerId: f.optionalRef('person'),
      status: f.oneOf(RISK_STATUSES, 'open'),
    },
    children: [{ kind: 'risk-assessment', via: 'riskId' }],
  },
  'risk-assessment': {
    table: 'risk_assessment',
    titleField: 'date',
    orderBy: ['riskId', 'date'],
    fields: {
      riskId: f.ref('risk'),
      date: f.date(),
      probability: level(),
      consequence: level(),
      residualProbability: optionalLevel(),
      residualConsequence: optionalLevel(),
      note: f.longText(),
    },
  },
  meeting: {
    table: 'meeting',
    titleField: 'title',
    orderBy: ['startsAt'],
    fields: {
      title: f.text({ searchable: true }),
      startsAt: f.dateOptionalTime(), // the time of day is optional: "2022-01-12" or "2022-01-12T13:00"
      type: f.oneOf(MEETING_TYPES),
      groupId: f.optionalRef('group'),
      place: f.text({ allowEmpty: true }), // or "digitalt"
      agenda: f.longText({ searchable: true }),
      minutes: f.longText({ searchable: true }),
      decisions: f.longText({ searchable: true }),
      // The møtereferat's own facts (issue 14, schema 9): what an archive expects on minutes.
      endTime: { ...f.optionalTime(), since: 9 }, // tid til; the start is startsAt's time
      chairId: { ...f.optionalRef('person'), since: 9 }, // møteleder
      secretaryId: { ...f.optionalRef('person'), since: 9 }, // referent
      copyTo: { ...f.textList(), since: 9 }, // kopi til: names or bodies, as written
      nextMeetingAt: { ...f.optionalDateOptionalTime(), since: 9 }, // neste møte
      nextMeetingPlace: { ...f.text({ allowEmpty: true }), since: 9 },
      approvedOn: { ...f.optionalDate(), since: 9 }, // godkjent dato
      approvedBy: { ...f.text({ allowEmpty: true }), since: 9 }, // godkjent av: «styringsgruppa i møte 3/2022»
      archiveRef: { ...f.text({ allowEmpty: true }), since: 9 }, // arkivreferanse / saksnummer in the municipality's archive
    },
    children: [
      { kind: 'attendance', via: 'meetingId' },
      { kind: 'action', via: 'meetingId' },
    ],
  },
  attendance: {
    table: 'attendance',
    titleField: 'personId',
    orderBy: ['meetingId'],
    fields: {
      meetingId: f.ref('meeting'),
      personId: f.ref('person'),
      present: f.bool(true),
    },
  },
  action: {
    table: 'action_item',
    titleField: 'text',
    orderBy: ['dueDate'],
    fields: {
      meetingId: f.optionalRef('meeting'),
      text: f.text({ searchable: true }),
      ownerId: f.optionalRef('person'),
      dueDate: f.optionalDate(),
      status: f.oneOf(ACTION_STATUSES, 'open'),
    },
  },
  // The erfaringslogg (KS Prosjektveiviseren; NB's reports ask for «erfaringer, positive og negative»), schema 7.
  lesson: {
    table: 'lesson',
    titleField: 'happened',
    orderBy: ['date'],
    fields: {
      date: f.date(),
      happened: f.text({ searchable: true }), // hva skjedde
      learned: f.longText({ searchable: true }), // hva lærte vi
      recommendation: f.longText({ searchable: true }), // anbefaling
      outcome: f.oneOf(LESSON_OUTCOMES, 'positive'),
      goalId: f.optionalRef('goal'),
      groupId: f.optionalRef('group'),
    },
  },
  // The endringslogg: changes and deviations, which NB wants reported (schema 7).
  'change-entry': {
    table: 'change_entry',
    titleField: 'what',
    orderBy: ['date'],
    fields: {
      date: f.date(),
      type: f.oneOf(CHANGE_ENTRY_TYPES, 'change'),
      what: f.text({ searchable: true }),
      timeEffect: f.longText({ searchable: true }), // konsekvens for tid
      costEffect: f.longText({ searchable: true }), // konsekvens for kostnad
      goalEffect: f.longText({ searchable: true }), // konsekvens for målene
      decidedById: f.optionalRef('person'),
      // Who decided when it is not a person in the workbook: «styringsgruppa», «rådmannen».
      decidedBy: f.text({ searchable: true, allowEmpty: true }),
      nbNotified: f.bool(false), // varslet Nasjonalbiblioteket
      nbNotifiedDate: f.optionalDate(),
    },
  },
  // Status reports as records (issue 14), schema 9: the steering group's and Nasjonalbiblioteket's.
  // The leader's written parts live here; the derived parts are computed (shared/report/statusReport/),
  // and «Publiser» freezes both into `snapshot`, so a published report prints the same forever.
  'status-report': {
    table: 'status_report',
    titleField: 'title',
    orderBy: ['periodTo'],
    fields: {
      type: f.oneOf(STATUS_REPORT_TYPES, 'steering'),
      title: f.text({ searchable: true }),
      periodFrom: f.date(),
      periodTo: f.date(),
      overallStatus: f.oneOf(REPORT_LIGHTS, 'green'),
      statusReason: f.longText({ searchable: true }), // why the status is what it is
      summary: f.longText({ searchable: true }), // sammendrag
      // The leader's comment per derived part (milestones, budget, risks, …): part → text.
      partComments: { storage: 'json', schema: z.record(z.string().max(40), z.string().max(20_000)), default: {} },
      // The leader's assessment of each goal's progress: goal id → text.
      goalAssessments: { storage: 'json', schema: z.record(z.string().max(40), z.string().max(20_000)), default: {} },
      decisionsNeeded: f.longText({ searchable: true }), // beslutninger som trengs
      nextPeriodPlans: f.longText({ searchable: true }), // planer for neste periode
      // Nasjonalbiblioteket's parts (the NB types only; empty in a steering group report).
      nbResults: f.longText({ searchable: true }), // resultater
      nbGoalAttainment: f.longText({ searchable: true }), // måloppnåelse
      nbActivities: f.longText({ searchable: true }), // innhold og aktiviteter
      nbTargetGroups: f.longText({ searchable: true }), // målgrupper
      nbCooperation: f.longText({ searchable: true }), // samarbeid
      nbLessons: f.longText({ searchable: true }), // overføringsverdi og erfaringer
      nbContinuation: f.longText({ searchable: true }), // videreføring
      nbGrantConditions: f.longText({ searchable: true }), // oppfølging av føringer i tildelingsbrevet
      nbDeviations: f.longText({ searchable: true }), // avvik og forsinkelser
      // The version this one was made from (a published report is never edited; a new version is).
      basedOnId: f.optionalRef('status-report'),
      publishedAt: { storage: 'text', schema: isoDateTime.nullable(), default: null },
      publishedBy: f.text({ searchable: false, allowEmpty: true }), // the installation that published it
      // The frozen derived parts and text (shared/report/statusReport/content.ts), set by «Publiser».
      snapshot: { storage: 'json', schema: z.record(z.string(), z.unknown()).nullable(), default: null },
    },
  },
} as const satisfies Record<string, KindSpec>;

export type Kind = keyof typeof KINDS;
export const KIND_NAMES = Object.keys(KINDS) as Kind[];

export function isKind(name: string): name is Kind {
  return Object.prototype.hasOwnProperty.call(KINDS, name);
}

type FieldsOf<K extends Kind> = (typeof KINDS)[K]['fields'];
/** The fields of one record of kind K, as validated. */
type ValueOf<S> = S extends { schema: infer Z extends z.ZodType } ? z.output<Z> : never;
export type Fields<K extends Kind> = { -readonly [F in keyof FieldsOf<K>]: ValueOf<FieldsOf<K>[F]> };
/** A stored record: its id and fields. */
export type RecordOf<K extends Kind> = { id: string } & Fields<K>;

const schemaCache = new Map<Kind, z.ZodObject>();
/** The strict zod schema of a whole record of kind K (unknown fields refused). */
export function recordSchema<K extends Kind>(kind: K): z.ZodObject {
  let schema = schemaCache.get(kind);
  if (!schema) {
    const shape: Record<string, z.ZodType> = {};
    for (const [name, spec] of Object.entries(KINDS[kind].fields as Record<string, FieldSpec>)) shape[name] = spec.schema;
    schema = z.strictObject(shape);
    schemaCache.set(kind, schema);
  }
  return schema;
}

export function fieldSpecs(kind: Kind): Readonly<Record<string, FieldSpec>> {
  return KINDS[kind].fields as Readonly<Record<string, FieldSpec>>;
}
