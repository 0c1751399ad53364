import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WorkbookError } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';

/**
 * The built renderer, as `npm run build` leaves it (dist/renderer), for the
 * web host and the PDF renderer. Found relative to this module: two folders
 * deep in the sources (electron/webhost/) as in the CLI bundle (dist/cli/),
 * so the same relative path holds in both.
 */
export const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

/** The page with only the print views (renderer/print.html), which the pages that only print load. */
export const PRINT_ENTRY = 'print.html';

/** The one-line refusal when the renderer has not been built. */
export function assertRendererBuilt(dir: string = RENDERER_DIR): void {
  if (!existsSync(`${dir}/index.html`)) {
    throw new WorkbookError('not_built', msg('web.not_built'), 'failure');
  }
}
