import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { WorkbookError } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';
import { createHandlers } from '../api/handlers.js';
import { closeSharedPrintBrowser } from '../print/chromium.js';
import { WorkbookSession } from '../api/session.js';
import { renderPdfForApi } from '../print/renderPdf.js';
import { startWebHost, webHostTestingFromEnv } from '../webhost/server.js';
import { RENDERER_DIR, assertRendererBuilt } from '../webhost/rendererDir.js';
import { createWorkbook, openWorkbook } from '../workbook/open.js';
import { defaultWorkbookPath } from '../workbook/defaultLocation.js';
import { say } from './language.js';

export { RENDERER_DIR };

export interface ServeOptions {
  readonly port?: number;
  /** Called with the address once the host listens (the desktop fallback opens a browser on it). */
  readonly onListening?: (url: string) => void;
}

/**
 * Serves one workbook to a browser until the process is told to stop, then
 * closes the workbook cleanly.
 */
export async function serveWorkbook(file: string, options: ServeOptions = {}): Promise<void> {
  assertRendererBuilt();
  const session = new WorkbookSession(openWorkbook(file), { canSwitch: false });
  const host = await startWebHost({
    handlers: createHandlers(session, { renderPdf: renderPdfForApi }), staticDir: RENDERER_DIR, port: options.port, testing: webHostTestingFromEnv(process.env),
  });
  options.onListening?.(host.url);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  await closeSharedPrintBrowser();
  session.close();
}

/** The default workbook in the user's data folder, made from the seed plan the first time (then `onCreated` hears of it). */
export function ensureDefaultWorkbook(onCreated?: (path: string) => void): string {
  const path = defaultWorkbookPath();
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    createWorkbook(path).close();
    onCreated?.(path);
  }
  return path;
}

export function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535) {
    throw new WorkbookError('usage', msg('cli.bad_port', { text }));
  }
  return port;
}

export function registerServe(program: Command, out: (text: string) => void): void {
  program
    .command('serve')
    .description(say('cli.help.serve'))
    .argument('[file]', say('cli.help.serve_file'))
    .option('--port <n>', say('cli.help.serve_port'), parsePort)
    .action((given: string | undefined, opts: { port?: number }) => {
      const file = given ?? ensureDefaultWorkbook();
      return serveWorkbook(file, {
        port: opts.port,
        onListening: (url) => out(say('cli.out.serving', { file, url })),
      });
    });
}
