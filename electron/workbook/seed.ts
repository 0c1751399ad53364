import { fieldSpecs } from '../../shared/model/kinds.js';
import { SEED_PLAN } from '../../shared/seed/plan.js';
import type { SeedRecord } from '../../shared/seed/types.js';
import type { Workbook } from './workbook.js';

/**
 * Writes the seed plan into a new workbook through the command layer, so the
 * seed's records have change records like any other and sync carries them.
 * Returns the id each seed key got (tests name records by their keys).
 */
export function loadSeedPlan(wb: Workbook, plan: readonly SeedRecord[] = SEED_PLAN): Map<string, string> {
  const ids = new Map<string, string>();
  const idOf = (key: string, from: SeedRecord): string => {
    const id = ids.get(key);
    if (!id) throw new Error(`seed record ${from.key} refers to ${key}, which is not defined before it`);
    return id;
  };
  for (const record of plan) {
    const specs = fieldSpecs(record.kind);
    const fields: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(record.fields)) {
      if (specs[name]?.ref && value !== null) {
        fields[name] = Array.isArray(value) ? value.map((k: string) => idOf(k, record)) : idOf(value as string, record);
      } else {
        fields[name] = value;
      }
    }
    ids.set(record.key, wb.commands.create(record.kind, fields));
  }
  return ids;
}
