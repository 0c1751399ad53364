/**
 * The 5 × 5 risk matrix: score, zone and placement. Pure, so the register,
 * the printed matrix and the CLI agree on where a risk stands.
 */
export type Level = 1 | 2 | 3 | 4 | 5;
export const LEVELS: readonly Level[] = [1, 2, 3, 4, 5];

import { zoneOfScore, type Zone, type ZoneBands } from './riskCriteria.js';

/** green = akseptabel, yellow = tiltak må vurderes, red = uakseptabel, tiltak nødvendig (the plan's words). */
export type { Zone, ZoneBands } from './riskCriteria.js';

export function riskScore(probability: number, consequence: number): number {
  return probability * consequence;
}

/**
 * The zone of a placement under the project's acceptance criteria
 * (riskCriteria(project).bands): the municipality decides the bands, so
 * every caller passes them and none keeps thresholds of its own.
 */
export function riskZone(probability: number, consequence: number, bands: ZoneBands): Zone {
  return zoneOfScore(riskScore(probability, consequence), bands);
}

export interface PlacedRisk {
  readonly number: number;
  readonly probability: number;
  readonly consequence: number;
}

export interface MatrixCell {
  readonly consequence: Level;
  readonly probability: Level;
  readonly zone: Zone;
  /** Risk numbers in ascending order. */
  readonly risks: number[];
}

/** All 25 cells, consequence-major, each with the numbers of the risks placed in it. */
export function matrixCells(risks: readonly PlacedRisk[], bands: ZoneBands): MatrixCell[] {
  const cells: MatrixCell[] = [];
  for (const consequence of LEVELS) {
    for (const probability of LEVELS) {
      const inCell = risks
        .filter((r) => r.consequence === consequence && r.probability === probability)
        .map((r) => r.number)
        .sort((a, b) => a - b);
      cells.push({ consequence, probability, zone: riskZone(probability, consequence, bands), risks: inCell });
    }
  }
  return cells;
}
