import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/api/handlers.js';
import { WorkbookSession } from '../../electron/api/session.js';
import { RENDERER_DIR } from '../../electron/cli/serve.js';
import { launchPrintBrowser, type Browser } from '../../electron/print/chromium.js';
import { DesktopPrintPage, type PrintableContents } from '../../electron/print/desktopPrint.js';
import { startWebHost, type WebHost } from '../../electron/webhost/server.js';
import { createWorkbook, openWorkbook } from '../../electron/workbook/open.js';
import { isA4Landscape, isA4Portrait, pagePixels, pdfInfo, pdfLayoutText, pdfText } from './pdfTools.js';

/**
 * The desktop app's Skriv ut and Lagre som PDF, driven through the same few
 * WebContents methods Electron has, here played by a Puppeteer page over
 * the web host (Electron itself cannot start on a test machine without a display).
 */
function asWebContents(page: Page, printed: string[], loads: string[] = []): PrintableContents {
  return {
    loadURL: async (url) => {
      loads.push(url);
      await page.goto(url);
    },
    executeJavaScript: (code) => page.evaluate(code),
    printToPDF: async (o) => Buffer.from(await page.pdf({
      preferCSSPageSize: o.preferCSSPageSize, printBackground: o.printBackground, outline: o.generateDocumentOutline, tagged: o.generateTaggedPDF,
    })),
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
  /** The page the hidden print window loads: the print views alone. */
  const printEntry = () => {
    const u = new URL(host.url);
    u.pathname = '/print.html';
    return u.href;
  };

  beforeAll(async () => {
    createWorkbook(file).close();
    session = new WorkbookSession(openWorkbook(file), { canSwitch: false });
    [host, browser] = await Promise.all([
      startWebHost({ handlers: createHandlers(session), staticDir: RENDERER_DIR }),
      launchPrintBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    session?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('saves the plan as PDF with its contents numbered, reusing one window for both passes', async () => {
    const page = await browser.newPage();
    const loads: string[] = [];
    const pdf = await new DesktopPrintPage(asWebContents(page, [], loads)).saveAsPdf(printEntry(), 'plan');
    // The second pass (the contents' page numbers) only changed the hash; the first is drawn with toc=0 so it never asks for numbers itself.
    expect(loads).toEqual([`${printEntry()}#/print/plan?toc=0`]);
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

  it('opens the print dialog on the risk matrix once the view is drawn, and keeps the window warm for the next job', async () => {
    const page = await browser.newPage();
    const printed: string[] = [];
    const loads: string[] = [];
    const window = new DesktopPrintPage(asWebContents(page, printed, loads));
    expect(await window.printWithDialog(printEntry(), 'risk-matrix', { orientation: 'dsb' })).toBe(true);
    expect(printed).toEqual(['#/print/risk-matrix?orientation=dsb']);
    expect(await page.evaluate('document.body.dataset.printReady')).toBe('true');
    const pdf = await window.saveAsPdf(printEntry(), 'risk-matrix');
    const out = join(dir, 'matrise.pdf');
    writeFileSync(out, pdf);
    expect(isA4Landscape(pdfInfo(out))).toBe(true);
    expect(pdfInfo(out).pages).toBe(1);
    // Plan orientation: consequence rows, so the DSB view's row title is not there.
    expect(pdfText(out)).not.toContain('(DSB)');
    // The same view again, after an edit: drawn afresh in the same page, which was loaded once.
    session.workbook.commands.create('risk', { number: 10, title: 'Ny risiko fra testen', probability: 5, consequence: 5 });
    const again = join(dir, 'matrise-igjen.pdf');
    writeFileSync(again, await window.saveAsPdf(printEntry(), 'risk-matrix'));
    expect(pdfText(again)).toContain('Ny risiko fra testen');
    expect(loads).toHaveLength(1);
    await page.close();
  });

  it('print.html, the print views alone, draws the same pages as the app\'s own #/print route', async () => {
    const drawn = async (entry: string, view: string) => {
      const page = await browser.newPage();
      await page.goto(`${entry}#/print/${view}?date=2022-06-01`);
      await page.waitForSelector('body[data-print-ready="true"]');
      const file = join(dir, `${view}-${entry.includes('print.html') ? 'print' : 'app'}.pdf`);
      writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      await page.close();
      return pagePixels(file);
    };
    for (const view of ['risk-matrix', 'status']) {
      const app = await drawn(host.url, view);
      expect(app.length).toBeGreaterThan(0);
      expect(await drawn(printEntry(), view), view).toEqual(app);
    }
  });
});
