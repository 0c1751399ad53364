import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, launchChromium, serve, tempDir, type ServedWorkbook } from '../e2e/harness.js';
import { hyperlinkTargets, openDocx, paragraphTexts, styledParagraphs } from '../export/docxTools.js';

/**
 * «Last ned Word (.docx)» as a browser user finds it, through the web host:
 * on the list of printouts beside each meeting's «Lagre som PDF», and on the
 * minutes' own toolbar, each ending in a downloaded .docx that is read back.
 */
describe('Word documents from the app through the web host', () => {
  const dir = tempDir();
  const file = join(dir.path, 'prosjekt.prosjektboka');
  let served: ServedWorkbook;
  let browser: Browser;
  let page: Page;
  let meetingId: string;

  beforeAll(async () => {
    expect(cli('init', file).code).toBe(0);
    const added = cli('add', file, 'meeting', 'title=Oppstart <b>', 'startsAt=2022-01-12T13:00', 'type=steering_group',
      'minutes=Frist: <ikke avklart>\n\n[Lokal](http://localhost:8080/) [NB](https://www.nb.no/)');
    expect(added.code).toBe(0);
    meetingId = added.stdout.trim();
    [served, browser] = await Promise.all([serve(file), launchChromium()]);
    page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await page.goto(`${served.url}#/print/index`);
    await page.getByRole('heading', { name: 'Utskrifter og eksport' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    dir.remove();
  });

  async function downloaded(view: Page, click: () => Promise<void>, name: string): Promise<Buffer> {
    const [d] = await Promise.all([view.waitForEvent('download', { timeout: 45_000 }), click()]);
    expect(d.suggestedFilename()).toBe(name);
    const target = join(dir.path, `nedlastet-${Math.random().toString(36).slice(2)}-${name}`);
    await d.saveAs(target);
    return readFileSync(target);
  }

  it('downloads a meeting\'s minutes as Word from the list of printouts', async () => {
    const button = page.getByRole('button', { name: 'Last ned Word (.docx): Styringsgruppemøte 12.01.2022: Oppstart <b>', exact: true });
    const bytes = await downloaded(page, () => button.click(), 'motereferat-2022-01-12.docx');
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Lastet ned motereferat-2022-01-12.docx.');
    const docx = await openDocx(bytes);
    expect(styledParagraphs(docx.document, 'Heading1')).toEqual(['Oppstart <b>']);
    expect(paragraphTexts(docx.document)).toContain('Frist: <ikke avklart>');
    // The web host's own address (and its token) never becomes a link in the file.
    expect(hyperlinkTargets(docx.rels)).toEqual(['https://www.nb.no/']);
    expect(docx.rels).not.toContain('127.0.0.1');
    expect(docx.core).toContain('<dc:language>nb-NO</dc:language>');
  });

  it('downloads the status report as Word from the list of printouts', async () => {
    const button = page.getByRole('button', { name: 'Last ned Word (.docx): Statusrapport', exact: true });
    const docx = await openDocx(await downloaded(page, () => button.click(), 'statusrapport.docx'));
    expect(styledParagraphs(docx.document, 'Heading2')[0]).toBe('1. Milepæler');
  });

  it('downloads the minutes as Word from their own toolbar, in the printout\'s language', async () => {
    const view = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await view.goto(`${served.url}#/print/meeting/${meetingId}?lang=en`);
    await view.waitForSelector('body[data-print-ready="true"]', { state: 'attached' });
    const toolbar = view.getByRole('toolbar');
    const bytes = await downloaded(view, () => toolbar.getByRole('button', { name: 'Download Word (.docx)' }).click(), 'motereferat-2022-01-12.docx');
    await expect.poll(() => toolbar.getByRole('status').textContent()).toBe('Downloaded motereferat-2022-01-12.docx.');
    const docx = await openDocx(bytes);
    expect(styledParagraphs(docx.document, 'Heading2')).toEqual(['Agenda', 'Minutes', 'Decisions', 'Follow-up']);
    expect(docx.core).toContain('<dc:language>en-GB</dc:language>');
    await view.context().close();
  });
});
