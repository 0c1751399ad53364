import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch.js';
import { createHandlers } from '../../electron/api/handlers.js';
import { WorkbookSession } from '../../electron/api/session.js';
import { dumpWorkbook } from '../../electron/workbook/dump.js';
import { SCHEMA_VERSION } from '../../electron/workbook/migrations/index.js';
import { publishStatusReport } from '../../electron/workbook/statusReportPublish.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { contentToPrint, type ReportContent, type ReportRecord } from '../../shared/report/statusReport/content.js';
import { newReportPrefill } from '../../shared/report/statusReport/prefillText.js';
import { SNAPSHOT_KINDS, type WorkbookSnapshot } from '../../shared/report/snapshot.js';
import { newWorkbook, reopen, useTempDir } from '../helpers/tempWorkbook.js';

/**
 * Status reports as records (issue 14): written by the leader, derived from the
 * workbook for their period, and frozen by «Publiser» so a published report
 * prints the same forever.
 */
const { dir, track } = useTempDir();
const SESSION = 'window-1';
const tag = (label: string) => ({ session: SESSION, label });

function api(wb: Workbook) {
  const session = new WorkbookSession(wb, { canSwitch: false });
  const handlers = createHandlers(session);
  const call = async <T = unknown>(method: string, args: Record<string, unknown> = {}): Promise<T> => {
    const envelope = await dispatch(handlers, method, args);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    return envelope.result as T;
  };
  return { call, session };
}

function snapshot(wb: Workbook): WorkbookSnapshot {
  const out: Record<string, unknown[]> = {};
  for (const kind of SNAPSHOT_KINDS) out[kind] = wb.records.list(kind).map((r) => ({ ...r.fields, id: r.id }));
  return out as WorkbookSnapshot;
}

const reportOf = (wb: Workbook, id: string) => ({ ...wb.records.get('status-report', id)!.fields, id }) as unknown as ReportRecord;
const printed = (wb: Workbook, id: string): ReportContent => contentToPrint(snapshot(wb), reportOf(wb, id), []);
const milestone = (wb: Workbook, n: number) => wb.records.list('milestone').find((m) => m.fields.number === n)!.id;

