import { formatDateNb } from './dates.js';
import {
  actionRows, budgetReport, milestoneRows, peopleRows, riskRows, type BudgetLineRow, type BudgetSums,
} from './derived.js';
import {
  ACTION_STATUS_LABELS, BUDGET_TYPE_LABELS, MILESTONE_STATUS_LABELS, RISK_STATUS_LABELS, ZONE_LABELS,
} from './labels.js';
import type { WorkbookSnapshot } from './snapshot.js';

/**
 * The exportable tables, each built once here as headers and rows of typed
 * cells; the CSV and XLSX writers only decide how a type is written. A cell
 * keeps its type (a number stays a number, a date a date) so a spreadsheet
 * can sum and sort it.
 */
export const EXPORT_KINDS = ['risks', 'budget', 'milestones', 'actions', 'people'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export function isExportKind(name: string): name is ExportKind {
  return (EXPORT_KINDS as readonly string[]).includes(name);
}

export type Cell =
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'kroner'; readonly value: number }
  /** An ISO calendar date, YYYY-MM-DD. */
  | { readonly type: 'date'; readonly value: string }
  | null;

export interface TableColumn {
  readonly header: string;
  /** Column width in characters, for the spreadsheet. */
  readonly width: number;
}

export interface TableModel {
  readonly kind: ExportKind;
  /** Norwegian name of the table, also the worksheet's name (at most 31 characters). */
  readonly title: string;
  /** File name without extension: "risikoregister". */
  readonly fileStem: string;
  readonly columns: readonly TableColumn[];
  /** The records, one per row: the range a spreadsheet filters and sorts. */
  readonly rows: readonly (readonly Cell[])[];
  /**
   * Totals, written in bold below the records after one empty row, outside the
   * filter range: sorting or filtering the records never moves a sum into them.
   */
  readonly sums: readonly (readonly Cell[])[];
}

export const EXPORT_TITLES: Readonly<Record<ExportKind, { title: string; fileStem: string }>> = {
  risks: { title: 'Risikoregister', fileStem: 'risikoregister' },
  budget: { title: 'Budsjett', fileStem: 'budsjett' },
  milestones: { title: 'Milepæler', fileStem: 'milepaeler' },
  actions: { title: 'Oppgaver', fileStem: 'oppgaver' },
  people: { title: 'Personer og roller', fileStem: 'personer' },
};

const text = (value: string | null | undefined): Cell => (value ? { type: 'text', value } : null);
const num = (value: number | null | undefined): Cell => (value == null ? null : { type: 'number', value });
const kr = (value: number | null | undefined): Cell => (value == null ? null : { type: 'kroner', value });
const date = (value: string | null | undefined): Cell => (value ? { type: 'date', value } : null);
const col = (header: string, width: number): TableColumn => ({ header, width });

export function exportTable(kind: ExportKind, s: WorkbookSnapshot, today: string): TableModel {
  const base = { kind, ...EXPORT_TITLES[kind] };
  switch (kind) {
    case 'risks':
      return { ...base, ...risksTable(s) };
    case 'budget':
      return { ...base, ...budgetTable(s) };
    case 'milestones':
      return { ...base, ...milestonesTable(s, today) };
    case 'actions':
      return { ...base, ...actionsTable(s, today) };
    case 'people':
      return { ...base, ...peopleTable(s) };
  }
}

type Body = Pick<TableModel, 'columns' | 'rows' | 'sums'>;

function risksTable(s: WorkbookSnapshot): Body {
  return {
    columns: [
      col('Nr.', 6), col('Tittel', 40), col('Risikofaktor og konsekvens', 50), col('Tiltak', 50),
      col('Sannsynlighet (1–5)', 14), col('Konsekvens (1–5)', 14), col('Risikoverdi', 11), col('Sone', 28),
      col('Sannsynlighet etter tiltak', 14), col('Konsekvens etter tiltak', 14), col('Ansvarlig', 24), col('Status', 12),
    ],
    rows: riskRows(s).map((r) => [
      num(r.number), text(r.title), text(r.description), text(r.measures),
      num(r.probability), num(r.consequence), num(r.score), text(ZONE_LABELS[r.zone]),
      num(r.residual?.probability), num(r.residual?.consequence), text(r.owner), text(RISK_STATUS_LABELS[r.status]),
    ]),
    sums: [],
  };
}

function budgetTable(s: WorkbookSnapshot): Body {
  const b = budgetReport(s);
  const periodLabel = (p: (typeof b.periods)[number]) => `${p.label} (${formatDateNb(p.startDate)}–${formatDateNb(p.endDate)})`;
  const columns = [
    col('Type', 9), col('Beskrivelse', 48),
    ...b.periods.map((p) => col(`Budsjett ${periodLabel(p)}`, 18)), col('Totalbudsjett', 16),
    ...b.periods.map((p) => col(`Regnskap ${p.label}`, 16)), col('Regnskap totalt', 16),
  ];
  const line = (r: BudgetLineRow): Cell[] => [
    text(BUDGET_TYPE_LABELS[r.type]), text(r.description),
    ...r.planned.map(kr), kr(r.plannedTotal), ...r.actual.map(kr), kr(r.actualTotal),
  ];
  const sum = (label: string, t: BudgetSums): Cell[] => [
    null, text(label), ...t.planned.map(kr), kr(t.plannedTotal), ...t.actual.map(kr), kr(t.actualTotal),
  ];
  return {
    columns,
    rows: [...b.expenses.map(line), ...b.income.map(line)],
    sums: [sum('Sum utgifter', b.expenseSums), sum('Sum inntekter', b.incomeSums)],
  };
}

function milestonesTable(s: WorkbookSnapshot, today: string): Body {
  return {
    columns: [
      col('Nr.', 6), col('Beskrivelse', 60), col('Prosjektår', 14), col('Dato (som i planen)', 24),
      col('Tidligst', 12), col('Senest', 12), col('Status', 12), col('Forsinket', 10), col('Faktisk dato', 12), col('Ansvarlig', 24),
      col('Kommentar', 40),
    ],
    rows: milestoneRows(s, today).map((m) => [
      num(m.number), text(m.description), text(m.period), text(m.plannedText),
      date(m.planned.kind === 'range' ? m.planned.from : null), date(m.planned.kind === 'range' ? m.planned.to : null),
      text(MILESTONE_STATUS_LABELS[m.status]), text(m.late ? 'Ja' : 'Nei'), date(m.actualDate), text(m.responsible),
      text(m.comment),
    ]),
    sums: [],
  };
}

function actionsTable(s: WorkbookSnapshot, today: string): Body {
  return {
    columns: [col('Oppgave', 60), col('Ansvarlig', 24), col('Frist', 12), col('Status', 12), col('Forfalt', 9), col('Møte', 36), col('Møtedato', 12)],
    rows: actionRows(s, today).map((a) => [
      text(a.text), text(a.owner), date(a.dueDate), text(ACTION_STATUS_LABELS[a.status]), text(a.overdue ? 'Ja' : 'Nei'),
      text(a.meetingTitle), date(a.meetingStartsAt?.slice(0, 10)),
    ]),
    sums: [],
  };
}

function peopleTable(s: WorkbookSnapshot): Body {
  return {
    columns: [col('Navn', 32), col('Stilling', 48), col('Tilhørighet', 30), col('E-post', 30), col('Roller', 60), col('Ikke besatt', 11)],
    rows: peopleRows(s).map((p) => [
      text(p.name), text(p.position), text(p.affiliation), text(p.email), text(p.roles.join('; ')), text(p.placeholder ? 'Ja' : 'Nei'),
    ]),
    sums: [],
  };
}
