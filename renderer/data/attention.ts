import type { ZoneBands } from '../../shared/rules/riskCriteria';
import type { ApiResult } from '../../shared/api/contract';
import type { RecordOf } from '../../shared/model/kinds';
import { isActionOpen, riskStatus } from '../../shared/rules/projectStatus';

/**
 * What the app's frame points out on every screen: open action items, risks in the red zone (the
 * workbook's own zone rule, shared/rules), open sync conflicts, and when this installation last
 * exchanged a sync file. Pure: the sidebar and the header only draw it.
 */
export interface Attention {
  readonly openActions: number;
  readonly redRisks: number;
  readonly openConflicts: number;
  /** The latest export from here or import from another installation; null when none happened yet. */
  readonly lastExchangeAt: string | null;
}

export type SyncStatus = ApiResult<'getSyncStatus'>;

export function attention(actions: readonly RecordOf<'action'>[], risks: readonly RecordOf<'risk'>[], sync: SyncStatus | undefined, bands: ZoneBands): Attention {
  return {
    openActions: actions.filter(isActionOpen).length,
    redRisks: riskStatus(risks, bands).red,
    openConflicts: sync?.openConflicts ?? 0,
    lastExchangeAt: sync ? lastExchange(sync) : null,
  };
}

/** ISO timestamps compare as text; the newest of this installation's export and every peer's import. */
export function lastExchange(sync: Pick<SyncStatus, 'lastExportAt' | 'peers'>): string | null {
  const times = [sync.lastExportAt, ...sync.peers.map((p) => p.lastImportAt)].filter((t): t is string => t !== null);
  return times.length === 0 ? null : times.reduce((a, b) => (b > a ? b : a));
}

/** The calendar day of a timestamp where this window is, as YYYY-MM-DD (the workbook stores UTC). */
export function localDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
