import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';

export interface MachineInfo {
  readonly date: string;
  readonly node: string;
  readonly platform: string;
  readonly arch: string;
  readonly osRelease: string;
  readonly cpuModel: string;
  readonly cpuCount: number;
  readonly cpuMhz: number;
  readonly totalMemoryMb: number;
  /** 1-minute load average when the run started; above cpuCount, other work was competing for the CPUs. */
  readonly loadAverageAtStart: number;
  readonly sqlite: string;
  readonly betterSqlite3: string;
}

/** What latest.json needs to compare a run with another machine's. */
export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  const db = new Database(':memory:');
  const sqlite = db.prepare('SELECT sqlite_version()').pluck().get() as string;
  db.close();
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: process.platform,
    arch: process.arch,
    osRelease: os.release(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    cpuMhz: cpus[0]?.speed ?? 0,
    totalMemoryMb: Math.round(os.totalmem() / 2 ** 20),
    loadAverageAtStart: Number(os.loadavg()[0]!.toFixed(2)),
    sqlite,
    betterSqlite3: packageVersion('better-sqlite3'),
  };
}

function packageVersion(name: string): string {
  try {
    const require = createRequire(import.meta.url);
    const main = require.resolve(name);
    const pkgPath = main.slice(0, main.lastIndexOf(`node_modules/${name}/`) + `node_modules/${name}/`.length) + 'package.json';
    return (JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
