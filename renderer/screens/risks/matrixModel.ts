import { LEVELS, riskZone, type Level, type Zone, type ZoneBands } from '../../../shared/rules/riskMatrix';

/**
 * Where risks stand in the 5 × 5 matrix as the screen draws it, and where the
 * arrow keys take a risk that is being moved. Pure, so it is tested without a
 * DOM and the matrix, the keyboard and drag and drop cannot disagree.
 *
 * 'plan': consequence rows (Veldig lav at the top, as the project plan draws
 * it), probability columns (Veldig lav at the left). 'dsb': probability rows
 * with Veldig høy at the top and consequence columns, as in DSB's ROS
 * guidance. The names match the print routes' `?orientation=`.
 */
export type Orientation = 'plan' | 'dsb';
export const ORIENTATIONS: readonly Orientation[] = ['plan', 'dsb'];

export function isOrientation(value: unknown): value is Orientation {
  return value === 'plan' || value === 'dsb';
}

/** Before measures (the risk's scores) or after them (its residual scores). */
export type MatrixView = 'before' | 'after';

export interface Position {
  readonly probability: Level;
  readonly consequence: Level;
}

export type Axis = 'probability' | 'consequence';

export interface MatrixLayout {
  readonly rowAxis: Axis;
  readonly columnAxis: Axis;
  /** The level of each row, top to bottom. */
  readonly rowLevels: readonly Level[];
  /** The level of each column, left to right. */
  readonly columnLevels: readonly Level[];
}

const DESCENDING: readonly Level[] = [5, 4, 3, 2, 1];

export function matrixLayout(orientation: Orientation): MatrixLayout {
  return orientation === 'plan'
    ? { rowAxis: 'consequence', columnAxis: 'probability', rowLevels: LEVELS, columnLevels: LEVELS }
    : { rowAxis: 'probability', columnAxis: 'consequence', rowLevels: DESCENDING, columnLevels: LEVELS };
}

/** Keeps a number on the 1–5 scale. */
export function clampLevel(n: number): Level {
  return Math.min(5, Math.max(1, Math.round(n))) as Level;
}

export function isLevel(n: unknown): n is Level {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5;
}

/** The scores of the cell at a row and column (0-based, top left is 0, 0); out-of-range indexes are clamped. */
export function cellAt(orientation: Orientation, row: number, column: number): Position {
  const layout = matrixLayout(orientation);
  const r = layout.rowLevels[Math.min(4, Math.max(0, row))]!;
  const c = layout.columnLevels[Math.min(4, Math.max(0, column))]!;
  return layout.rowAxis === 'consequence' ? { consequence: r, probability: c } : { probability: r, consequence: c };
}

/** Row and column (0-based) of a position's cell. */
export function gridIndexOf(orientation: Orientation, position: Position): { row: number; column: number } {
  const layout = matrixLayout(orientation);
  return {
    row: layout.rowLevels.indexOf(position[layout.rowAxis]),
    column: layout.columnLevels.indexOf(position[layout.columnAxis]),
  };
}

export const ARROW_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'] as const;
export type ArrowKey = (typeof ARROW_KEYS)[number];

export function isArrowKey(key: string): key is ArrowKey {
  return (ARROW_KEYS as readonly string[]).includes(key);
}

/**
 * Where an arrow key takes a risk: one cell in the direction the arrow points
 * on screen, whatever the orientation, and no further than the matrix's edge.
 */
export function moveByArrow(orientation: Orientation, from: Position, key: ArrowKey): Position {
  const { row, column } = gridIndexOf(orientation, from);
  const dRow = key === 'ArrowUp' ? -1 : key === 'ArrowDown' ? 1 : 0;
  const dColumn = key === 'ArrowLeft' ? -1 : key === 'ArrowRight' ? 1 : 0;
  return cellAt(orientation, row + dRow, column + dColumn);
}

export function samePosition(a: Position | null | undefined, b: Position | null | undefined): boolean {
  return !!a && !!b && a.probability === b.probability && a.consequence === b.consequence;
}

export interface ScoredRisk {
  readonly id: string;
  readonly number: number;
  readonly probability: number;
  readonly consequence: number;
  readonly residualProbability: number | null;
  readonly residualConsequence: number | null;
}

/** A risk's cell in the given view; null after measures when it has no residual scores yet. */
export function positionIn<R extends ScoredRisk>(risk: R, view: MatrixView): Position | null {
  const p = view === 'before' ? risk.probability : risk.residualProbability;
  const c = view === 'before' ? risk.consequence : risk.residualConsequence;
  return isLevel(p) && isLevel(c) ? { probability: p, consequence: c } : null;
}

export function hasResidualScores<R extends ScoredRisk>(risks: readonly R[]): boolean {
  return risks.some((r) => positionIn(r, 'after') !== null);
}

export interface PlacedCell<R> extends Position {
  readonly zone: Zone;
  readonly row: number;
  readonly column: number;
  /** The cell's risks by number. */
  readonly risks: readonly R[];
}

/**
 * The matrix as drawn: rows top to bottom, each a list of five cells left to
 * right, every cell with its zone and its risks in number order. Risks without
 * scores in this view are left out (see `unplaced`).
 */
export function placeRisks<R extends ScoredRisk>(risks: readonly R[], orientation: Orientation, view: MatrixView, bands: ZoneBands): PlacedCell<R>[][] {
  const layout = matrixLayout(orientation);
  const byCell = new Map<string, R[]>();
  for (const risk of risks) {
    const at = positionIn(risk, view);
    if (!at) continue;
    const key = `${at.probability}:${at.consequence}`;
    const list = byCell.get(key);
    if (list) list.push(risk);
    else byCell.set(key, [risk]);
  }
  return layout.rowLevels.map((_, row) =>
    layout.columnLevels.map((_, column) => {
      const at = cellAt(orientation, row, column);
      const inCell = [...(byCell.get(`${at.probability}:${at.consequence}`) ?? [])].sort((a, b) => a.number - b.number);
      return { ...at, row, column, zone: riskZone(at.probability, at.consequence, bands), risks: inCell };
    }),
  );
}

/** Risks that have no cell in this view, by number. */
export function unplaced<R extends ScoredRisk>(risks: readonly R[], view: MatrixView): R[] {
  return risks.filter((r) => positionIn(r, view) === null).sort((a, b) => a.number - b.number);
}
