import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch.js';
import { createHandlers } from '../../electron/api/handlers.js';
import { WorkbookSession } from '../../electron/api/session.js';
import { listConflicts } from '../../electron/sync/conflicts.js';
import { openWorkbook } from '../../electron/workbook/open.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';
import { joinFrom, send } from '../sync/helpers.js';

/**
 * Undo and redo as the workbook does them, through the API a window uses:
 * every mutating call returns its transaction, undo inverts one whole
 * transaction as new changes, and nothing someone else changed since is
 * overwritten.
 */
const { dir, track } = useTempDir();
const SESSION = 'window-session-1';
const tag = (label: string) => ({ session: SESSION, label });

function api(wb: Workbook) {
  const session = new WorkbookSession(wb, { canSwitch: false });
  const handlers = createHandlers(session);
  const call = async <T = unknown>(method: string, args: Record<string, unknown> = {}): Promise<T> => {
    const envelope = await dispatch(handlers, method, args);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    return envelope.result as T;
  };
  return { call, session, handlers };
}

const firstMeeting = (wb: Workbook) => wb.commands.create('meeting', { title: 'Styringsgruppe', startsAt: '2022-03-01T10:00', type: 'steering_group' });

describe('undo and redo in the workbook', () => {
  it('takes back a field edit and does it again, each as a new change, and says what it undid', async () => {
    const wb = track(newWorkbook(dir(), 'a.prosjektboka', { empty: true }));
    const { call, session } = api(wb);
    const id = firstMeeting(wb);
    const result = await call<{ changed: string[]; tx: string }>('updateRecord', { kind: 'meeting', id, patch: { minutes: 'Referat' }, history: tag('Endret referatet') });
    expect(result.changed).toEqual(['minutes']);
    expect(result.tx).toMatch(/\w/);
    expect(await call('getHistory', { session: SESSION })).toEqual({ undo: { tx: result.tx, label: 'Endret referatet' }, redo: null });
    const changesBefore = wb.changes.count();
    const editStamp = wb.changes.latest(id, 'minutes')!.hlc;

    const undone = await call<{ tx: string; done: string; skipped: unknown[] }>('undo', { session: SESSION });
    expect(undone).toMatchObject({ tx: result.tx, label: 'Endret referatet', done: 'all', skipped: [] });
    expect(wb.records.get('meeting', id)!.fields.minutes).toBe('');
    // A new change with a stamp of its own; the edit it takes back never left this installation, so it replaced it.
    const undoStamp = wb.changes.latest(id, 'minutes')!.hlc;
    expect(undoStamp > editStamp).toBe(true);
    expect(wb.changes.count()).toBe(changesBefore);
    expect(await call('getHistory', { session: SESSION })).toEqual({ undo: null, redo: { tx: result.tx, label: 'Endret referatet' } });

    await call('redo', { session: SESSION });
    expect(wb.records.get('meeting', id)!.fields.minutes).toBe('Referat');
    expect(wb.changes.latest(id, 'minutes')!.hlc > undoStamp).toBe(true);
    expect(wb.changes.count()).toBe(changesBefore);
    session.changes.close();
  });

  it('moves a milestone one place by trading numbers with its neighbour, and one Angre puts both back', async () => {
    const wb = track(newWorkbook(dir(), 'a.prosjektboka', { empty: true }));
    const { call, session } = api(wb);
    const a = wb.commands.create('milestone', { description: 'Oppstart', plannedText: 'uke 36 2021' });
    const b = wb.commands.create('milestone', { description: 'Workshop', plannedText: '' });
    const numbers = () => [a, b].map((id) => wb.records.get('milestone', id)!.fields.number);
    expect(numbers()).toEqual([1, 2]);
    const { tx } = await call<{ tx: string }>('reorderRecords', { kind: 'milestone', ids: [b, a], history: tag('Flyttet milepæl 2 opp') });
    expect(numbers()).toEqual([2, 1]);
    expect(await call('getHistory', { session: SESSION })).toEqual({ undo: { tx, label: 'Flyttet milepæl 2 opp' }, redo: null });
    expect(await call('undo', { session: SESSION })).toMatchObject({ tx, done: 'all' });
    expect(numbers()).toEqual([1, 2]);
    await expect(call('reorderRecords', { kind: 'milestone', ids: [a, a] })).rejects.toThrow(/Samme post står to ganger/);
    await expect(call('reorderRecords', { kind: 'person', ids: [a, b] })).rejects.toThrow(/har ingen rekkefølge/);
    wb.commands.delete('milestone', b);
    await expect(call('reorderRecords', { kind: 'milestone', ids: [a, b] })).rejects.toThrow(/Finner ingen milepæl/);
    expect(numbers()).toEqual([1, 2]);
    session.changes.close();
  });

  it('keeps each window its own history, kept across a reload of the page (new handlers, same workbook)', async () => {
    const wb = track(newWorkbook(dir(), 'a.prosjektboka', { empty: true }));
    const id = firstMeeting(wb);
    const first = api(wb);
    await first.call('updateRecord', { kind: 'meeting', id, patch: { place: 'Drammen' }, history: tag('Sted') });
    const reloaded = api(wb);
    expect(await reloaded.call('getHistory', { session: SESSION })).toMatchObject({ undo: { label: 'Sted' } });
    expect(await reloaded.call('getHistory', { session: 'another-window' })).toEqual({ undo: null, redo: null });
    await reloaded.call('undo', { session: SESSION });
    expect(wb.records.get('meeting', id)!.fields.place).toBe('');
    first.session.changes.close();
    reloaded.session.changes.close();
  });

  it('leaves alone a field someone else changed since (the CLI in another process) and says so', async () => {
    const wb = track(newWorkbook(dir(), 'a.prosjektboka', { empty: true }));
    const { call, session } = api(wb);
    const id = firstMeeting(wb);
    await call('updateRecord', { kind: 'meeting', id, patch: { minutes: 'Mitt referat', place: 'Drammen' }, history: tag('Endret møtet') });
    // What `prosjektboka update` does: another connection to the same file, the same replica.
    const cli = openWorkbook(wb.path);
    cli.commands.update('meeting', id, { minutes: 'Referat fra CLI' });
    cli.close();

    const undone = await call<{ done: string; skipped: { field: string; reason: string }[] }>('undo', { session: SESSION });
    expect(undone.done).toBe('partly');
    expect(undone.skipped).toEqual([{ kind: 'meeting', recordId: id, field: 'minutes', reason: 'changed_elsewhere' }]);
    const fields = wb.records.get('meeting', id)!.fields;
    expect(fields.minutes).toBe('Referat fra CLI');
    expect(fields.place).toBe('');
    // Redo does again only what undo did.
    await call('redo', { session: SESSION });
    expect(wb.records.get('meeting', id)!.fields).toMatchObject({ minutes: 'Referat fra CLI', place: 'Drammen' });
    session.changes.close();
  });

  it('leaves alone a field another window changed, and a field a sync import changed', async () => {
    const drammen = track(newWorkbook(dir(), 'drammen.prosjektboka', { empty: true, replicaName: 'Drammen' }));
    const id = firstMeeting(drammen);
    const mysen = track(await joinFrom(drammen, dir(), 'mysen', 'Mysen'));
    const { call, session } = api(drammen);
    await call('updateRecord', { kind: 'meeting', id, patch: { title: 'Mitt møte', place: 'Biblioteket' }, history: tag('Endret') });
    await call('updateRecord', { kind: 'meeting', id, patch: { place: 'Rådhuset' }, history: { session: 'other-window', label: 'Sted' } });
    mysen.commands.update('meeting', id, { title: 'Møte fra Mysen' });
    await send(mysen, drammen);
    expect(drammen.records.get('meeting', id)!.fields.title).toBe('Møte fra Mysen');

    const undone = await call<{ done: string; skipped: { field: string }[] }>('undo', { session: SESSION });
    expect(undone.done).toBe('nothing');
    expect(undone.skipped.map((s) => s.field).sort()).toEqual(['place', 'title']);
    expect(drammen.records.get('meeting', id)!.fields).toMatchObject({ title: 'Møte fra Mysen', place: 'Rådhuset' });
    // Nothing was taken back, so there is nothing to redo either.
    expect(await call('getHistory', { session: SESSION })).toEqual({ undo: null, redo: null });
    session.changes.close();
  });

  it('undoes a create by deleting, and a delete with its children by restoring them all, atomically', async () => {
    const wb = track(newWorkbook(dir(), 'a.prosjektboka', { empty: true }));
    const { call, session } = api(wb);
    const { id } = await call<{ id: string }>('createRecord', {
      kind: 'meeting', fields: { title: 'Nytt møte', startsAt: '2022-04-01T09:00', type: 'project_group' }, history: tag('Nytt møte'),
    });
    const action = (await call<{ id: string }>('createRecord', { kind: 'action', fields: { meetingId: id, text: 'Ring' }, history: tag('Ny oppgave') })).id;
    await call('deleteRecord', { kind: 'meeting', id, history: tag('Slettet møtet') });
    expect(wb.records.get('action', action)!.deleted).toBe(true);

    await call('undo', { session: SESSION });
    expect(wb.records.get('meeting', id)!.deleted).toBe(false);
    expect(wb.records.get('action', action)!.deleted).toBe(false);
    await call('undo', { session: SESSION });
    expect(wb.records.get('action', action)!.deleted).toBe(true);
    await call('undo', { session: SESSION });
    expect(wb.records.get('meeting', id)!.deleted).toBe(true);
    await call('redo', { session: SESSION });
    expect(wb.records.get('meeting', id)!.deleted).toBe(false);
    session.changes.close();
  });

  it('does not undo a create when someone else has added to the record since', async () => {
    const wb = track(newWorkbook(dir(), 'a.prosjektboka', { empty: true }));
    const { call, session } = api(wb);
    const { id } = await call<{ id: string }>('createRecord', {
      kind: 'meeting', fields: { title: 'Nytt møte', startsAt: '2022-04-01T09:00', type: 'project_group' }, history: tag('Nytt møte'),
    });
    wb.commands.create('action', { meetingId: id, text: 'Lagt til fra CLI' });
    const undone = await call<{ done: string; skipped: { field: string; reason: string }[] }>('undo', { session: SESSION });
    expect(undone).toMatchObject({ done: 'nothing', skipped: [{ field: '_record', reason: 'changed_elsewhere' }] });
    expect(wb.records.get('meeting', id)!.deleted).toBe(false);
    session.changes.close();
  });

  it('undoes a risk move with its assessment in one step, and budget amounts', async () => {
    const wb = track(newWorkbook(dir()));
    const { call, session } = api(wb);
    const risk = wb.records.list('risk')[0]!;
    const assessments = () => wb.records.listBy('risk-assessment', 'riskId', risk.id).length;
    const before = assessments();
    const moved = await call<{ assessmentId: string }>('assessRisk', { riskId: risk.id, date: '2022-05-02', probability: 5, consequence: 5, history: tag('Flyttet risikoen') });
    expect(assessments()).toBe(before + 1);
    expect(wb.records.get('risk-assessment', moved.assessmentId)!.fields).toMatchObject({ probability: 5, consequence: 5 });
    await call('undo', { session: SESSION });
    expect(assessments()).toBe(before);
    expect(wb.records.get('risk', risk.id)!.fields).toMatchObject({ probability: risk.fields.probability, consequence: risk.fields.consequence });

    const plan = wb.records.list('budget-plan')[0]!;
    await call('updateRecord', { kind: 'budget-plan', id: plan.id, patch: { amount: 123_456 }, history: tag('Beløp') });
    await call('undo', { session: SESSION });
    expect(wb.records.get('budget-plan', plan.id)!.fields.amount).toBe(plan.fields.amount);
    session.changes.close();
  });

  it('gives one assessment for the score changes of one editing session, and one per move otherwise', async () => {
    const wb = track(newWorkbook(dir()));
    const { call, session } = api(wb);
    const risk = wb.records.list('risk')[0]!;
    const assessments = () => wb.records.listBy('risk-assessment', 'riskId', risk.id);
    const before = assessments().length;
    const editing = 'editor-open-1';
    const p = risk.fields.probability === 4 ? 3 : 4;
    const a = await call<{ assessmentId: string }>('assessRisk', { riskId: risk.id, date: '2022-05-02', probability: p, editing, history: tag('Sannsynlighet') });
    const b = await call<{ assessmentId: string }>('assessRisk', { riskId: risk.id, date: '2022-05-02', residualProbability: 2, editing, history: tag('Etter tiltak') });
    const c = await call<{ assessmentId: string }>('assessRisk', { riskId: risk.id, date: '2022-05-02', residualConsequence: 1, editing, history: tag('Etter tiltak') });
    expect(new Set([a.assessmentId, b.assessmentId, c.assessmentId]).size).toBe(1);
    expect(assessments()).toHaveLength(before + 1);
    expect(wb.records.get('risk-assessment', a.assessmentId)!.fields).toMatchObject({ probability: p, residualProbability: 2, residualConsequence: 1 });
    // The same score again is no saved change: no assessment.
    expect((await call<{ assessmentId: string | null }>('assessRisk', { riskId: risk.id, date: '2022-05-02', probability: p })).assessmentId).toBeNull();
    // Two moves without an editing session: two assessments.
    await call('assessRisk', { riskId: risk.id, date: '2022-05-03', probability: 1 });
    await call('assessRisk', { riskId: risk.id, date: '2022-05-03', probability: 2 });
    expect(assessments()).toHaveLength(before + 3);

    // Undo of the amending steps takes the assessment back to what each step found.
    const undoSession = 'window-session-2';
    const t = (label: string) => ({ session: undoSession, label });
    const other = wb.records.list('risk').find((r) => r.fields.probability !== 5 && r.fields.consequence !== 5)!;
    const first = await call<{ assessmentId: string }>('assessRisk', { riskId: other.id, date: '2022-06-01', probability: 5, editing: 'e2', history: t('1') });
    await call('assessRisk', { riskId: other.id, date: '2022-06-01', consequence: 5, editing: 'e2', history: t('2') });
    expect(wb.records.get('risk-assessment', first.assessmentId)!.fields).toMatchObject({ probability: 5, consequence: 5 });
    await call('undo', { session: undoSession });
    expect(wb.records.get('risk-assessment', first.assessmentId)!.fields).toMatchObject({ probability: 5, consequence: other.fields.consequence });
    await call('undo', { session: undoSession });
    expect(wb.records.get('risk-assessment', first.assessmentId)!.deleted).toBe(true);
    session.changes.close();
  });

  it('undoes a conflict resolution: the value comes back and the conflict is open again; redo resolves it again', async () => {
    const drammen = track(newWorkbook(dir(), 'drammen.prosjektboka', { empty: true, replicaName: 'Drammen' }));
    const id = firstMeeting(drammen);
    const mysen = track(await joinFrom(drammen, dir(), 'mysen', 'Mysen'));
    drammen.commands.update('meeting', id, { place: 'Drammen bibliotek' });
    mysen.commands.update('meeting', id, { place: 'Mysen bibliotek' });
    await send(mysen, drammen);
    await send(drammen, mysen);
    const [conflict] = listConflicts(drammen);
    expect(conflict).toBeDefined();
    const { call, session } = api(drammen);
    const shown = drammen.records.get('meeting', id)!.fields.place;
    const other = shown === 'Drammen bibliotek' ? 'Mysen bibliotek' : 'Drammen bibliotek';
    const resolved = await call<{ tx: string; value: unknown }>('resolveConflict', { id: conflict!.id, keep: 'other', history: tag('Løste konflikten') });
    expect(resolved.value).toBe(other);
    expect(listConflicts(drammen)).toEqual([]);

    await call('undo', { session: SESSION });
    expect(drammen.records.get('meeting', id)!.fields.place).toBe(shown);
    expect(listConflicts(drammen).map((c) => c.id)).toEqual([conflict!.id]);
    await call('redo', { session: SESSION });
    expect(drammen.records.get('meeting', id)!.fields.place).toBe(other);
    expect(listConflicts(drammen)).toEqual([]);
    // The resolution and its undo and redo travel like any edit: Mysen ends with the same value and no conflict.
    await send(drammen, mysen);
    expect(mysen.records.get('meeting', id)!.fields.place).toBe(other);
    expect(listConflicts(mysen)).toEqual([]);
    session.changes.close();
  });

  it('returns a transaction id from every mutating call', async () => {
    const wb = track(newWorkbook(dir(), 'a.prosjektboka', { empty: true }));
    const { call, session } = api(wb);
    const id = firstMeeting(wb);
    const results = [
      await call<{ tx: string }>('updateRecord', { kind: 'meeting', id, patch: { place: 'x' } }),
      await call<{ tx: string }>('deleteRecord', { kind: 'meeting', id }),
      await call<{ tx: string }>('restoreRecord', { kind: 'meeting', id }),
      await call<{ tx: string }>('createRecord', { kind: 'action', fields: { text: 'y' } }),
    ];
    const txs = results.map((r) => r.tx);
    expect(new Set(txs).size).toBe(4);
    // Without a history tag a change is no one's undo step.
    expect(await call('getHistory', { session: SESSION })).toEqual({ undo: null, redo: null });
    session.changes.close();
  });
});
