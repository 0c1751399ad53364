import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { progress } from '../lib/log.js';
import { pairedRounds, type TimedCommand } from '../lib/process.js';
import { median, round } from '../lib/stats.js';
import { tempDir } from '../lib/tmp.js';
import type { BenchResult, BenchSection } from '../lib/types.js';

const ROUNDS = Math.max(3, Number(process.env.BENCH_CLI_ROUNDS ?? 9));
const REPO = resolve(import.meta.dirname, '../..');
const CLI = join(REPO, 'bin', 'prosjektboka.js');
const node = process.execPath;

function cli(label: string, args: string[] | (() => string[]), prepare?: () => void): TimedCommand {
  return { label, command: node, args: typeof args === 'function' ? () => [CLI, ...args()] : [CLI, ...args], prepare };
}

function must(c: TimedCommand): string {
  const r = spawnSync(c.command, c.args as string[], { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${c.label} failed: ${r.stderr}`);
  return r.stdout;
}

/**
 * What a scheduled task or a script calling the CLI waits for: whole
 * processes of `prosjektboka info|add|update` on the seed workbook and `sync
 * import` of a small delta (one new risk, one edit), each against `node -e 0`
 * started in the same round. Ratios per round, medians of those.
 */
const section: BenchSection = {
  name: 'cli',
  description: `CLI cold start, whole processes ÷ node -e 0 in the same round (${ROUNDS} rounds, medians)`,
  async run() {
    // The first of these runs rebuilds a stale bundle (bin/bundle.js), before anything is timed.
    const dir = tempDir();
    const seed = join(dir, 'plan.prosjektboka');
    const mysen = join(dir, 'mysen.prosjektboka');
    must(cli('init', ['init', seed, '--replica-name', 'Drammen']));
    const full = join(dir, 'full.pbsync');
    must(cli('export', ['sync', 'export', seed, full, '--full']));
    must(cli('join', ['init', mysen, '--from', full, '--replica-name', 'Mysen']));
    // The small delta: one new risk and one edit made in Mysen, for Drammen.
    const mysenRisk = must(cli('add', ['add', mysen, 'risk', 'title=Bibliotekbussen blir forsinket', 'probability=2', 'consequence=3'])).trim();
    must(cli('update', ['update', mysen, 'risk', mysenRisk, 'probability=3']));
    const delta = join(dir, 'delta.pbsync');
    must(cli('export delta', ['sync', 'export', mysen, delta, '--for', 'Drammen']));
    // Drammen as it was before the timed add and update below change it.
    const pristine = join(dir, 'drammen-for.prosjektboka');
    copyFileSync(seed, pristine);
    const target = join(dir, 'mottaker.prosjektboka');
    const riskId = (JSON.parse(must(cli('list', ['list', seed, 'risk', '--json']))) as { id: string }[])[0]!.id;

    let edits = 0;
    const baseline: TimedCommand = { label: 'node -e 0', command: node, args: ['-e', '0'] };
    const commands = [
      cli('info', ['info', seed]),
      cli('add', ['add', seed, 'risk', `title=Risiko fra benken`, 'probability=1', 'consequence=1']),
      // A new title every run, so each one writes.
      cli('update', () => ['update', seed, 'risk', riskId, `title=Mangel på forståelse hos ansatte (${++edits})`]),
      // Each import goes into a fresh copy of the recipient, so every run has the delta to apply.
      cli('sync import', ['sync', 'import', target, delta], () => copyFileSync(pristine, target)),
    ];
    progress(`${commands.length} commands against node -e 0, ${ROUNDS} rounds`);
    const r = pairedRounds(baseline, commands, ROUNDS, REPO);
    const base = median(r.baseline);
    const targets = [3, 3, 3, 5];
    const results: BenchResult[] = [
      { name: 'node_e0.ms', label: 'baseline: node -e 0', value: round(base), unit: 'ms', samples: r.baseline.map((v) => round(v)) },
    ];
    commands.forEach((c, k) => {
      const key = c.label.replace(' ', '_');
      progress(`${c.label}: ${round(median(r.samples[k]!))} ms, ${round(median(r.ratios[k]!), 3)} × node -e 0`);
      results.push(
        { name: `${key}.ms`, label: `prosjektboka ${c.label}`, value: round(median(r.samples[k]!)), unit: 'ms', samples: r.samples[k]!.map((v) => round(v)) },
        {
          name: `${key}.ratio`, label: `prosjektboka ${c.label} ÷ node -e 0`, value: round(median(r.ratios[k]!), 3), unit: '×',
          samples: r.ratios[k]!.map((v) => round(v, 3)), target: { op: '<=', value: targets[k]! },
        },
      );
    });
    return results;
  },
};

export default section;
