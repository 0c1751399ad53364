import type { Kind } from '../../shared/model/kinds.js';
import type { WorkbookSummary } from '../../shared/model/summary.js';
import type { SearchHit } from '../workbook/searchIndex.js';
import type { StoredRecord } from '../workbook/recordStore.js';
import { formatKroner } from '../../shared/rules/money.js';
import { CONSEQUENCE_LABELS, PROBABILITY_LABELS } from '../../shared/model/enums.js';
import { KIND_LABELS_NB } from '../../shared/model/kindLabels.js';

/** Columns shown by `list` for each kind, after the id. */
const LIST_COLUMNS: Partial<Record<Kind, readonly string[]>> = {
  section: ['sortOrder', 'title'],
  goal: ['number', 'text'],
  group: ['name', 'phase', 'examines'],
  person: ['name', 'position', 'affiliation'],
  role: ['role', 'positionAsWritten', 'affiliationAsWritten'],
  milestone: ['number', 'status', 'plannedText', 'description'],
  'budget-line': ['type', 'description'],
  'budget-plan': ['amount'],
  'budget-actual': ['date', 'amount', 'note'],
  risk: ['number', 'probability', 'consequence', 'title'],
  'risk-assessment': ['date', 'probability', 'consequence'],
  meeting: ['startsAt', 'type', 'title'],
  attendance: ['present'],
  action: ['dueDate', 'status', 'text'],
  period: ['label', 'startDate', 'endDate'],
  project: ['title'],
};

export function formatList(kind: Kind, records: readonly StoredRecord[]): string {
  const cols = LIST_COLUMNS[kind] ?? [];
  const lines = records.map((r) => [r.id, ...cols.map((c) => cell(r.fields[c]))].join('  '));
  return lines.length > 0 ? lines.join('\n') : `(ingen ${KIND_LABELS_NB[kind]})`;
}

function cell(v: unknown): string {
  if (v === null || v === undefined || v === '') return '–';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  const oneLine = s.replace(/\s+/g, ' ');
  return oneLine.length > 70 ? `${oneLine.slice(0, 69)}…` : oneLine;
}

export function formatSummary(s: WorkbookSummary): string {
  const out = [
    s.title || '(arbeidsbok uten prosjekt)',
    `Installasjon: ${s.replica.name}`,
    '',
    `Mål: ${s.counts.goals}   Grupper: ${s.counts.groups}   Personer: ${s.counts.people}   Milepæler: ${s.counts.milestones}`,
    `Risikoer: ${s.counts.risks}   Møter: ${s.counts.meetings}   Oppgaver: ${s.counts.actions}`,
    '',
    'Budsjett:',
    ...s.budget.periods.map((p) => `  ${p.label}: utgifter ${formatKroner(p.expenses)}, inntekter ${formatKroner(p.income)}`),
    `  Totalt: utgifter ${formatKroner(s.budget.expenses)}, inntekter ${formatKroner(s.budget.income)} – ` +
      (s.budget.balanced ? 'i balanse' : `ikke i balanse (differanse ${formatKroner(s.budget.income - s.budget.expenses)})`),
    '',
    'Risikomatrise (konsekvens × sannsynlighet):',
    ...s.riskMatrix.map(
      (c) =>
        `  ${CONSEQUENCE_LABELS[c.consequence - 1]} × ${PROBABILITY_LABELS[c.probability - 1]}: ` +
        `risiko ${c.risks.join(', ')}`,
    ),
  ];
  return out.join('\n');
}

export function formatHits(hits: readonly SearchHit[]): string {
  if (hits.length === 0) return '(ingen treff)';
  return hits
    .map((h) => {
      const snippet = h.snippet.replace(/\s+/g, ' ').trim();
      return `${KIND_LABELS_NB[h.kind]}  ${h.id}  ${h.title}${snippet ? `\n    ${snippet}` : ''}`;
    })
    .join('\n');
}
