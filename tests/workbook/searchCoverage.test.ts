import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { KIND_NAMES, fieldSpecs, type Kind } from '../../shared/model/kinds.js';
import { DOCUMENT_KINDS } from '../../electron/workbook/searchDocuments.js';
import { openWorkbook } from '../../electron/workbook/open.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { newWorkbook, reopen, useTempDir } from '../helpers/tempWorkbook.js';
import { joinFrom, send } from '../sync/helpers.js';
import { UNDO_015_EXCHANGE_HISTORY, UNDO_016_GROUP_DESCRIPTION, UNDO_SINCE_009 } from '../helpers/schemaRollback.js';
import { MIGRATIONS } from '../../electron/workbook/migrations/index.js';
import { MIGRATION_014_CONTENTLESS_SEARCH } from '../../electron/workbook/migrations/014_contentless_search.js';
import { MIGRATION_015_EXCHANGE_HISTORY } from '../../electron/workbook/migrations/015_exchange_history.js';
import { MIGRATION_016_GROUP_DESCRIPTION } from '../../electron/workbook/migrations/016_group_description.js';

const GROUP_B = ['Arild Pedersen', 'Ina Synøve Borsheim', 'Martin Nordli', 'Peter Shagalov'];

function peopleFound(wb: Workbook, query: string): string[] {
  return wb.search.search(query, 100, ['person']).map((h) => h.title).sort();
}

function first(wb: Workbook, kind: Kind): string {
  return wb.records.list(kind)[0]!.id;
}

/** A meeting with an attendee and an action item, on the seed plan. */
function meetingWithChildren(wb: Workbook) {
  const person = wb.records.list('person').find((p) => p.fields.name === 'Martin Nordli')!.id;
  const meeting = wb.commands.create('meeting', {
    title: 'Arbeidsmøte', startsAt: '2022-03-01T10:00', type: 'project_group', place: 'Mysen bibliotek',
  });
  wb.commands.create('attendance', { meetingId: meeting, personId: person });
  const action = wb.commands.create('action', { meetingId: meeting, text: 'Bestille sommerfuglplakater til inngangen', ownerId: person });
  return { person, meeting, action };
}

