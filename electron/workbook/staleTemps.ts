import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Removes the temporary files a killed process left beside `name` in `dir`:
 * `.<name>.<pid>[.<time>][.restore].tmp` and their SQLite -wal, -shm and
 * -journal files, wherever that pid is no longer running. Every writer that
 * builds a file under a temporary name and renames it into place calls this
 * first, so a killed `init --from`, export or restore leaves litter only
 * until the next try.
 */
export function removeStaleTemps(dir: string, name: string): void {
  removeDeadTemps(dir, (entry) => (entry.startsWith(`.${name}.`) ? entry.slice(name.length + 2) : undefined));
}

/**
 * Removes, in a folder of files built under temporary names (the backup
 * rotation), every `.<anything>.<pid>[.<time>][.restore].tmp` whose pid no
 * longer runs. Another process's temp file is left alone: it may be a backup
 * being written this very moment by a concurrent import.
 */
export function removeStaleTempsIn(dir: string): void {
  removeDeadTemps(dir, (entry) => /^\..+?\.(\d+(?:\.\d+)?(?:\.restore)?\.tmp(?:-wal|-shm|-journal)?)$/.exec(entry)?.[1]);
}

/** The one rule for both: `<pid>[.<time>][.restore].tmp[-wal|-shm|-journal]` of a process that is gone goes. */
function removeDeadTemps(dir: string, tail: (entry: string) => string | undefined): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    const rest = tail(entry);
    const m = rest === undefined ? null : /^(\d+)(?:\.\d+)?(?:\.restore)?\.tmp(?:-wal|-shm|-journal)?$/.exec(rest);
    if (!m || isRunning(Number(m[1]))) continue;
    rmSync(join(dir, entry), { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
