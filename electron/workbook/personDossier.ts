import type { z } from 'zod';
import type { personDossierSchema } from '../../shared/api/personContract.js';
import { KINDS, KIND_NAMES, type Kind } from '../../shared/model/kinds.js';
import { valueMentions } from '../../shared/rules/personName.js';
import { WorkbookError } from '../../shared/errors.js';
import { ERASED_FIELD } from './changeLog.js';
import { notFound } from './commands.js';
import { flatRecord } from './recordStore.js';
import type { Workbook } from './workbook.js';
import { msg } from '../../shared/messages/catalogue.js';

export type PersonDossier = z.output<typeof personDossierSchema>;
export type Mention = PersonDossier['mentions'][number];

/**
 * Everything the workbook holds about one person: their record, the roles and
 * groups they hold, the meetings they attended, chaired or took the minutes
 * of, what they own, and the free text that names them. Their page shows it; the JSON and PDF exports are it.
 */
export function personDossier(wb: Workbook, id: string): PersonDossier {
  const stored = wb.records.get('person', id);
  if (!stored || stored.deleted) throw notFound('person', id);
  const person = flatRecord('person', stored);
  const groupName = new Map(wb.records.list('group').map((g) => [g.id, String(g.fields.name)]));

  const roles = wb.records.listBy('role', 'personId', id)
    .map((r) => flatRecord('role', r))
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((r) => ({
      id: r.id, role: r.role, groupId: r.groupId ?? null, groupName: r.groupId ? (groupName.get(r.groupId) ?? null) : null,
      positionAsWritten: r.positionAsWritten, affiliationAsWritten: r.affiliationAsWritten,
    }));

  const groups = new Map<string, { id: string; name: string; coordinator: boolean }>();
  for (const r of roles) if (r.groupId && r.groupName !== null) groups.set(r.groupId, { id: r.groupId, name: r.groupName, coordinator: r.role === 'coordinator' });
  for (const g of wb.records.listBy('group', 'coordinatorId', id)) {
    groups.set(g.id, { id: g.id, name: String(g.fields.name), coordinator: true });
  }

  // Every meeting they attended, sent apologies for, chaired (møteleder) or took the minutes of (referent):
  // a chair or a referent need not be on the attendance list to have been there.
  const meetingsById = new Map<string, PersonDossier['meetings'][number]>();
  const meetingOf = (meetingId: string) => {
    const known = meetingsById.get(meetingId);
    if (known) return known;
    const m = wb.records.get('meeting', meetingId);
    if (!m || m.deleted) return undefined;
    const entry: PersonDossier['meetings'][number] = { id: m.id, title: String(m.fields.title), startsAt: String(m.fields.startsAt), present: null, chair: false, secretary: false };
    meetingsById.set(m.id, entry);
    return entry;
  };
  for (const a of wb.records.listBy('attendance', 'personId', id)) {
    const m = meetingOf(String(a.fields.meetingId));
    if (m) m.present = a.fields.present === true;
  }
  for (const r of wb.records.listBy('meeting', 'chairId', id)) {
    const m = meetingOf(r.id);
    if (m) m.chair = true;
  }
  for (const r of wb.records.listBy('meeting', 'secretaryId', id)) {
    const m = meetingOf(r.id);
    if (m) m.secretary = true;
  }
  const meetings = [...meetingsById.values()]
    .sort((a, b) => (a.startsAt < b.startsAt ? 1 : a.startsAt > b.startsAt ? -1 : a.id.localeCompare(b.id)));

  const actions = wb.records.listBy('action', 'ownerId', id).map((r) => {
    const a = flatRecord('action', r);
    const meeting = a.meetingId ? wb.records.get('meeting', a.meetingId) : undefined;
    return {
      id: a.id, text: a.text, dueDate: a.dueDate ?? null, status: a.status, meetingId: a.meetingId ?? null,
      meetingTitle: meeting && !meeting.deleted ? String(meeting.fields.title) : null,
    };
  }).sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));

  const risks = wb.records.listBy('risk', 'ownerId', id).map((r) => ({ id: r.id, number: Number(r.fields.number), title: String(r.fields.title) }))
    .sort((a, b) => a.number - b.number);
  const milestones = wb.records.listBy('milestone', 'responsibleId', id)
    .map((r) => ({ id: r.id, number: Number(r.fields.number), description: String(r.fields.description) }))
    .sort((a, b) => a.number - b.number);
  const project = wb.records.list('project')[0];
  const erased = wb.changes.has(id, ERASED_FIELD);

  return {
    person,
    roles,
    groups: [...groups.values()],
    meetings,
    actions,
    risks,
    milestones,
    project: { owner: project?.fields.ownerId === id, leader: project?.fields.leaderId === id },
    // Once erased, «Slettet person» in another record is anyone erased, not this person.
    mentions: erased ? [] : mentionsOf(wb, [person.name], id),
    erased,
  };
}

/** Live records other than the person's own whose text fields name them (any of `names`). */
export function mentionsOf(wb: Workbook, names: readonly string[], personId: string, options: { includeDeleted?: boolean } = {}): Mention[] {
  const out: Mention[] = [];
  for (const kind of KIND_NAMES) {
    for (const record of wb.records.list(kind, options)) {
      if (record.id === personId) continue;
      const fields = Object.entries(record.fields).filter(([, v]) => valueMentions(v, names)).map(([f]) => f);
      if (fields.length > 0) out.push({ kind, id: record.id, title: titleOf(kind, record.fields), fields });
    }
  }
  return out;
}

function titleOf(kind: Kind, fields: Record<string, unknown>): string {
  return String(fields[KINDS[kind].titleField] ?? '');
}

/** The dossier as the JSON file a person may ask for: what the workbook holds, with the records themselves. */
export function personExport(wb: Workbook, id: string, now = new Date(wb.now())): { fileName: string; json: string } {
  const dossier = personDossier(wb, id);
  const project = wb.records.list('project')[0];
  const mentioned = dossier.mentions.map((m) => ({ ...m, record: flatRecord(m.kind, wb.records.get(m.kind, m.id)!) }));
  const doc = {
    format: 'prosjektboka-person-export',
    version: 1,
    exportedAt: now.toISOString(),
    workbook: { id: wb.workbookId, project: project ? String(project.fields.title) : null },
    ...dossier,
    attendance: wb.records.listBy('attendance', 'personId', id).map((r) => flatRecord('attendance', r)),
    mentions: mentioned,
  };
  const stem = dossier.person.name.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'person';
  return { fileName: `person-${stem}.json`, json: `${JSON.stringify(doc, null, 2)}\n` };
}


/**
 * A person by id, or by name (any case) for the command line. A name two
 * people share is refused with their ids, so nobody is erased by mistake.
 */
export function findPerson(wb: Workbook, idOrName: string): string {
  const byId = wb.records.get('person', idOrName);
  if (byId) return byId.id;
  const wanted = idOrName.trim().toLocaleLowerCase('nb');
  const matches = wb.records.list('person').filter((p) => String(p.fields.name).trim().toLocaleLowerCase('nb') === wanted);
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length > 1) {
    throw new WorkbookError('ambiguous', msg('workbook.person_ambiguous', { name: idOrName, ids: matches.map((m) => m.id).join(', ') }));
  }
  throw new WorkbookError('not_found', msg('workbook.person_not_found', { name: idOrName }));
}
