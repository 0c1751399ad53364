/**
 * `npm run bench`: runs every section in order, prints one table to stdout and
 * writes bench/results/latest.json. `npm run bench -- search` runs only the
 * named sections. Environment: BENCH_ROUNDS (write rounds, default 5),
 * BENCH_SEARCH_ITERATIONS (default 40).
 *
 * To add a section, write a module whose default export is a BenchSection
 * (bench/lib/types.ts) and add it to SECTIONS.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import search from './core/search.js';
import write from './core/write.js';
import edit from './core/fieldEdit.js';
import disk from './core/disk.js';
import render from './ui/render.js';
import sync from './sync/import.js';
import peers from './sync/peers.js';
import print from './print/riskMatrixPdf.js';
import cli from './cli/coldStart.js';
import { machineInfo } from './lib/machine.js';
import { nowMs } from './lib/stats.js';
import { renderTable, type SectionRun } from './lib/table.js';
import { meetsTarget, type BenchSection } from './lib/types.js';

const SECTIONS: readonly BenchSection[] = [write, edit, search, disk, sync, peers, cli, print, render];

async function main(): Promise<number> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = wanted.filter((w) => !SECTIONS.some((s) => s.name === w));
  if (unknown.length > 0) {
    process.stderr.write(`unknown section ${unknown.join(', ')}; sections: ${SECTIONS.map((s) => s.name).join(', ')}\n`);
    return 2;
  }
  const selected = wanted.length > 0 ? SECTIONS.filter((s) => wanted.includes(s.name)) : SECTIONS;
  const machine = machineInfo();
  process.stderr.write(`Prosjektboka bench: ${machine.cpuCount} × ${machine.cpuModel}, Node ${machine.node}, SQLite ${machine.sqlite}\n`);

  const started = nowMs();
  const runs: SectionRun[] = [];
  for (const section of selected) {
    process.stderr.write(`${section.name}: ${section.description}\n`);
    const start = nowMs();
    try {
      const results = await section.run();
      runs.push({ name: section.name, description: section.description, seconds: (nowMs() - start) / 1000, results });
    } catch (e) {
      const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
      process.stderr.write(`${section.name} failed: ${error}\n`);
      runs.push({ name: section.name, description: section.description, seconds: (nowMs() - start) / 1000, results: [], error });
    }
  }
  const totalSeconds = (nowMs() - started) / 1000;
  const loadAverageAtEnd = Number(loadavg()[0]!.toFixed(2));
  const busy = Math.max(machine.loadAverageAtStart, loadAverageAtEnd) > machine.cpuCount;

  process.stdout.write(`\n${renderTable(runs)}\n`);
  process.stdout.write(`${machine.cpuCount} × ${machine.cpuModel} · Node ${machine.node} · SQLite ${machine.sqlite} · ${totalSeconds.toFixed(1)} s in all\n`);
  process.stdout.write(`load average ${machine.loadAverageAtStart} at start, ${loadAverageAtEnd} at end\n`);
  if (busy) process.stdout.write(`warning: other work was competing for the ${machine.cpuCount} CPUs; absolute times are inflated (ratios less so)\n`);

  const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'latest.json');
  mkdirSync(dirname(out), { recursive: true });
  const report = {
    machine: { ...machine, loadAverageAtEnd },
    busy,
    totalSeconds: Number(totalSeconds.toFixed(2)),
    sections: runs.map((r) => ({
      ...r,
      seconds: Number(r.seconds.toFixed(2)),
      results: r.results.map((res) => ({ ...res, met: meetsTarget(res) })),
    })),
  };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`written ${out}\n`);

  const failed = runs.some((r) => r.error);
  return failed ? 1 : 0;
}

process.exitCode = await main();
