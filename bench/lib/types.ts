/**
 * The shape every bench section shares. A section is a module whose default
 * export is a `BenchSection`; bench/run.ts lists them in order, runs them and
 * prints one table. To add a section (UI render time, sync import, PDF…),
 * write bench/<area>/<name>.ts exporting a BenchSection and add it to
 * SECTIONS in bench/run.ts.
 */
export interface BenchTarget {
  /** `>=`: the value must reach `value`; `<=`: it must stay at or below it. */
  readonly op: '>=' | '<=';
  readonly value: number;
}

export interface BenchResult {
  /** Stable machine-readable key, unique within the section, e.g. `command.records_per_s`. */
  readonly name: string;
  /** What the table shows. */
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: BenchTarget;
  /** The individual measurements `value` was reduced from (e.g. one per round). */
  readonly samples?: readonly number[];
  /** Anything else worth keeping in latest.json (not printed). */
  readonly detail?: Readonly<Record<string, unknown>>;
}

export interface BenchSection {
  readonly name: string;
  /** One line for the table heading. */
  readonly description: string;
  run(): Promise<BenchResult[]>;
}

export function meetsTarget(result: BenchResult): boolean | undefined {
  const t = result.target;
  if (!t) return undefined;
  return t.op === '>=' ? result.value >= t.value : result.value <= t.value;
}
