import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NO_SUCH_ID, UUID_V7, copyWorkbook, expectOneLineError, makeSeed, rowWhere, run, runJson, runOk,
  snapshotDir, type Dump, type Row, type Seed,
} from './run.js';

let seed: Seed;
let before: Dump;
/** Seed records the tests point at. */
let risk1: Row;
let risk9: Row;
let person: Row;
let period1: Row;
/** The planned amount of the first expense line in Prosjektår 1. */
let plan: Row;
let expenseLine: Row;

beforeAll(async () => {
  seed = await makeSeed();
  before = await runJson<Dump>('dump', seed.path);
  risk1 = rowWhere(before.records.risk!, 'number', 1);
  risk9 = rowWhere(before.records.risk!, 'number', 9);
  person = rowWhere(before.records.person!, 'name', 'Jørgen Hovde');
  period1 = rowWhere(before.records.period!, 'label', 'Prosjektår 1');
  expenseLine = rowWhere(before.records['budget-line']!, 'description', 'Prosjektledelse');
  plan = before.records['budget-plan']!.find((p) => p.lineId === expenseLine.id && p.periodId === period1.id)!;
});
afterAll(() => seed.remove());

const byId = (a: Row, b: Row) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const addedId = (stdout: string) => {
  expect(stdout).toMatch(/^[^\n]+\n$/);
  const id = stdout.trim();
  expect(id).toMatch(UUID_V7);
  return id;
};

describe('list', () => {
  it('--json gives the goals in order, the same records as dump', async () => {
    const goals = await runJson<Row[]>('list', seed.path, 'goal', '--json');
    expect(goals.map((g) => g.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...goals].sort(byId)).toEqual(before.records.goal);
  });

  it('shows one line per risk: id, number, probability, consequence, title', async () => {
    const lines = (await runOk('list', seed.path, 'risk')).trimEnd().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[0]).toBe(`${risk1.id}  1  4  4  Mangel på forståelse og eierskap hos ansatte`);
    expect(lines[8]).toBe(`${risk9.id}  9  3  5  Prosjektet mangler nasjonal relevans og overføringsverdi`);
  });

  it('says so when a kind has no records', async () => {
    expect(await runOk('list', seed.path, 'meeting')).toBe('(ingen møte)\n');
  });

  it('refuses an unknown kind, naming it and the known kinds', async () => {
    expectOneLineError(await run('list', seed.path, 'kattunge'), 2, '«kattunge»', 'budget-line', 'risk');
  });
});

