import { RISK_STATUSES, type RiskStatus } from '../../../shared/model/enums';
import type { RecordOf } from '../../../shared/model/kinds';
import { riskScore, riskZone, type Zone, type ZoneBands } from '../../../shared/rules/riskMatrix';

/** A risk as the workbook stores it (listRecords('risk')). */
export type Risk = Readonly<RecordOf<'risk'>>;

export type RiskAssessment = Readonly<RecordOf<'risk-assessment'>>;

/** Who may own a risk: all the register needs of a person. */
export type Person = Readonly<Pick<RecordOf<'person'>, 'id' | 'name'>>;

/** One line of the register: the risk with what the table shows beside it. */
export interface RegisterRow extends Risk {
  readonly score: number;
  readonly zone: Zone;
  readonly ownerName: string;
}

export const ZONE_ORDER: readonly Zone[] = ['green', 'yellow', 'red'];

export function registerRows(risks: readonly Risk[], people: readonly Person[], bands: ZoneBands): RegisterRow[] {
  const names = new Map(people.map((p) => [p.id, p.name]));
  return risks.map((r) => ({
    ...r,
    score: riskScore(r.probability, r.consequence),
    zone: riskZone(r.probability, r.consequence, bands),
    ownerName: r.ownerId ? (names.get(r.ownerId) ?? '') : '',
  }));
}

/** '' means any; owner NO_OWNER means risks nobody owns yet. */
export interface RiskFilter {
  readonly text: string;
  readonly zone: Zone | '';
  readonly status: RiskStatus | '';
  readonly owner: string;
}

export const NO_OWNER = '-';
export const EMPTY_FILTER: RiskFilter = { text: '', zone: '', status: '', owner: '' };

export function isFiltered(filter: RiskFilter): boolean {
  return filter.text.trim() !== '' || filter.zone !== '' || filter.status !== '' || filter.owner !== '';
}

const fold = (s: string) => s.toLocaleLowerCase('nb');

/**
 * Text matches the risk's number exactly ("6", "#6") or any words of its
 * title, description, measures or owner, in any case.
 */
export function filterRisks(rows: readonly RegisterRow[], filter: RiskFilter): RegisterRow[] {
  const words = fold(filter.text).trim().split(/\s+/).filter(Boolean);
  const number = /^#?(\d+)$/.exec(filter.text.trim())?.[1];
  return rows.filter((r) => {
    if (filter.zone && r.zone !== filter.zone) return false;
    if (filter.status && r.status !== filter.status) return false;
    if (filter.owner === NO_OWNER ? r.ownerId !== null : filter.owner && r.ownerId !== filter.owner) return false;
    if (words.length === 0) return true;
    if (number !== undefined && String(r.number) === number) return true;
    const haystack = fold(`${r.title}\n${r.description}\n${r.measures}\n${r.ownerName}`);
    return words.every((w) => haystack.includes(w));
  });
}

export const SORT_KEYS = ['number', 'title', 'probability', 'consequence', 'score', 'zone', 'owner', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface RiskSort {
  readonly key: SortKey;
  readonly direction: 'ascending' | 'descending';
}
export const DEFAULT_SORT: RiskSort = { key: 'number', direction: 'ascending' };

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

function compareBy(key: SortKey, a: RegisterRow, b: RegisterRow): number {
  switch (key) {
    case 'number':
      return a.number - b.number;
    case 'title':
      return collator.compare(a.title, b.title);
    case 'probability':
      return a.probability - b.probability;
    case 'consequence':
      return a.consequence - b.consequence;
    case 'score':
      return a.score - b.score;
    case 'zone':
      return ZONE_ORDER.indexOf(a.zone) - ZONE_ORDER.indexOf(b.zone) || a.score - b.score;
    case 'owner':
      // Risks nobody owns come last whichever way the column is sorted.
      return collator.compare(a.ownerName, b.ownerName);
    case 'status':
      return RISK_STATUSES.indexOf(a.status) - RISK_STATUSES.indexOf(b.status);
  }
}

/** Sorted by one column; ties go by number, ascending, so the order is stable and predictable. */
export function sortRisks(rows: readonly RegisterRow[], sort: RiskSort): RegisterRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort.key === 'owner' && (a.ownerName === '') !== (b.ownerName === '')) return a.ownerName === '' ? 1 : -1;
    return sign * compareBy(sort.key, a, b) || a.number - b.number;
  });
}

/** Clicking a column's header sorts by it; clicking it again turns the order round. */
export function nextSort(current: RiskSort, key: SortKey): RiskSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  // Severity reads best worst-first.
  const worstFirst = key === 'score' || key === 'zone' || key === 'probability' || key === 'consequence';
  return { key, direction: worstFirst ? 'descending' : 'ascending' };
}

/** A risk's assessments, newest first (same day: the later one first; ids are time-ordered). */
export function historyOf(assessments: readonly RiskAssessment[], riskId: string): RiskAssessment[] {
  return assessments
    .filter((a) => a.riskId === riskId)
    .sort((a, b) => (a.date === b.date ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.date < b.date ? 1 : -1));
}
