import { vi, type Mock } from 'vitest';
import { isKind, type Kind } from '../../shared/model/kinds';
import { useAnnouncer, useRiskData, useRiskView } from '../../renderer/screens/risks/store';
import { DEFAULT_SORT, EMPTY_FILTER } from '../../renderer/screens/risks/registerModel';
import { installRealWorkbook, type RealWorkbook } from './realWorkbook';
import { useRecordUi } from '../../renderer/components/records';

/**
 * The seed workbook, real (tests/components/realWorkbook.ts), with what the
 * risk tests read of it: the rows by kind, a risk by number, and a spy per
 * API method that the screen called (each call still goes to the real
 * handlers). Extra risks are added through the command layer.
 */
type Row = { id: string } & Record<string, unknown>;

export interface FakeWorkbook {
  readonly real: RealWorkbook;
  /** The live rows by kind, read from the workbook at each access. */
  readonly tables: Record<string, Row[]>;
  /** Spies on the bridge: one per API method, called with what the screen sent (without the history tag). */
  readonly bridge: Record<string, Mock>;
  byNumber(n: number): Row;
  /** Changes risk n as someone else would (the CLI): not an undo step of this window. */
  update(n: number, patch: Record<string, unknown>): void;
}

export function fakeWorkbook(options: { extraRisks?: number } = {}): FakeWorkbook {
  const real = installRealWorkbook();
  const wb = real.wb;
  wb.transaction(() => {
    for (let i = 0; i < (options.extraRisks ?? 0); i++) {
      wb.commands.create('risk', { title: `Risiko nummer ${10 + i}`, probability: (i % 5) + 1, consequence: ((i * 3) % 5) + 1 });
    }
  });
  const rows = (kind: Kind) => wb.records.list(kind).map((r) => ({ ...r.fields, id: r.id }) as Row);
  const tables = new Proxy({} as Record<string, Row[]>, { get: (_t, kind: string) => (isKind(kind) ? rows(kind) : undefined) });
  const spies: Record<string, Mock> = {};
  const bridge = new Proxy(spies, {
    get: (_t, method: string) => (spies[method] ??= vi.fn()),
  });
  const original = window.prosjektboka!;
  const spied = new Proxy({}, {
    get: (_t, method: string) => (args: Record<string, unknown>, o: unknown) => {
      const rest = { ...args };
      delete rest.history;
      (bridge[method] as Mock)(rest);
      return (original as unknown as Record<string, (a: unknown, o: unknown) => unknown>)[method]!(args, o);
    },
  });
  Object.defineProperty(window, 'prosjektboka', { value: spied, configurable: true, writable: true });
  const byNumber = (n: number) => rows('risk').find((r) => r.number === n)!;
  return {
    real, tables, bridge, byNumber,
    update: (n, patch) => void wb.commands.update('risk', byNumber(n).id, patch),
  };
}

/**
 * jsdom lays nothing out, so the register's virtualiser (which follows the
 * window, the page being what scrolls) would see no room: give the window and
 * the rows the sizes a browser would. Undone by vi.restoreAllMocks().
 */
export function emulateLayout(windowHeight = 600, rowHeight = 52): void {
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(windowHeight);
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
  useRecordUi.setState({ tombstones: {}, orders: {}, focusToggle: undefined });
}
