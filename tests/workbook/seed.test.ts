import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkbook } from '../../electron/workbook/open.js';
import { workbookSummary } from '../../electron/workbook/summary.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { KIND_NAMES } from '../../shared/model/kinds.js';
import { parsePlannedDate } from '../../shared/rules/plannedDate.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('a new workbook holds the seed plan', () => {
  let dir: string;
  let wb: Workbook;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'prosjektboka-seed-'));
    wb = createWorkbook(join(dir, 'seed.prosjektboka'), { replicaName: 'Drammen – hovedbiblioteket' });
  });
  afterAll(() => {
    wb.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // Seed records as loose objects: the test states the facts, the model's types are checked elsewhere.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Loose = { id: string } & Record<string, any>;
  const fields = (kind: Parameters<Workbook['records']['list']>[0]): Loose[] =>
    wb.records.list(kind).map((r) => ({ ...r.fields, id: r.id }));
  const riskNumbered = (n: number) => fields('risk').find((r) => r.number === n)!;

  it('places every risk in the matrix cell the plan draws it in', () => {
    const placement = Object.fromEntries(fields('risk').map((r) => [r.number, [r.consequence, r.probability]]));
    expect(placement).toEqual({
      1: [4, 4], // Alvorlig × Høy
      2: [4, 3], 8: [4, 3], // Alvorlig × Moderat
      3: [4, 1], 4: [4, 1], // Alvorlig × Veldig lav
      5: [3, 2], 7: [3, 2], // Moderat × Lav
      6: [3, 3], // Moderat × Moderat
      9: [5, 3], // Veldig alvorlig × Moderat
    });
  });

  it('keeps each risk text and measures as written, with a first dated assessment', () => {
    expect(riskNumbered(8).description).toBe('Vi bruker for lite penger første året og får mindre søknadssøtte i prosjektår 2');
    expect(riskNumbered(8).measures).toBe('Bruk tid på budsjettarbeid og sørg for jevn progresjon i prosjektet');
    const assessments = fields('risk-assessment');
    expect(assessments).toHaveLength(9);
    const forRisk1 = assessments.find((a) => a.riskId === riskNumbered(1).id)!;
    expect([forRisk1.consequence, forRisk1.probability]).toEqual([4, 4]);
  });

  it('balances the budget at 1 170 000 kr a year and 2 340 000 kr in all', () => {
    const { budget } = workbookSummary(wb);
    expect(budget.periods).toEqual([
      { label: 'Prosjektår 1', expenses: 1_170_000, income: 1_170_000 },
      { label: 'Prosjektår 2', expenses: 1_170_000, income: 1_170_000 },
    ]);
    expect([budget.expenses, budget.income, budget.balanced]).toEqual([2_340_000, 2_340_000, true]);
  });

  it('plans "Design og trykk rapport" only in project year 2', () => {
    const line = fields('budget-line').find((l) => l.description === 'Design og trykk rapport')!;
    const [year1, year2] = fields('period');
    const amounts = fields('budget-plan').filter((a) => a.lineId === line.id);
    expect(amounts).toHaveLength(1);
    expect(amounts[0]).toMatchObject({ periodId: year2!.id, amount: 60_000 });
    expect(amounts.some((a) => a.periodId === year1!.id)).toBe(false);
  });

  it('keeps the two project years overlapping on 01.09.2022, as the plan writes them', () => {
    expect(fields('period').map((p) => [p.label, p.startDate, p.endDate])).toEqual([
      ['Prosjektår 1', '2021-09-01', '2022-09-01'],
      ['Prosjektår 2', '2022-09-01', '2023-08-31'],
    ]);
  });

  it('has the six goals, four project groups, steering group and coordination team', () => {
    expect(fields('goal').map((g) => g.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(fields('goal')[5]!.text).toBe('Bidra til den nasjonale debatten om nye organisasjonsformer for bibliotek');
    const groups = fields('group');
    expect(groups.map((g) => g.name)).toEqual(
      expect.arrayContaining(['Prosjektgruppe A', 'Prosjektgruppe B', 'Prosjektgruppe C', 'Prosjektgruppe X']),
    );
    expect(groups.filter((g) => g.kind === 'steering_group')).toHaveLength(1);
    expect(groups.filter((g) => g.kind === 'coordination_team')).toHaveLength(1);
    const a = groups.find((g) => g.name === 'Prosjektgruppe A')!;
    const goalNumbers = (ids: unknown) => (ids as string[]).map((id) => fields('goal').find((g) => g.id === id)!.number);
    expect([a.phase, a.examines, goalNumbers(a.goalIds)]).toEqual([1, 'Samorganisering og samlokalisering', [1, 2]]);
    expect(groups.find((g) => g.name === 'Prosjektgruppe X')!.phase).toBe(2);
    const coordination = groups.find((g) => g.kind === 'coordination_team')!;
    expect(a.reportsToId).toBe(coordination.id);
  });

  it('keeps group B\'s four names beside five affiliations visible', () => {
    const b = fields('group').find((g) => g.name === 'Prosjektgruppe B')!;
    const members = fields('role').filter((r) => r.groupId === b.id);
    expect(members).toHaveLength(4);
    expect(String(b.note)).toMatch(/fire navn.*fem tilhørigheter/);
  });

  it('lists every person of the ansvarstabell and the groups, with the vacant post as a placeholder', () => {
    const people = fields('person');
    expect(people).toHaveLength(26);
    const placeholders = people.filter((p) => p.placeholder);
    expect(placeholders.map((p) => p.name)).toEqual(['Person 4 drmk (venter på ansettelse)']);
    const ina = people.find((p) => p.name === 'Ina Synøve Borsheim')!;
    const inaRoles = fields('role').filter((r) => r.personId === ina.id).map((r) => r.role);
    expect(inaRoles).toEqual(expect.arrayContaining(['project_leader', 'coordination_team', 'coordinator']));
    const steering = fields('role').filter((r) => r.role === 'steering_group');
    expect(steering).toHaveLength(9);
  });

  it('has the thirteen milestones with their dates as written, milestone 3 unscheduled', () => {
    const milestones = fields('milestone');
    expect(milestones.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    const byNumber = (n: number) => milestones.find((m) => m.number === n)!;
    expect(byNumber(1).plannedText).toBe('September uke 36 2021');
    expect(parsePlannedDate(String(byNumber(1).plannedText))).toMatchObject({ from: '2021-09-06', to: '2021-09-12' });
    expect(byNumber(3).plannedText).toBe('');
    expect(parsePlannedDate(String(byNumber(3).plannedText))).toEqual({ kind: 'unscheduled' });
    expect(byNumber(5).plannedText).toBe('1. Mars 2022');
    expect(byNumber(13).description).toBe('Erfaringskonferanse er gjennomført');
    expect(milestones.every((m) => parsePlannedDate(String(m.plannedText)).kind !== 'unparsed')).toBe(true);
  });

  it('holds the plan\'s sections, the project and the matrix scale labels', () => {
    const titles = fields('section').map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining(['1. Bakgrunn', '5. Arbeidsmetoder']));
    expect(fields('section').map((s) => String(s.body)).join('\n')).toContain(
      'Prosjektet er støttet med utviklingsmidler fra Nasjonalbiblioteket.',
    );
    const [project] = fields('project');
    expect(project).toMatchObject({
      title: 'Beste praksis for bibliotek og innbyggertorg',
      funder: 'Nasjonalbiblioteket',
      parties: ['Drammen kommune', 'Indre Østfold kommune'],
      probabilityLabels: ['Veldig lav', 'Lav', 'Moderat', 'Høy', 'Veldig høy'],
      consequenceLabels: ['Veldig lav', 'Lav', 'Moderat', 'Alvorlig', 'Veldig alvorlig'],
    });
    const owner = fields('person').find((p) => p.id === project!.ownerId)!;
    expect(owner.name).toBe('Jørgen Hovde');
  });

  it('gives every record a UUIDv7 id and records every field in the change log', () => {
    let records = 0;
    let fieldCount = 0;
    for (const kind of KIND_NAMES) {
      for (const r of wb.records.list(kind)) {
        expect(r.id).toMatch(UUID_V7);
        records++;
        fieldCount += Object.keys(r.fields).length;
      }
    }
    expect(records).toBe(139); // 6 sections, 6 goals, 2 years, 26 people, 6 groups, 32 roles, 13 milestones, 10 lines, 19 amounts, 9 risks, 9 assessments, 1 project
    expect(wb.changes.count()).toBe(fieldCount);
  });

  it('names the installation as asked', () => {
    expect(wb.replicaName).toBe('Drammen – hovedbiblioteket');
  });
});
