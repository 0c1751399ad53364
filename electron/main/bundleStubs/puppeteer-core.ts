import { WorkbookError } from '../../../shared/errors.js';
import { msg } from '../../../shared/messages/catalogue.js';

/**
 * What the desktop's database worker bundle gets in place of puppeteer-core
 * (scripts/build-electron.js aliases it). The API's renderPdf prints through
 * Puppeteer and headless Chromium for the web host and the CLI; the desktop
 * app makes its PDFs with Electron's own printing
 * (electron/print/desktopPrint.ts), so it carries neither Puppeteer nor a
 * second browser.
 */
export function launch(): never {
  throw new WorkbookError('not_available', msg('print.desktop_only'), 'failure');
}
