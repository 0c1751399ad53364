import { KINDS, fieldSpecs, type Kind } from '../../shared/model/kinds.js';
import type { Role } from '../../shared/model/enums.js';
import { ROLE_LABELS } from '../../shared/report/labels.js';
import type { RecordStore, StoredRecord } from './recordStore.js';

/** Where a document's related records are read from: the workbook's tables, or the benchmark's floor's own list. */
export type RecordSource = Pick<RecordStore, 'get' | 'listBy'>;

/**
 * What the search index holds for each record that has a place of its own
 * (a screen or a row on one). The records that live inside another one are
 * searched through it: a person's roles and groups through the person, a
 * meeting's attendees and action items through the meeting, a risk's
 * assessments through the risk, a budget line's recorded amounts through the
 * line. So «gruppe B» finds the people in Prosjektgruppe B, and an attendee's
 * name or an action item's words find the meeting.
 */
export const DOCUMENT_KINDS: ReadonlySet<Kind> = new Set<Kind>([
  'project', 'period', 'section', 'goal', 'group', 'person', 'milestone', 'budget-line', 'risk', 'meeting', 'action',
  'lesson', 'change-entry', 'status-report',
]);

export interface SearchDocument {
  readonly title: string;
  readonly body: string;
  /** Words that find the record without being shown in its excerpt. */
  readonly aliases: string;
}

// English role names too, so a search in the English UI («coordinator») finds people as well.
const ROLE_LABELS_EN: Readonly<Record<Role, string>> = {
  project_owner: 'Project owner',
  steering_group: 'Steering group',
  project_leader: 'Project leader',
  coordination_team: 'Coordination team',
  coordinator: 'Coordinator',
  member: 'Member',
};

/** The record's own text fields (every text of shared/model/kinds.ts unless declared not searchable), title first. */
export function ownText(kind: Kind, fields: Record<string, unknown>): SearchDocument {
  const titleField = KINDS[kind].titleField;
  const body: string[] = [];
  for (const [name, spec] of Object.entries(fieldSpecs(kind))) {
    if (!spec.searchable || name === titleField) continue;
    body.push(...texts(fields[name]));
  }
  return { title: String(fields[titleField] ?? ''), body: body.join('\n'), aliases: '' };
}

function texts(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return [];
}

/** A record's title and searchable text, its own fields and those of the records searched through it. */
export function composeDocument(records: RecordSource, kind: Kind, record: StoredRecord): SearchDocument {
  const own = ownText(kind, record.fields);
  const extra: string[] = [];
  const aliases: string[] = [];
  const f = record.fields;
  const nameOf = (personId: unknown) => title(records, 'person', personId);
  switch (kind) {
    case 'person':
      for (const role of records.listBy('role', 'personId', record.id)) {
        const code = role.fields.role as Role;
        const group = title(records, 'group', role.fields.groupId);
        extra.push([ROLE_LABELS[code], group].filter(Boolean).join(', '));
        extra.push(...texts(role.fields.positionAsWritten), ...texts(role.fields.affiliationAsWritten));
        aliases.push(ROLE_LABELS_EN[code]);
      }
      break;
    case 'meeting':
      extra.push(title(records, 'group', f.groupId), nameOf(f.chairId), nameOf(f.secretaryId));
      for (const a of records.listBy('attendance', 'meetingId', record.id)) extra.push(nameOf(a.fields.personId));
      for (const a of records.listBy('action', 'meetingId', record.id)) extra.push(...texts(a.fields.text));
      break;
    case 'action':
      extra.push(nameOf(f.ownerId));
      break;
    case 'risk':
      extra.push(nameOf(f.ownerId));
      for (const a of records.listBy('risk-assessment', 'riskId', record.id)) extra.push(...texts(a.fields.note));
      break;
    case 'milestone':
      extra.push(nameOf(f.responsibleId));
      break;
    case 'budget-line':
      for (const a of records.listBy('budget-actual', 'lineId', record.id)) extra.push(...texts(a.fields.note));
      break;
    case 'group':
      extra.push(nameOf(f.coordinatorId));
      break;
    // A lesson is found by its goal's or group's words («gruppe B» finds what group B learned).
    case 'lesson':
      extra.push(title(records, 'goal', f.goalId), title(records, 'group', f.groupId));
      break;
    case 'change-entry':
      extra.push(nameOf(f.decidedById));
      break;
    default:
      break;
  }
  const body = [own.body, ...extra.filter((s) => s !== '')].filter((s) => s !== '').join('\n');
  return { title: own.title, body, aliases: aliases.join('\n') };
}

