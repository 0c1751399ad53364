import { join } from 'node:path';
import { progress } from '../lib/log.js';
import { removeWorkbookFile, tempDir } from '../lib/tmp.js';
import { buildWithCommands } from './build.js';
import { dataset } from './dataset.js';

/**
 * The large workbook that read-side sections (search, and later UI render or
 * PDF) measure against: the LARGE dataset built through the command layer.
 * The write section hands over the file of its last command round; a section
 * run on its own gets one built here. Removed when the process exits.
 */
let largePath: string | undefined;

export function adoptLargeWorkbook(path: string): void {
  if (largePath && largePath !== path) removeWorkbookFile(largePath);
  largePath = path;
}

export function largeWorkbookPath(): string {
  if (!largePath) {
    const path = join(tempDir(), 'large.prosjektboka');
    progress('building the large workbook through the command layer');
    buildWithCommands(path, dataset());
    largePath = path;
  }
  return largePath;
}
