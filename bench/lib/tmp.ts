import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dirs: string[] = [];
let hooked = false;

/** A fresh folder under the OS temp dir, removed when the process exits. */
export function tempDir(prefix = 'prosjektboka-bench-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  if (!hooked) {
    hooked = true;
    process.on('exit', removeTempDirs);
  }
  return dir;
}

/** Removes a workbook file and its WAL companions. */
export function removeWorkbookFile(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

function removeTempDirs(): void {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