describe('one search over every text of the workbook', () => {
  const tmp = useTempDir();

  // Each kind × a text field: write a word that occurs nowhere else, and the
  // search finds the record that shows it (its own, or the one it lives in).
  const cases: readonly [label: string, write: (wb: Workbook, word: string) => void, kind: Kind, id: (wb: Workbook) => string][] = [
    ['project funder', (wb, w) => wb.commands.update('project', first(wb, 'project'), { funder: w }), 'project', (wb) => first(wb, 'project')],
    ['project parties', (wb, w) => wb.commands.update('project', first(wb, 'project'), { parties: [`${w} kommune`] }), 'project', (wb) => first(wb, 'project')],
    ['period label', (wb, w) => wb.commands.update('period', first(wb, 'period'), { label: w }), 'period', (wb) => first(wb, 'period')],
    ['section body', (wb, w) => wb.commands.update('section', first(wb, 'section'), { body: `Tekst om ${w}.` }), 'section', (wb) => first(wb, 'section')],
    ['goal text', (wb, w) => wb.commands.update('goal', first(wb, 'goal'), { text: w }), 'goal', (wb) => first(wb, 'goal')],
    ['group note', (wb, w) => wb.commands.update('group', first(wb, 'group'), { note: w }), 'group', (wb) => first(wb, 'group')],
    ['person position', (wb, w) => wb.commands.update('person', first(wb, 'person'), { position: w }), 'person', (wb) => first(wb, 'person')],
    ['person e-mail', (wb, w) => wb.commands.update('person', first(wb, 'person'), { email: `${w}@drammen.kommune.no` }), 'person', (wb) => first(wb, 'person')],
    ['role as written, through the person', (wb, w) => wb.commands.update('role', first(wb, 'role'), { positionAsWritten: w }), 'person',
      (wb) => wb.records.list('role')[0]!.fields.personId as string],
    ['milestone planned date as written', (wb, w) => wb.commands.update('milestone', first(wb, 'milestone'), { plannedText: `${w} 2022` }), 'milestone', (wb) => first(wb, 'milestone')],
    ['budget line description', (wb, w) => wb.commands.update('budget-line', first(wb, 'budget-line'), { description: w }), 'budget-line', (wb) => first(wb, 'budget-line')],
    ['recorded amount note, through its line', (wb, w) => {
      wb.commands.create('budget-actual', { lineId: first(wb, 'budget-line'), date: '2022-01-10', amount: 1200, note: w });
    }, 'budget-line', (wb) => first(wb, 'budget-line')],
    ['risk measures', (wb, w) => wb.commands.update('risk', first(wb, 'risk'), { measures: w }), 'risk', (wb) => first(wb, 'risk')],
    ['risk assessment note, through the risk', (wb, w) => {
      wb.commands.create('risk-assessment', { riskId: first(wb, 'risk'), date: '2022-01-10', probability: 2, consequence: 3, note: w });
    }, 'risk', (wb) => first(wb, 'risk')],
    ['meeting place', (wb, w) => {
      wb.commands.create('meeting', { title: 'Møte', startsAt: '2022-03-01T10:00', type: 'other', place: w });
    }, 'meeting', (wb) => first(wb, 'meeting')],
    ['meeting minutes', (wb, w) => {
      wb.commands.create('meeting', { title: 'Møte', startsAt: '2022-03-01T10:00', type: 'other', minutes: `Vi snakket om ${w}.` });
    }, 'meeting', (wb) => first(wb, 'meeting')],
    ['action item text', (wb, w) => { wb.commands.create('action', { text: w }); }, 'action', (wb) => first(wb, 'action')],
    ['lesson recommendation', (wb, w) => {
      wb.commands.create('lesson', { date: '2022-03-01', happened: 'Innbyggerdialogen', recommendation: `Start med ${w}.` });
    }, 'lesson', (wb) => first(wb, 'lesson')],
    ['lesson, through its group', (wb, w) => {
      wb.commands.update('group', first(wb, 'group'), { name: w });
      wb.commands.create('lesson', { date: '2022-03-01', happened: 'Arbeidsmøtene', groupId: first(wb, 'group') });
    }, 'lesson', (wb) => first(wb, 'lesson')],
    ['change effect on cost', (wb, w) => {
      wb.commands.create('change-entry', { date: '2022-03-01', what: 'Konferansen utsatt', costEffect: `Dyrere ${w}.` });
    }, 'change-entry', (wb) => first(wb, 'change-entry')],
    ['change, decided by someone outside the workbook', (wb, w) => {
      wb.commands.create('change-entry', { date: '2022-03-01', what: 'Ny leverandør', decidedBy: w });
    }, 'change-entry', (wb) => first(wb, 'change-entry')],
  ];

  it.each(cases)('finds a record by its %s', (_label, write, kind, id) => {
    const wb = tmp.track(newWorkbook(tmp.dir()));
    const word = 'Xylofonorkester';
    expect(wb.search.search(word)).toEqual([]);
    write(wb, word);
    const hits = wb.search.search(word.toLowerCase());
    expect(hits.map((h) => [h.kind, h.id])).toContainEqual([kind, id(wb)]);
    const hit = hits.find((h) => h.id === id(wb))!;
    // The matched words are marked, in the title or the excerpt.
    expect([...hit.titleParts, ...hit.snippetParts].filter((p) => p.match).map((p) => p.text.toLowerCase())).toContain(word.toLowerCase());
  });

  it('indexes every text field the registry declares, and has a document for every kind with a screen', () => {
    const texts = KIND_NAMES.flatMap((k) => Object.entries(fieldSpecs(k)).filter(([, s]) => s.searchable).map(([n]) => `${k}.${n}`));
    // Every f.text and f.longText is searchable unless it says otherwise; none says otherwise today.
    expect(texts).toEqual(expect.arrayContaining(['person.position', 'person.affiliation', 'role.positionAsWritten', 'milestone.plannedText', 'group.note', 'budget-actual.note', 'risk-assessment.note', 'meeting.place']));
    expect([...DOCUMENT_KINDS].sort()).toEqual(['action', 'budget-line', 'change-entry', 'goal', 'group', 'lesson', 'meeting', 'milestone', 'period', 'person', 'project', 'risk', 'section', 'status-report']);
  });

  it('finds everyone in Prosjektgruppe B by the group, whole or in part, and by role and municipality', () => {
    const wb = tmp.track(newWorkbook(tmp.dir()));
    expect(peopleFound(wb, 'Prosjektgruppe B')).toEqual(GROUP_B);
    expect(peopleFound(wb, 'gruppe B')).toEqual(GROUP_B);
    expect(peopleFound(wb, '«gruppe b»')).toEqual(GROUP_B);
    expect(peopleFound(wb, 'koordinator')).toEqual(expect.arrayContaining(['Ina Synøve Borsheim', 'Madelen Ramsøy', 'Ranveig Hushovd']));
    expect(peopleFound(wb, 'coordinator')).toEqual(expect.arrayContaining(['Ina Synøve Borsheim']));
    expect(peopleFound(wb, 'Viken')).toEqual(['Heidi Hovemoen']);
    const hit = wb.search.search('gruppe B', 100, ['person']).find((h) => h.title === 'Martin Nordli')!;
    expect(hit.snippet).toContain('Prosjekt[gruppe B]');
  });

  it('follows a group\'s new name and a membership\'s end to the people', () => {
    const wb = tmp.track(newWorkbook(tmp.dir()));
    const groupB = wb.records.list('group').find((g) => g.fields.name === 'Prosjektgruppe B')!.id;
    wb.commands.update('group', groupB, { name: 'Prosjektgruppe Bølgen' });
    expect(peopleFound(wb, 'Bølgen')).toEqual(GROUP_B);
    expect(peopleFound(wb, 'gruppe B ')).toEqual(GROUP_B); // «gruppe Bølgen» still says it
    const martin = wb.records.list('role').find((r) => r.fields.groupId === groupB && r.fields.role === 'member')!;
    wb.commands.delete('role', martin.id);
    expect(peopleFound(wb, 'Bølgen')).toHaveLength(3);
    wb.commands.restore('role', martin.id);
    expect(peopleFound(wb, 'Bølgen')).toHaveLength(4);
  });

  it('finds a meeting by an attendee\'s name and by an action item\'s words, and follows their changes', () => {
    const wb = tmp.track(newWorkbook(tmp.dir()));
    const { person, meeting, action } = meetingWithChildren(wb);
    const meetings = (q: string) => wb.search.search(q, 50, ['meeting']).map((h) => h.id);
    expect(meetings('Martin Nordli')).toEqual([meeting]);
    expect(meetings('sommerfuglplakater')).toEqual([meeting]);
    // The action item is a hit of its own too, and knows its meeting; its owner's name finds it.
    expect(wb.search.search('sommerfuglplakater', 50, ['action'])).toEqual([expect.objectContaining({ id: action, meetingId: meeting })]);
    expect(wb.search.search('Nordli', 50, ['action']).map((h) => h.id)).toEqual([action]);

    wb.commands.update('person', person, { name: 'Martin Nordli-Hansen' });
    expect(meetings('Nordli-Hansen')).toEqual([meeting]);
    wb.commands.update('action', action, { text: 'Henge opp plakatene' });
    expect(meetings('sommerfuglplakater')).toEqual([]);
    expect(meetings('plakatene')).toEqual([meeting]);

    const other = wb.commands.create('meeting', { title: 'Neste møte', startsAt: '2022-04-01T10:00', type: 'other' });
    wb.commands.update('action', action, { meetingId: other });
    expect(meetings('plakatene')).toEqual([other]);

    const attendance = wb.records.listBy('attendance', 'meetingId', meeting)[0]!.id;
    wb.commands.delete('attendance', attendance);
    expect(meetings('Nordli-Hansen')).toEqual([]);
    wb.commands.delete('meeting', other);
    expect(wb.search.search('plakatene')).toEqual([]);
    wb.commands.restore('meeting', other);
    expect(meetings('plakatene')).toEqual([other]);
  });

  it('writes a batch\'s documents at its commit, and none of a batch that rolled back', () => {
    const wb = tmp.track(newWorkbook(tmp.dir()));
    const meeting = wb.transaction(() => {
      const id = wb.commands.create('meeting', { title: 'Samling', startsAt: '2022-05-01T09:00', type: 'other' });
      for (let i = 0; i < 3; i++) wb.commands.create('action', { meetingId: id, text: `Tiltak nummer ${i} om kaffetraktere` });
      // Inside the transaction its own writes are found already.
      expect(wb.search.search('kaffetraktere', 50, ['meeting']).map((h) => h.id)).toEqual([id]);
      return id;
    });
    expect(wb.search.search('kaffetraktere', 50, ['meeting']).map((h) => h.id)).toEqual([meeting]);
    expect(wb.search.search('kaffetraktere', 50, ['action'])).toHaveLength(3);
    expect(() => wb.transaction(() => {
      wb.commands.create('meeting', { title: 'Angret møte om vaffeljern', startsAt: '2022-05-02T09:00', type: 'other' });
      throw new Error('avbrutt');
    })).toThrow('avbrutt');
    expect(wb.search.search('vaffeljern')).toEqual([]);
    wb.commands.create('goal', { text: 'Et mål' });
    expect(wb.search.search('vaffeljern')).toEqual([]);
  });

  it('keeps the same index when the changes come by sync, a joined copy included', async () => {
    const a = tmp.track(newWorkbook(tmp.dir(), 'a.prosjektboka'));
    const { meeting } = meetingWithChildren(a);
    const b = tmp.track(await joinFrom(a, tmp.dir(), 'b'));
    expect(peopleFound(b, 'gruppe B')).toEqual(GROUP_B);
    expect(b.search.search('Martin Nordli', 50, ['meeting']).map((h) => h.id)).toEqual([meeting]);
    const martin = a.records.list('person').find((p) => p.fields.name === 'Martin Nordli')!.id;
    a.commands.update('person', martin, { name: 'Martin Sommerfugl' });
    await send(a, b);
    expect(b.search.search('Sommerfugl', 50, ['meeting']).map((h) => h.id)).toEqual([meeting]);
    expect(b.search.search('Martin Nordli')).toEqual([]);
  });

  it('rebuilds the index of a version 3 workbook when it is opened (migration 005)', () => {
    const wb = newWorkbook(tmp.dir());
    const { meeting } = meetingWithChildren(wb);
    wb.close();
    // Back to what version 3 wrote: a word index of each record's own fields alone.
    const db = new Database(wb.path);
    db.exec(`DROP TABLE search_index; DELETE FROM search_doc;
      CREATE VIRTUAL TABLE search_index USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
      ALTER TABLE milestone DROP COLUMN "comment"; -- version 4's
      ALTER TABLE change DROP COLUMN value_sha256; -- version 6's
      DROP TABLE field_head; DROP TABLE field_superseded_early; -- version 7's
      DROP TABLE lesson; DROP TABLE change_entry; -- version 8's
      ${UNDO_SINCE_009}
      PRAGMA user_version = 3;`);
    db.close();
    const opened = tmp.track(openWorkbook(wb.path));
    expect(peopleFound(opened, 'gruppe B')).toEqual(GROUP_B);
    expect(opened.search.search('Martin Nordli', 50, ['meeting']).map((h) => h.id)).toEqual([meeting]);
    expect(opened.sqliteForTests.prepare("SELECT COUNT(*) FROM meta WHERE key = 'search_rebuild'").pluck().get()).toBe(0);
    expect(peopleFound(tmp.track(reopen(opened)), 'gruppe B')).toEqual(GROUP_B);
  });

  it('needs three characters, and keeps a short word with its neighbour', () => {
    const wb = tmp.track(newWorkbook(tmp.dir()));
    expect(wb.search.search('B')).toEqual([]);
    expect(wb.search.search('  «» ')).toEqual([]);
    expect(peopleFound(wb, 'B gruppe')).toEqual([]); // «B gruppe» is not written anywhere
    expect(wb.search.search('mal').length).toBeGreaterThan(0); // «mål», diacritics folded as before
  });
});

