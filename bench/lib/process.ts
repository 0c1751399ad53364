import { spawnSync } from 'node:child_process';
import { nowMs } from './stats.js';

export interface TimedCommand {
  /** Shown in progress lines and kept in latest.json. */
  readonly label: string;
  readonly command: string;
  /** A function gives each run its own arguments (an update that changes something every time). */
  readonly args: readonly string[] | (() => readonly string[]);
  /** Run untimed before each timed run (e.g. a fresh copy of a workbook to import into). */
  readonly prepare?: () => void;
  /** Exit codes that count as success (default 0). */
  readonly okCodes?: readonly number[];
}

/**
 * The wall time of one whole process, from spawn until it has exited, in ms.
 * A failed run throws: a bench figure for a command that did not work is worthless.
 */
export function timeProcess(c: TimedCommand, cwd: string): number {
  c.prepare?.();
  const args = typeof c.args === 'function' ? c.args() : c.args;
  const start = nowMs();
  const r = spawnSync(c.command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: 300_000 });
  const ms = nowMs() - start;
  if (r.error) throw r.error;
  if (!(c.okCodes ?? [0]).includes(r.status ?? -1)) {
    throw new Error(`${c.label} failed (exit ${String(r.status ?? r.signal)}): ${r.stderr.trim().split('\n')[0] ?? ''}`);
  }
  return ms;
}

/**
 * Rounds of a baseline and the commands measured against it, alternating
 * (baseline, each command, baseline, …) so a machine that speeds up or slows
 * down moves both. Returns every sample, and per command the ratio of each
 * run to the baseline run of the same round.
 */
export function pairedRounds(
  baseline: TimedCommand, commands: readonly TimedCommand[], rounds: number, cwd: string,
): { baseline: number[]; samples: number[][]; ratios: number[][] } {
  // One untimed warm-up of each fills the page cache.
  for (const c of [baseline, ...commands]) timeProcess(c, cwd);
  const base: number[] = [];
  const samples = commands.map(() => [] as number[]);
  const ratios = commands.map(() => [] as number[]);
  for (let i = 0; i < rounds; i++) {
    const b = timeProcess(baseline, cwd);
    base.push(b);
    commands.forEach((c, k) => {
      const ms = timeProcess(c, cwd);
      samples[k]!.push(ms);
      ratios[k]!.push(ms / b);
    });
  }
  return { baseline: base, samples, ratios };
}
