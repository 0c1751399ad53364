import { WorkbookError } from '../../../shared/errors.js';

/**
 * What the desktop's database worker bundle gets in place of playwright-core
 * (scripts/build-electron.js aliases it). The API's renderPdf prints through
 * Playwright and Chromium for the web host and the CLI; the desktop app makes
 * its PDFs with Electron's own printing (electron/print/desktopPrint.ts), and
 * Playwright, a development dependency, is not in the packaged app. Bundling
 * the real package would also break: it reads its own files at load.
 */
export const chromium = {
  launch(): never {
    throw new WorkbookError('not_available', 'Skrivebordsappen lager PDF med sin egen utskrift, ikke via nettleseren.', 'failure');
  },
};
