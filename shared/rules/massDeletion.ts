/**
 * The mass-deletion guard (docs/sync.md, "Mass deletions"): an import that
 * would delete more than a share of the live records stops at the preview
 * and asks, and a sync folder never applies it unattended. A file that
 * deletes a whole project is far more often a mistake somewhere (a workbook
 * emptied by hand, a test copy, a wrong filter followed by "delete all")
 * than a wish every installation shares, and once imported it travels on.
 */
export const MASS_DELETION = {
  /** More than this many records deleted by one import is a mass deletion, whatever the workbook's size. */
  records: 20,
  /** So is more than this share of the live records … */
  share: 0.1,
  /**
   * … once at least this many are deleted: in a workbook of eight records,
   * one delete is 12 % of it but no mass deletion, and a guard that asks
   * about every delete teaches people to say yes without reading.
   */
  shareFrom: 3,
} as const;

export interface MassDeletion {
  /** Records the import would delete. */
  readonly deleted: number;
  /** Live (not deleted) records before it. */
  readonly live: number;
}

export function isMassDeletion({ deleted, live }: MassDeletion): boolean {
  if (deleted > MASS_DELETION.records) return true;
  return deleted >= MASS_DELETION.shareFrom && deleted > live * MASS_DELETION.share;
}

/** The share a deletion is of the live records, as a whole percent (at least 1 when anything goes). */
export function deletionPercent({ deleted, live }: MassDeletion): number {
  return live === 0 ? 100 : Math.max(1, Math.round((deleted / live) * 100));
}
