import { vi } from 'vitest';
import type { ApiEnvelope, ProsjektbokaBridge } from '../../shared/api/contract';
import { SEED_PLAN } from '../../shared/seed/plan';
import { useChanges } from '../../renderer/data/changes';
import { useHistory } from '../../renderer/data/history';
import { useAnnouncer, useRiskData, useRiskView } from '../../renderer/screens/risks/store';
import { DEFAULT_SORT, EMPTY_FILTER } from '../../renderer/screens/risks/registerModel';

/**
 * A workbook in memory behind a fake window.prosjektboka, seeded with the
 * project plan's people, risks and assessments, answering with envelopes as
 * the real bridge does. Enough of the API for the risk register.
 */
type Row = { id: string } & Record<string, unknown>;

let counter = 0;
/** A fresh UUIDv7-shaped id, increasing, as the command layer's are. */
export function nextId(): string {
  counter += 1;
  const hex = counter.toString(16).padStart(12, '0');
  return `01900000-0000-7000-8000-${hex}`;
}

export interface FakeWorkbook {
  tables: Record<string, Row[]>;
  bridge: ProsjektbokaBridge;
  byNumber(n: number): Row;
}

const ok = <T,>(result: T): Promise<ApiEnvelope<T>> => Promise.resolve({ ok: true, result });

export function fakeWorkbook(options: { extraRisks?: number } = {}): FakeWorkbook {
  const keyToId = new Map<string, string>();
  for (const r of SEED_PLAN) keyToId.set(r.key, nextId());
  const tables: Record<string, Row[]> = {};
  const deleted = new Map<string, Row>();
  for (const r of SEED_PLAN) {
    if (!['person', 'risk', 'risk-assessment', 'project'].includes(r.kind)) continue;
    const fields: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r.fields)) fields[k] = typeof v === 'string' && keyToId.has(v) ? keyToId.get(v) : v;
    (tables[r.kind] ??= []).push({ id: keyToId.get(r.key)!, ...fields });
  }
  for (let i = 0; i < (options.extraRisks ?? 0); i++) {
    tables.risk!.push({
      id: nextId(), number: 10 + i, title: `Risiko nummer ${10 + i}`, description: '', measures: '',
      probability: (i % 5) + 1, consequence: ((i * 3) % 5) + 1, residualProbability: null, residualConsequence: null,
      ownerId: null, status: 'open',
    });
  }
  const table = (kind: string) => (tables[kind] ??= []);
  const find = (kind: string, id: string) => table(kind).find((r) => r.id === id);

  const bridge = {
    getWorkbookInfo: vi.fn(),
    getSummary: vi.fn(),
    search: vi.fn(),
    recentWorkbooks: vi.fn(),
    openWorkbook: vi.fn(),
    newWorkbook: vi.fn(),
    listRecords: vi.fn(({ kind }: { kind: string }) => ok(table(kind).map((r) => ({ ...r })))),
    getRecord: vi.fn(({ kind, id }: { kind: string; id: string }) => ok({ ...find(kind, id)! })),
    createRecord: vi.fn(({ kind, fields }: { kind: string; fields: Record<string, unknown> }) => {
      const id = nextId();
      const number = Math.max(0, ...table(kind).map((r) => Number(r.number ?? 0))) + 1;
      table(kind).push({ id, number, description: '', measures: '', residualProbability: null, residualConsequence: null, ownerId: null, status: 'open', ...fields });
      return ok({ id });
    }),
    updateRecord: vi.fn(({ kind, id, patch }: { kind: string; id: string; patch: Record<string, unknown> }) => {
      const row = find(kind, id)!;
      const changed = Object.keys(patch).filter((k) => row[k] !== patch[k]);
      Object.assign(row, patch);
      return ok({ changed });
    }),
    deleteRecord: vi.fn(({ kind, id }: { kind: string; id: string }) => {
      const row = find(kind, id)!;
      tables[kind] = table(kind).filter((r) => r !== row);
      deleted.set(id, row);
      return ok({});
    }),
    restoreRecord: vi.fn(({ kind, id }: { kind: string; id: string }) => {
      const row = deleted.get(id);
      if (row) table(kind).push(row);
      deleted.delete(id);
      return ok({});
    }),
    assessRisk: vi.fn((args: Record<string, unknown> & { riskId: string }) => {
      const risk = find('risk', args.riskId)!;
      for (const k of ['probability', 'consequence', 'residualProbability', 'residualConsequence']) {
        if (args[k] !== undefined) risk[k] = args[k];
      }
      const assessmentId = nextId();
      table('risk-assessment').push({
        id: assessmentId, riskId: risk.id, date: args.date, probability: risk.probability, consequence: risk.consequence,
        residualProbability: risk.residualProbability, residualConsequence: risk.residualConsequence, note: args.note ?? '',
      });
      return ok({ assessmentId });
    }),
  } as unknown as ProsjektbokaBridge;

  Object.defineProperty(window, 'prosjektboka', { value: bridge, configurable: true, writable: true });
  return { tables, bridge, byNumber: (n) => table('risk').find((r) => r.number === n)! };
}

/**
 * jsdom lays nothing out, so the register's virtualiser would see a table
 * with no room: give its scroll area and rows the sizes a browser would.
 * Undone by vi.restoreAllMocks().
 */
export function emulateLayout(scrollHeight = 600, rowHeight = 52): void {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('register-scroll') ? scrollHeight : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.tagName === 'TR' ? rowHeight : 0;
  });
}

/** Every test starts from the screen's defaults: plan orientation, no filter, nothing selected, empty undo. */
export function resetRiskScreen(): void {
  vi.restoreAllMocks();
  emulateLayout();
  localStorage.clear();
  useRiskData.setState({ risks: [], assessments: [], people: [], probabilityLabels: [], consequenceLabels: [], loaded: false, error: undefined });
  useRiskView.setState({ selectedId: undefined, filter: EMPTY_FILTER, sort: DEFAULT_SORT, orientation: 'plan', view: 'before' });
  useAnnouncer.setState({ message: '', seq: 0 });
  useHistory.setState({ past: [], future: [], busy: false });
  useChanges.setState({ versions: {} });
}
