import type { Kind } from '../../shared/model/kinds.js';
import type { WorkbookSummary } from '../../shared/model/summary.js';
import type { SearchHit } from '../workbook/searchIndex.js';
import type { StoredRecord } from '../workbook/recordStore.js';
import { formatKroner } from '../../shared/rules/money.js';
import { kindWord } from '../../shared/model/kindLabels.js';
import { REPORT_LABELS } from '../../shared/report/labels.js';
import { cliRun, say } from './language.js';
import { word } from '../../shared/messages/catalogue.js';

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
  lesson: ['date', 'outcome', 'happened'],
  'change-entry': ['date', 'type', 'what'],
  'status-report': ['periodTo', 'type', 'title'],
  period: ['label', 'startDate', 'endDate'],
  project: ['title'],
};

export function formatList(kind: Kind, records: readonly StoredRecord[]): string {
  const cols = LIST_COLUMNS[kind] ?? [];
  const lines = records.map((r) => [r.id, ...cols.map((c) => cell(r.fields[c]))].join('  '));
  return lines.length > 0 ? lines.join('\n') : say('cli.out.none_of_kind', { kind: kindWord(kind) });
}

function cell(v: unknown): string {
  if (v === null || v === undefined || v === '') return '–';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  const oneLine = s.replace(/\s+/g, ' ');
  return oneLine.length > 70 ? `${oneLine.slice(0, 69)}…` : oneLine;
}

export function formatSummary(s: WorkbookSummary): string {
  const scale = REPORT_LABELS[cliRun.words];
  const out = [
    s.title || say('cli.out.no_project'),
    say('cli.out.installation', { name: s.replica.name }),
    '',
    say('cli.out.counts1', { goals: s.counts.goals, groups: s.counts.groups, people: s.counts.people, milestones: s.counts.milestones }),
    say('cli.out.counts2', { risks: s.counts.risks, meetings: s.counts.meetings, actions: s.counts.actions }),
    say('cli.out.counts3', { lessons: s.counts.lessons, changes: s.counts.changes }),
    '',
    say('cli.out.budget'),
    ...s.budget.periods.map((p) => say('cli.out.budget_period', { label: p.label, expenses: formatKroner(p.expenses), income: formatKroner(p.income) })),
    say('cli.out.budget_total', {
      expenses: formatKroner(s.budget.expenses),
      income: formatKroner(s.budget.income),
      balance: s.budget.balanced ? say('cli.out.balanced') : say('cli.out.unbalanced', { difference: formatKroner(s.budget.income - s.budget.expenses) }),
    }),
    '',
    say('cli.out.risk_matrix'),
    // The scale's words in the run's language (the printouts' own, shared/report/labels.ts).
    ...s.riskMatrix.map((c) =>
      say('cli.out.risk_cell', {
        consequence: scale.consequence[c.consequence - 1]!,
        probability: scale.probability[c.probability - 1]!,
        risks: c.risks.join(', '),
      }),
    ),
  ];
  return out.join('\n');
}

export function formatHits(hits: readonly SearchHit[]): string {
  if (hits.length === 0) return say('cli.out.no_hits');
  return hits
    .map((h) => {
      const snippet = h.snippet.replace(/\s+/g, ' ').trim();
      return `${word(kindWord(h.kind), cliRun.words)}  ${h.id}  ${h.title}${snippet ? `\n    ${snippet}` : ''}`;
    })
    .join('\n');
}
