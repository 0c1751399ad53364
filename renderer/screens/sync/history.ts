import type { ApiResult } from '../../../shared/api/contract';

/**
 * The history of imports and exports. The workbook remembers, per
 * installation, when a file last came from it and when one was last made for
 * it (whoever made them: this page, the CLI, the sync folder). This page also
 * notes what it did on this machine, with the details (how many changes,
 * encrypted or not, the file's name), in the browser's storage. The history
 * is both, with the workbook's entries left out where the page's own note
 * tells the same event in more detail.
 */
export interface LoggedExchange {
  readonly at: string;
  readonly direction: 'import' | 'export';
  /** The sender (import) or the recipient (export); null: a file for everyone, or a full file. */
  readonly peerId: string | null;
  readonly peerName: string;
  /** Changes the file held (export) or brought that were new here (import). */
  readonly changes: number;
  readonly conflicts?: number;
  readonly full?: boolean;
  readonly encrypted?: boolean;
  readonly fileName?: string;
}

export interface HistoryRow {
  readonly at: string;
  readonly direction: 'import' | 'export';
  readonly peerName: string | null;
  readonly full: boolean;
  /** Only for what this page did on this machine. */
  readonly details?: Pick<LoggedExchange, 'changes' | 'conflicts' | 'encrypted' | 'fileName'>;
}

type Status = Pick<ApiResult<'getSyncStatus'>, 'lastExportAt' | 'peers'>;

/** How far apart the page's note and the workbook's record of one exchange may be (the page notes it after the answer). */
const SAME_EVENT_MS = 2 * 60_000;
const KEPT = 100;
const SHOWN = 50;

const key = (workbookId: string) => `prosjektboka.syncLog.${workbookId}`;

export function loggedExchanges(workbookId: string): LoggedExchange[] {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(key(workbookId)) ?? '[]');
    return Array.isArray(parsed) ? (parsed.filter(isLogged) as LoggedExchange[]) : [];
  } catch {
    return [];
  }
}

export function logExchange(workbookId: string, entry: LoggedExchange): void {
  try {
    const all = [entry, ...loggedExchanges(workbookId)].slice(0, KEPT);
    globalThis.localStorage?.setItem(key(workbookId), JSON.stringify(all));
  } catch {
    // Storage may be refused (a private window); the workbook still records the exchange itself.
  }
}

function isLogged(v: unknown): boolean {
  const e = v as Partial<LoggedExchange> | null;
  return typeof e === 'object' && e !== null && typeof e.at === 'string' && (e.direction === 'import' || e.direction === 'export')
    && typeof e.changes === 'number' && typeof e.peerName === 'string';
}

export function syncHistory(status: Status, logged: readonly LoggedExchange[]): HistoryRow[] {
  const near = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) <= SAME_EVENT_MS;
  const toldByLog = (direction: 'import' | 'export', at: string, peerId: string | null) =>
    logged.some((l) => l.direction === direction && near(l.at, at) && (peerId === null || l.peerId === peerId));

  const rows: HistoryRow[] = logged.map((l) => ({
    at: l.at,
    direction: l.direction,
    peerName: l.peerId === null && !l.peerName ? null : l.peerName,
    full: l.full === true,
    details: { changes: l.changes, conflicts: l.conflicts, encrypted: l.encrypted, fileName: l.fileName },
  }));
  const peerExports = new Set<string>();
  for (const p of status.peers) {
    if (p.lastImportAt && !toldByLog('import', p.lastImportAt, p.replicaId)) {
      rows.push({ at: p.lastImportAt, direction: 'import', peerName: p.name, full: false });
    }
    if (p.lastExportAt) {
      peerExports.add(p.lastExportAt);
      if (!toldByLog('export', p.lastExportAt, p.replicaId)) rows.push({ at: p.lastExportAt, direction: 'export', peerName: p.name, full: false });
    }
  }
  // The latest file made for everyone (or a full one), when it was not one made for a known installation.
  const last = status.lastExportAt;
  if (last && !peerExports.has(last) && !toldByLog('export', last, null)) rows.push({ at: last, direction: 'export', peerName: null, full: false });

  return rows.sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, SHOWN);
}
