import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createWorkbook, openWorkbook } from '../../electron/workbook/open.js';
import type { Workbook } from '../../electron/workbook/workbook.js';

/** A fresh folder per test, removed afterwards, with workbooks closed first. */
export function useTempDir(): { dir: () => string; track: (wb: Workbook) => Workbook } {
  let current: string | undefined;
  const open: Workbook[] = [];
  afterEach(() => {
    for (const wb of open.splice(0)) wb.close();
    if (current) rmSync(current, { recursive: true, force: true });
    current = undefined;
  });
  return {
    dir: () => (current ??= mkdtempSync(join(tmpdir(), 'prosjektboka-test-'))),
    track: (wb) => {
      open.push(wb);
      return wb;
    },
  };
}

export function newWorkbook(dir: string, name = 'a.prosjektboka', options: { empty?: boolean; replicaName?: string } = {}): Workbook {
  return createWorkbook(join(dir, name), options);
}

export function reopen(wb: Workbook): Workbook {
  const path = wb.path;
  wb.close();
  return openWorkbook(path);
}