describe('status reports in the workbook', () => {
  it('a report is a record of its own table with the leader’s parts, kept across reopening and in the dump', () => {
    let wb = track(newWorkbook(dir()));
    expect(wb.sqliteForTests.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const goal = wb.records.list('goal')[0]!.id;
    const id = wb.commands.create('status-report', {
      type: 'nb-yearly', title: 'Statusrapport prosjektår 1', periodFrom: '2021-09-01', periodTo: '2022-08-31',
      overallStatus: 'yellow', statusReason: 'Innbyggerundersøkelsen er forsinket.', summary: 'Godt i gang.',
      partComments: { budget: 'Lavt forbruk første år.' }, goalAssessments: { [goal]: 'Delvis nådd.' },
      nbTargetGroups: 'Innbyggere i begge kommuner.',
    });
    wb = track(reopen(wb));
    expect(wb.records.get('status-report', id)!.fields).toMatchObject({
      type: 'nb-yearly', overallStatus: 'yellow', partComments: { budget: 'Lavt forbruk første år.' },
      goalAssessments: { [goal]: 'Delvis nådd.' }, publishedAt: null, publishedBy: '', snapshot: null, nbResults: '',
    });
    const dumped = JSON.parse(dumpWorkbook(wb)) as { records: Record<string, { id: string }[]> };
    expect(dumped.records['status-report']!.map((r) => r.id)).toEqual([id]);
    expect(wb.search.search('forsinket').some((h) => h.kind === 'status-report' && h.id === id)).toBe(true);
    expect(() => wb.commands.create('status-report', { title: 'x', periodFrom: '2022-01-01', periodTo: '2022-02-01', type: 'monthly' })).toThrow();
    expect(() => wb.commands.create('status-report', { title: 'x', periodFrom: '2022-01-01', periodTo: '2022-02-01', overallStatus: 'blue' })).toThrow();
  });

  it('derives the period’s parts: milestones reached with dates, late, coming up (undated and in progress kept), budget against time, risks moved', () => {
    const wb = track(newWorkbook(dir()));
    wb.commands.update('milestone', milestone(wb, 1), { status: 'reached', actualDate: '2021-09-10' });
    wb.commands.update('milestone', milestone(wb, 2), { status: 'reached', actualDate: null });
    wb.commands.update('milestone', milestone(wb, 6), { status: 'in_progress' });
    const risk = wb.records.list('risk').find((r) => r.fields.number === 1)!;
    wb.commands.assessRisk({ riskId: risk.id, date: '2021-08-20', probability: 5 });
    wb.commands.assessRisk({ riskId: risk.id, date: '2021-11-15', probability: 2 });
    const line = wb.records.list('budget-line').find((l) => l.fields.description === 'Prosjektledelse')!.id;
    wb.commands.create('budget-actual', { lineId: line, date: '2021-10-01', amount: 10_000 });
    const id = wb.commands.create('status-report', { title: 'Høsten 2021', periodFrom: '2021-09-01', periodTo: '2021-12-31' });
    const c = printed(wb, id);
    expect(c.milestones.reached.map((m) => [m.number, m.actualDate])).toEqual([[1, '2021-09-10']]);
    expect(c.milestones.reachedUndated.map((m) => m.number)).toEqual([2]);
    // Workshop (no. 3) has no date in the plan: listed as undated, never dropped.
    expect(c.milestones.undated.map((m) => m.number)).toContain(3);
    expect(c.milestones.late.map((m) => m.number)).toContain(4);
    expect(c.milestones.upcoming.map((m) => m.number)).toEqual(expect.arrayContaining([5, 6]));
    const lead = c.budget.expenses.find((l) => l.description === 'Prosjektledelse')!;
    expect(lead).toMatchObject({ planned: 637_000, actual: 10_000, pace: 'behind' });
    expect(c.budget.elapsedPercent).toBeGreaterThan(0);
    expect(c.budget.warnings.map((w) => w.status)).toContain('lagging');
    expect(c.risks.moved).toEqual([expect.objectContaining({ risk: expect.objectContaining({ number: 1, probability: 2 }), before: expect.objectContaining({ probability: 5 }), beforeOn: '2021-08-20' })]);
  });

  it('«Publiser» freezes the report: later changes to the workbook do not change what it prints, and it is read-only', () => {
    const wb = track(newWorkbook(dir()));
    const id = wb.commands.create('status-report', { title: 'Til styringsgruppa', periodFrom: '2021-09-01', periodTo: '2021-12-31', summary: 'Oppstart gjort.' });
    const at = publishStatusReport(wb, id, new Date(2022, 0, 5, 9, 30));
    expect(at).toBe('2022-01-05T09:30');
    const before = printed(wb, id);
    expect(before.report.summary).toBe('Oppstart gjort.');
    expect(wb.records.get('status-report', id)!.fields).toMatchObject({ publishedAt: '2022-01-05T09:30', publishedBy: wb.replicaName });

    // The workbook moves on: a milestone reached in the period, money spent, a risk closed, a goal reworded.
    wb.commands.update('milestone', milestone(wb, 1), { status: 'reached', actualDate: '2021-09-10' });
    const line = wb.records.list('budget-line')[0]!.id;
    wb.commands.create('budget-actual', { lineId: line, date: '2021-10-01', amount: 50_000 });
    wb.commands.update('risk', wb.records.list('risk')[0]!.id, { status: 'closed' });
    wb.commands.update('goal', wb.records.list('goal')[0]!.id, { text: 'Et nytt mål' });
    const again = track(reopen(wb));
    const after = printed(again, id);
    expect(after).toEqual(before);
    expect(after.milestones.reached).toEqual([]);

    // Read-only: the written parts are refused; a second «Publiser» too.
    expect(() => again.commands.update('status-report', id, { summary: 'Endret i ettertid' })).toThrow(/publisert/);
    expect(() => publishStatusReport(again, id)).toThrow(/allerede publisert/);
  });

  it('«Publiser» is one undo step: undo makes it a draft again that follows the workbook, redo publishes it again', async () => {
    const wb = track(newWorkbook(dir()));
    const { call, session } = api(wb);
    const { id } = await call<{ id: string }>('createRecord', { kind: 'status-report', fields: { title: 'R', periodFrom: '2021-09-01', periodTo: '2021-12-31' }, history: tag('Ny rapport') });
    const published = await call<{ publishedAt: string; tx: string }>('publishStatusReport', { id, history: tag('Publiserte rapporten') });
    expect(published.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(await call('getHistory', { session: SESSION })).toMatchObject({ undo: { tx: published.tx, label: 'Publiserte rapporten' } });
    await call('undo', { session: SESSION });
    expect(wb.records.get('status-report', id)!.fields).toMatchObject({ publishedAt: null, snapshot: null, publishedBy: '' });
    wb.commands.update('status-report', id, { summary: 'Skrevet etter angre' });
    wb.commands.update('milestone', milestone(wb, 1), { status: 'reached', actualDate: '2021-09-10' });
    expect(printed(wb, id).milestones.reached.map((m) => m.number)).toEqual([1]);
    session.changes.close();
  });

  it('risks closed and new since the previous published report are read from its register', () => {
    const wb = track(newWorkbook(dir()));
    const first = wb.commands.create('status-report', { title: 'Første', periodFrom: '2021-09-01', periodTo: '2021-12-31' });
    publishStatusReport(wb, first);
    const closedRisk = wb.records.list('risk')[0]!;
    wb.commands.update('risk', closedRisk.id, { status: 'closed' });
    const added = wb.commands.create('risk', { title: 'Nøkkelperson slutter', probability: 3, consequence: 4 });
    const second = wb.commands.create('status-report', { title: 'Andre', periodFrom: '2022-01-01', periodTo: '2022-04-30' });
    const c = printed(wb, second);
    expect(c.previous).toMatchObject({ title: 'Første', periodTo: '2021-12-31' });
    expect(c.risks.closed.map((r) => r.id)).toEqual([closedRisk.id]);
    expect(c.risks.added.map((r) => r.id)).toEqual([added]);
  });
  it('a draft can be deleted and restored; a published report cannot be deleted, and says so', () => {
    const wb = track(newWorkbook(dir()));
    const draft = wb.commands.create('status-report', { title: 'Utkast', periodFrom: '2021-09-01', periodTo: '2021-12-31' });
    wb.commands.delete('status-report', draft);
    expect(wb.records.get('status-report', draft)!.deleted).toBe(true);
    wb.commands.restore('status-report', draft);
    expect(wb.records.get('status-report', draft)!.deleted).toBe(false);

    publishStatusReport(wb, draft);
    expect(() => wb.commands.delete('status-report', draft)).toThrow(/publisert rapport kan ikke slettes.*ny versjon/);
    expect(wb.records.get('status-report', draft)!.deleted).toBe(false);
  });

  it('a new NB report starts with its parts prefilled from the workbook for the period; a steering group report starts empty', () => {
    const wb = track(newWorkbook(dir()));
    wb.commands.update('milestone', milestone(wb, 1), { status: 'reached', actualDate: '2021-10-10' });
    wb.commands.create('meeting', { title: 'Oppstartsmøte', startsAt: '2021-09-15T10:00', type: 'project_group', place: 'Biblioteket' });
    wb.commands.create('meeting', { title: 'Etter perioden', startsAt: '2022-09-15', type: 'project_group', place: '' });
    wb.commands.create('lesson', { date: '2021-11-01', happened: 'Innbyggerne kom tidlig', learned: 'Åpne før ni', outcome: 'positive' });
    wb.commands.create('change-entry', { date: '2021-12-01', what: 'Workshop flyttet', nbNotified: true, nbNotifiedDate: '2021-12-03' });
    const period = { periodFrom: '2021-09-01', periodTo: '2022-08-31' };
    const s = snapshot(wb);
    const nb = newReportPrefill('nb-yearly', s, period, 'nb');
    const goals = wb.records.list('goal').length;
    expect(nb.nbGoalAttainment!.match(/\*\*Mål \d+: /g)).toHaveLength(goals);
    expect(nb.nbActivities).toContain('- 15.09.2021: Oppstartsmøte');
    expect(nb.nbActivities).toMatch(/- Milepæl 1 nådd 10\.10\.2021: /);
    expect(nb.nbActivities).not.toContain('Etter perioden');
    expect(nb.nbLessons).toBe('- 01.11.2021 (positiv): Innbyggerne kom tidlig. Lærdom: Åpne før ni');
    expect(nb.nbDeviations).toBe('- 01.12.2021: Workshop flyttet (varslet Nasjonalbiblioteket 03.12.2021)');
    expect(newReportPrefill('nb-final', s, period, 'en').nbLessons).toContain('(positive): Innbyggerne kom tidlig. Learned: Åpne før ni');
    expect(newReportPrefill('steering', s, period, 'nb')).toEqual({});

    // The prefilled text is the report's own: a draft made with it holds it, and the leader edits it.
    const id = wb.commands.create('status-report', { type: 'nb-yearly', title: 'Prosjektår 1', ...period, ...nb });
    expect(wb.records.get('status-report', id)!.fields.nbLessons).toBe(nb.nbLessons);
    // Nothing the workbook cannot tell is prefilled.
    expect(wb.records.get('status-report', id)!.fields.nbTargetGroups).toBe('');
  });
});