function title(records: RecordSource, kind: Kind, id: unknown): string {
  if (typeof id !== 'string') return '';
  const rec = records.get(kind, id);
  return rec && !rec.deleted ? String(rec.fields[KINDS[kind].titleField] ?? '') : '';
}

type Ref = readonly [Kind, string];

/** Kinds without a document of their own whose text another record's document shows. */
const SHOWN_IN_ANOTHER: ReadonlySet<Kind> = new Set<Kind>(['role', 'attendance', 'risk-assessment', 'budget-actual']);

/**
 * The documents whose text a write to this record may have changed: its own,
 * and those of the records that show its text. `before` is the record's
 * fields before the write (a moved action item changes two meetings).
 */
export function affectedDocuments(records: RecordStore, kind: Kind, id: string, before?: Record<string, unknown>): Ref[] {
  if (!DOCUMENT_KINDS.has(kind) && !SHOWN_IN_ANOTHER.has(kind)) return [];
  const refs: Ref[] = [];
  const add = (k: Kind, ref: unknown) => {
    if (typeof ref === 'string') refs.push([k, ref]);
  };
  // Read only by the kinds whose document is another record's (a bulk edit of meetings never needs it).
  const both = (field: string, k: Kind) => {
    add(k, before?.[field]);
    add(k, records.get(kind, id)?.fields[field]);
  };
  if (DOCUMENT_KINDS.has(kind)) refs.push([kind, id]);
  switch (kind) {
    case 'person':
      for (const a of records.listBy('attendance', 'personId', id, { includeDeleted: true })) add('meeting', a.fields.meetingId);
      for (const r of records.listBy('action', 'ownerId', id)) refs.push(['action', r.id]);
      for (const r of records.listBy('risk', 'ownerId', id)) refs.push(['risk', r.id]);
      for (const r of records.listBy('milestone', 'responsibleId', id)) refs.push(['milestone', r.id]);
      for (const r of records.listBy('group', 'coordinatorId', id)) refs.push(['group', r.id]);
      for (const r of records.listBy('change-entry', 'decidedById', id)) refs.push(['change-entry', r.id]);
      for (const r of records.listBy('meeting', 'chairId', id)) refs.push(['meeting', r.id]);
      for (const r of records.listBy('meeting', 'secretaryId', id)) refs.push(['meeting', r.id]);
      break;
    case 'group':
      for (const r of records.listBy('role', 'groupId', id, { includeDeleted: true })) add('person', r.fields.personId);
      for (const r of records.listBy('meeting', 'groupId', id)) refs.push(['meeting', r.id]);
      for (const r of records.listBy('lesson', 'groupId', id)) refs.push(['lesson', r.id]);
      break;
    case 'goal':
      for (const r of records.listBy('lesson', 'goalId', id)) refs.push(['lesson', r.id]);
      break;
    case 'role':
      both('personId', 'person');
      break;
    case 'attendance':
    case 'action':
      both('meetingId', 'meeting');
      break;
    case 'risk-assessment':
      both('riskId', 'risk');
      break;
    case 'budget-actual':
      both('lineId', 'budget-line');
      break;
    default:
      break;
  }
  const seen = new Set<string>();
  return refs.filter(([, ref]) => !seen.has(ref) && seen.add(ref));
}
