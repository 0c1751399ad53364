import { meetsTarget, type BenchResult } from './types.js';

export interface SectionRun {
  readonly name: string;
  readonly description: string;
  readonly seconds: number;
  readonly results: readonly BenchResult[];
  readonly error?: string;
}

/** Formats a number for the table: thousands separated, a sensible number of decimals. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const decimals = Number.isInteger(value) || abs >= 1000 ? 0 : abs >= 100 ? 1 : abs >= 10 ? 2 : 3;
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).replace(/,/g, ' ');
}

function formatTarget(r: BenchResult): string {
  if (!r.target) return '';
  return `${r.target.op === '>=' ? '≥' : '≤'} ${formatNumber(r.target.value)}`;
}

/** One plain-text table of every section's results, with a verdict column where a target is set. */
export function renderTable(runs: readonly SectionRun[]): string {
  const header = ['Metric', 'Value', 'Unit', 'Target', ''];
  const rows: (string[] | string)[] = [];
  for (const run of runs) {
    rows.push(`${run.name} — ${run.description} (${run.seconds.toFixed(1)} s)`);
    if (run.error) rows.push(`  FAILED: ${run.error}`);
    for (const r of run.results) {
      const ok = meetsTarget(r);
      rows.push([`  ${r.label}`, formatNumber(r.value), r.unit, formatTarget(r), ok === undefined ? '' : ok ? 'ok' : 'MISS']);
    }
  }
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.filter((r): r is string[] => Array.isArray(r)).map((r) => r[i]!.length)),
  );
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const rule = '─'.repeat(widths.reduce((s, w) => s + w + 2, -2));
  const out = [line(header), rule];
  rows.forEach((r, i) => {
    if (typeof r !== 'string') out.push(line(r));
    else out.push(i === 0 || r.startsWith('  ') ? r : `\n${r}`);
  });
  out.push(rule);
  return out.join('\n');
}
