/**
 * The 5 × 5 risk matrix: score, zone and placement. Pure, so the register,
 * the printed matrix and the CLI agree on where a risk stands.
 */
export type Level = 1 | 2 | 3 | 4 | 5;
export const LEVELS: readonly Level[] = [1, 2, 3, 4, 5];

/** green = akseptabel, yellow = tiltak må vurderes, red = uakseptabel, tiltak nødvendig. */
export type Zone = 'green' | 'yellow' | 'red';

export function riskScore(probability: number, consequence: number): number {
  return probability * consequence;
}

/**
 * The plan gives no zone boundaries; these follow common municipal ROS practice
 * on a 5 × 5 grid: up to 4 acceptable, 15 and above unacceptable.
 */
export function riskZone(probability: number, consequence: number): Zone {
  const score = riskScore(probability, consequence);
  if (score >= 15) return 'red';
  if (score >= 5) return 'yellow';
  return 'green';
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
export function matrixCells(risks: readonly PlacedRisk[]): MatrixCell[] {
  const cells: MatrixCell[] = [];
  for (const consequence of LEVELS) {
    for (const probability of LEVELS) {
      const inCell = risks
        .filter((r) => r.consequence === consequence && r.probability === probability)
        .map((r) => r.number)
        .sort((a, b) => a - b);
      cells.push({ consequence, probability, zone: riskZone(probability, consequence), risks: inCell });
    }
  }
  return cells;
}
