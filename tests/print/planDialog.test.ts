import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, launchChromium, serve, tempDir, type ServedWorkbook } from '../e2e/harness.js';
import { chapterPage, contentsEntries } from './planPages.js';

/**
 * The plan opened in a browser through the web host and printed from the
 * browser's own print dialog (no first rendering of the print engine's):
 * the view asks the API for the contents' page numbers and shows them, and
 * they are right in what the browser prints. page.pdf() lays the page out
 * as the dialog's «Lagre som PDF» does, with the view's own @page.
 */
describe('the plan printed from the browser\'s print dialog', () => {
  const dir = tempDir();
  const file = join(dir.path, 'plan.prosjektboka');
  let served: ServedWorkbook;
  let browser: Browser;

  beforeAll(async () => {
    expect(cli('init', file).code).toBe(0);
    [served, browser] = await Promise.all([serve(file), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    dir.remove();
  });

  it('shows the contents with the page numbers each chapter starts on', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${served.url}#/print/plan`);
    await page.waitForSelector('body[data-print-ready="true"]', { state: 'attached' });
    // The numbers arrive once the Node side has drawn the plan: wait for them, however long that takes.
    await page.waitForSelector('.pr-toc:not(.pr-toc-unnumbered)', { state: 'attached', timeout: 120_000 });
    const pdf = join(dir.path, 'fra-dialogen.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const toc = contentsEntries(pdf);
    expect(toc.length).toBe(9);
    for (const entry of toc) expect(chapterPage(pdf, entry.title), entry.title).toBe(entry.page);
    await page.context().close();
  });
});
