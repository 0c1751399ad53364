import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/api/handlers.js';
import { WorkbookSession } from '../../electron/api/session.js';
import { RENDERER_DIR } from '../../electron/cli/serve.js';
import { launchPrintBrowser } from '../../electron/print/chromium.js';
import { printViewWithDialog, saveViewAsPdf, type PrintableContents } from '../../electron/print/desktopPrint.js';
import { startWebHost, type WebHost } from '../../electron/webhost/server.js';
import { createWorkbook, openWorkbook } from '../../electron/workbook/open.js';
import { isA4Landscape, isA4Portrait, pdfInfo, pdfLayoutText, pdfText } from './pdfTools.js';

/**
 * The desktop app's Skriv ut and Lagre som PDF, driven through the same few
 * WebContents methods Electron has, here played by a Playwright page over
 * the web host (Electron itself cannot start on a test machine without a display).
 */
function asWebContents(page: Page, printed: string[]): PrintableContents {
  return {
    loadURL: async (url) => {
      await page.goto(url);
    },
    executeJavaScript: (code) => page.evaluate(code),
    printToPDF: async (o) => page.pdf({
      preferCSSPageSize: o.preferCSSPageSize, printBackground: o.printBackground, outline: o.generateDocumentOutline, tagged: o.generateTaggedPDF,
    }),
    print: (_options, callback) => {
      void page.evaluate('location.hash').then((hash) => {
        printed.push(String(hash));
        callback?.(true, '');
      });
    },
  };
}

describe('printing from the desktop app', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prosjektboka-desktop-print-'));
  const file = join(dir, 'plan.prosjektboka');
  let session: WorkbookSession;
  let host: WebHost;
  let browser: Browser;

  beforeAll(async () => {
    createWorkbook(file).close();
    session = new WorkbookSession(openWorkbook(file), { canSwitch: false });
    [host, browser] = await Promise.all([
      startWebHost({ handlers: createHandlers(session), staticDir: RENDERER_DIR }),
      launchPrintBrowser(),
    ]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    session?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('saves the plan as PDF with its contents numbered, reusing one window for both passes', async () => {
    const page = await browser.newPage();
    const pdf = await saveViewAsPdf(asWebContents(page, []), host.url, 'plan');
    const out = join(dir, 'plan.pdf');
    writeFileSync(out, pdf);
    const info = pdfInfo(out);
    expect(isA4Portrait(info)).toBe(true);
    expect(info.fields.Author).toBe('Prosjektboka');
    expect(info.fields.Title).toBe('Prosjektplan – Beste praksis for bibliotek og innbyggertorg');
    expect(pdfLayoutText(out, 2)).toMatch(/7\. Budsjett\s+(\d+)/);
    const budgetPage = Number(/7\. Budsjett\s+(\d+)/.exec(pdfLayoutText(out, 2))![1]);
    expect(pdfText(out, budgetPage)).toMatch(/^7\. Budsjett /);
    await page.close();
  });

  it('opens the print dialog on the risk matrix once the view is drawn', async () => {
    const page = await browser.newPage();
    const printed: string[] = [];
    expect(await printViewWithDialog(asWebContents(page, printed), host.url, 'risk-matrix', { orientation: 'dsb' })).toBe(true);
    expect(printed).toEqual(['#/print/risk-matrix?orientation=dsb']);
    expect(await page.evaluate('document.body.dataset.printReady')).toBe('true');
    const pdf = await saveViewAsPdf(asWebContents(page, printed), host.url, 'risk-matrix');
    const out = join(dir, 'matrise.pdf');
    writeFileSync(out, pdf);
    expect(isA4Landscape(pdfInfo(out))).toBe(true);
    expect(pdfInfo(out).pages).toBe(1);
    await page.close();
  });
});
