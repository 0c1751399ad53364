import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Kept here rather than imported from the workbook layer, which the main process does not load (a test checks they agree). */
export const WORKBOOK_EXTENSION = '.prosjektboka';
/** Sync files between installations; opened ones go to the Synkronisering page (./syncFileHandoff.ts). */
export const SYNC_FILE_EXTENSION = '.pbsync';

export interface LaunchFiles {
  /** Workbooks to open; the window shows one, so the last one named wins. */
  readonly open: readonly string[];
  /** Sync files to import: the page previews each. */
  readonly import: readonly string[];
}

export const NO_FILES: LaunchFiles = { open: [], import: [] };

function asPath(arg: string, cwd: string): string | null {
  if (/^file:\/\//i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return null;
    }
  }
  return resolve(cwd, arg);
}

/**
 * The files a command line names: from a double-click (Windows, Linux), from
 * a second launch while the app runs, or typed. The first entry is the
 * executable; switches (Chromium's, macOS's -psn_…) and anything that is not a
 * workbook or a sync file are ignored. Relative paths are taken from `cwd`,
 * the working directory of the launch that named them.
 */
export function filesFromArgv(argv: readonly string[], cwd: string = process.cwd()): LaunchFiles {
  const open: string[] = [];
  const toImport: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    const lower = arg.toLowerCase();
    const wanted = lower.endsWith(WORKBOOK_EXTENSION) ? open : lower.endsWith(SYNC_FILE_EXTENSION) ? toImport : null;
    const path = wanted ? asPath(arg, cwd) : null;
    if (wanted && path) wanted.push(path);
  }
  return { open, import: toImport };
}

/** Files that arrive before the window can take them (macOS open-file comes before ready). */
export class PendingFiles {
  private open: string[] = [];
  private toImport: string[] = [];

  add(files: LaunchFiles): void {
    this.open.push(...files.open);
    this.toImport.push(...files.import);
  }

  /** Everything waiting, once. */
  take(): LaunchFiles {
    const taken = { open: this.open, import: this.toImport };
    this.open = [];
    this.toImport = [];
    return taken;
  }
}

export interface LaunchTarget {
  readonly path: string;
  /** The default workbook does not exist yet: make it, with the project plan. */
  readonly create: boolean;
}

/**
 * Which workbook a start opens: one named on the command line; else the one
 * used last, if it still exists; else the default workbook in the user's data
 * folder, created on the very first start.
 */
export function launchTarget(options: {
  requested: string | undefined;
  lastWorkbook: string | null;
  defaultPath: string;
  exists: (path: string) => boolean;
}): LaunchTarget {
  if (options.requested) return { path: options.requested, create: false };
  if (options.lastWorkbook && options.exists(options.lastWorkbook)) return { path: options.lastWorkbook, create: false };
  return { path: options.defaultPath, create: !options.exists(options.defaultPath) };
}