describe('add', () => {
  it('gives a new risk the next number, 10, and the defaults', async () => {
    const file = copyWorkbook(seed.path);
    const id = addedId(await runOk('add', file, 'risk', 'title=Bibliotekbussen blir forsinket', 'probability=2', 'consequence=3'));
    const risks = await runJson<Row[]>('list', file, 'risk', '--json');
    expect(risks.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(risks[9]).toEqual({
      id,
      number: 10,
      title: 'Bibliotekbussen blir forsinket',
      description: '',
      measures: '',
      probability: 2,
      consequence: 3,
      residualProbability: null,
      residualConsequence: null,
      ownerId: null,
      status: 'open',
    });
  });

  it('adds a meeting and an action item referring to it; deleting the meeting deletes the item too', async () => {
    const file = copyWorkbook(seed.path);
    const meetingId = addedId(await runOk(
      'add', file, 'meeting', 'title=Styringsgruppemøte mars', 'startsAt=2022-03-14T10:00', 'type=steering_group',
      'place=digitalt', 'minutes=Budsjettet for år 2 ble gjennomgått.',
    ));
    const actionId = addedId(await runOk(
      'add', file, 'action', `meetingId=${meetingId}`, 'text=Send referat til kommunene', `ownerId=${person.id}`,
      'dueDate=2022-03-21',
    ));
    expect(actionId).not.toBe(meetingId);
    expect(await runJson<Row[]>('list', file, 'action', '--json')).toEqual([
      { id: actionId, meetingId, text: 'Send referat til kommunene', ownerId: person.id, dueDate: '2022-03-21', status: 'open' },
    ]);

    expect(await runOk('delete', file, 'meeting', meetingId)).toBe(`Slettet ${meetingId}\n`);
    const after = await runJson<Dump>('dump', file);
    expect(after.records.meeting).toEqual([]);
    expect(after.records.action).toEqual([]);
    expect(after.deleted.meeting).toEqual([meetingId]);
    expect(after.deleted.action).toEqual([actionId]);
    expect(after.records.risk).toEqual(before.records.risk);
  });
});

describe('update', () => {
  it('changes the given fields, reports them, and reports a repeat as no change', async () => {
    const file = copyWorkbook(seed.path);
    expect(await runOk('update', file, 'risk', risk1.id, 'probability=5', 'status=monitored')).toBe('Endret probability, status\n');
    const bytes = snapshotDir(join(file, '..'));
    expect(await runOk('update', file, 'risk', risk1.id, 'probability=5')).toBe('Ingen endring\n');
    expect(snapshotDir(join(file, '..'))).toEqual(bytes);

    const risks = await runJson<Row[]>('list', file, 'risk', '--json');
    const expected = before.records.risk!
      .map((r) => (r.id === risk1.id ? { ...r, probability: 5, status: 'monitored' } : r))
      .sort((a, b) => (a.number as number) - (b.number as number));
    expect(risks).toEqual(expected);
  });

  it('takes an amount written with digit groups, and info shows the budget out of balance', async () => {
    const file = copyWorkbook(seed.path);
    expect(await runOk('update', file, 'budget-plan', plan.id, 'amount=1 200 000')).toBe('Endret amount\n');
    const info = await runJson<{ budget: { periods: { expenses: number; income: number }[]; expenses: number; balanced: boolean } }>(
      'info', file, '--json',
    );
    const delta = 1_200_000 - (plan.amount as number);
    expect(info.budget.periods[0]).toEqual({ label: 'Prosjektår 1', expenses: 1_170_000 + delta, income: 1_170_000 });
    expect(info.budget.expenses).toBe(2_340_000 + delta);
    expect(info.budget.balanced).toBe(false);
  });

  it('refuses an id that does not exist, naming it, and writes nothing', async () => {
    const file = copyWorkbook(seed.path);
    const bytes = snapshotDir(join(file, '..'));
    expectOneLineError(await run('update', file, 'risk', NO_SUCH_ID, 'title=Ny tittel'), 2, NO_SUCH_ID, 'risiko');
    expect(snapshotDir(join(file, '..'))).toEqual(bytes);
  });
});

describe('delete', () => {
  it('removes the record from list, and a second delete of it is refused', async () => {
    const file = copyWorkbook(seed.path);
    expect(await runOk('delete', file, 'risk', risk9.id)).toBe(`Slettet ${risk9.id}\n`);
    const risks = await runJson<Row[]>('list', file, 'risk', '--json');
    expect(risks.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(risks.some((r) => r.id === risk9.id)).toBe(false);

    const bytes = snapshotDir(join(file, '..'));
    expectOneLineError(await run('delete', file, 'risk', risk9.id), 2, risk9.id);
    expect(snapshotDir(join(file, '..'))).toEqual(bytes);
  });

  it('refuses to delete the project itself', async () => {
    const file = copyWorkbook(seed.path);
    const bytes = snapshotDir(join(file, '..'));
    expectOneLineError(await run('delete', file, 'project', before.records.project![0]!.id), 2, 'prosjekt', 'kan ikke slettes');
    expect(snapshotDir(join(file, '..'))).toEqual(bytes);
  });
});

/**
 * Refused writes: the same validation as the app. Each gets exit 2 and one line
 * naming the field, and the workbook file is left byte for byte as it was.
 */
describe.concurrent('refused input writes nothing', () => {
  const cases: [string, () => string[], (string | RegExp)[]][] = [
    ['an unknown field', () => ['add', 'risk', 'title=X', 'probability=2', 'consequence=2', 'farge=rød'], ['«farge»', 'risiko']],
    ['risk probability=7', () => ['add', 'risk', 'title=X', 'probability=7', 'consequence=2'], ['probability', 'høyst 5']],
    ['a meeting time that is no date', () => ['add', 'meeting', 'title=Møte', 'startsAt=2022-02-30T10:00', 'type=other'], ['startsAt']],
    ['a negative planned amount', () => ['add', 'budget-plan', `lineId=${expenseLine.id}`, `periodId=${period1.id}`, 'amount=-5'], ['amount', 'minst 0']],
    ['a negative amount in an update', () => ['update', 'budget-plan', plan.id, 'amount=-1'], ['amount', 'minst 0']],
    ['a bad meeting type', () => ['add', 'meeting', 'title=Møte', 'startsAt=2022-03-01T10:00', 'type=fest'], ['type', 'steering_group']],
    ['a bad status in an update', () => ['update', 'risk', risk1.id, 'status=glemt'], ['status', 'open']],
    ['an owner who does not exist', () => ['add', 'risk', 'title=X', 'probability=2', 'consequence=2', `ownerId=${NO_SUCH_ID}`], ['ownerId', NO_SUCH_ID]],
    ['an argument without =', () => ['add', 'risk', 'title', 'probability=2', 'consequence=2'], ['felt=verdi', '«title»']],
    ['a field given twice', () => ['add', 'risk', 'title=A', 'title=B', 'probability=2', 'consequence=2'], ['«title»', 'mer enn én gang']],
    ['a blank title', () => ['add', 'goal', 'text=   '], ['text', 'tom']],
  ];

  it.for(cases)('%s', async ([, argsOf, needles], { onTestFinished }) => {
    const file = copyWorkbook(seed.path, 'arbeidsbok.prosjektboka', onTestFinished);
    const dir = join(file, '..');
    const bytes = snapshotDir(dir);
    const [command, ...rest] = argsOf();
    expectOneLineError(await run(command!, file, ...rest), 2, ...needles);
    expect(snapshotDir(dir)).toEqual(bytes);
  });
});