describe('the search index keeps no copy of the texts (migration 009)', () => {
  const tmp = useTempDir();

  it('a workbook of the version before gets the contentless index on open, and finds, marks and excerpts as before', () => {
    // The rollback below undoes this migration and the ones after it (015, the exchange history; 016, a group's description), and no other.
    const at = MIGRATIONS.findIndex((m) => m.sql === MIGRATION_014_CONTENTLESS_SEARCH);
    expect(MIGRATIONS.slice(at + 1).map((m) => m.sql)).toEqual([MIGRATION_015_EXCHANGE_HISTORY, MIGRATION_016_GROUP_DESCRIPTION]);
    const wb = newWorkbook(tmp.dir());
    const { meeting } = meetingWithChildren(wb);
    wb.close();
    // Back to what the version before wrote: an FTS table with its own copy of every text.
    const db = new Database(wb.path);
    db.exec(`DROP TABLE search_index; DELETE FROM search_doc;
      CREATE VIRTUAL TABLE search_index USING fts5(title, body, aliases, tokenize = 'trigram remove_diacritics 1');
      ${UNDO_016_GROUP_DESCRIPTION}
      ${UNDO_015_EXCHANGE_HISTORY}
      PRAGMA user_version = ${MIGRATIONS[at - 1]!.version};`);
    db.close();
    const opened = tmp.track(openWorkbook(wb.path));
    const tables = opened.sqliteForTests.prepare("SELECT name FROM sqlite_schema WHERE name LIKE 'search_index%'").pluck().all();
    expect(tables).not.toContain('search_index_content');
    expect(tables).toContain('search_index');
    const hits = opened.search.search('Martin Nordli', 50, ['meeting']);
    expect(hits.map((h) => h.id)).toEqual([meeting]);
    expect(hits[0]!.snippetParts.some((p) => p.match && /Martin/.test(p.text))).toBe(true);
    expect(hits[0]!.title.length).toBeGreaterThan(0);
  });

  it('a changed text is found by its new words only, and a deleted record not at all', () => {
    const wb = tmp.track(newWorkbook(tmp.dir()));
    const id = wb.commands.create('goal', { text: 'Sommerfuglkonferansen i Mysen' });
    expect(wb.search.search('Sommerfugl').map((h) => h.id)).toContain(id);
    wb.commands.update('goal', id, { text: 'Vinterkonferansen i Askim' });
    expect(wb.search.search('Sommerfugl').map((h) => h.id)).not.toContain(id);
    expect(wb.search.search('Vinterkonferansen').map((h) => h.title)).toEqual(['Vinterkonferansen i Askim']);
    wb.commands.delete('goal', id);
    expect(wb.search.search('Vinterkonferansen')).toEqual([]);
  });
});
