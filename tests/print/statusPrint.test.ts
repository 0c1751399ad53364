import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSharedPrintBrowser } from '../../electron/print/chromium.js';
import { renderPdf } from '../../electron/print/printWorkbook.js';
import { createWorkbook, openWorkbook } from '../../electron/workbook/open.js';
import { overlappingWords, pdfText, wordBoxes } from './pdfTools.js';

/**
 * Today's status report (the «status» printout) from the seed plan with one
 * open action item, printed through the real print path and read back with
 * poppler as the steering group reads it: the risk table's columns apart (the
 * plan's fixed column widths once squeezed its score into the measures), no
 * column of «–», and the counts in the right number. The pages are drawn as
 * PNG into test-artifacts/status-print/ to look at.
 */
describe('the printed status report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prosjektboka-status-'));
  const file = join(dir, 'plan.prosjektboka');
  const pdf = join(dir, 'status.pdf');
  let text = '';
  let english = '';

  beforeAll(async () => {
    createWorkbook(file).close();
    const wb = openWorkbook(file);
    try {
      const ina = wb.records.list('person').find((p) => String(p.fields.name).startsWith('Ina'))!.id;
      wb.commands.create('action', { text: 'Sende invitasjon til konferansen', ownerId: ina, dueDate: '2022-04-01' });
      // Reached: its row in the narrower «Nådd» table once broke «(week 36)» over two lines.
      const first = wb.records.list('milestone').find((m) => m.fields.number === 1)!.id;
      wb.commands.update('milestone', first, { status: 'reached', actualDate: '2021-09-10' });
    } finally {
      wb.close();
    }
    await renderPdf({ workbookPath: file, view: 'status', out: pdf, date: '2022-03-16' });
    text = pdfText(pdf);
    await renderPdf({ workbookPath: file, view: 'status', out: join(dir, 'status-en.pdf'), date: '2022-03-16', lang: 'en' });
    english = pdfText(join(dir, 'status-en.pdf'));
  });

  afterAll(async () => {
    await closeSharedPrintBrowser();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the risk table\'s columns apart, without a column of «–» for owners the plan never named', () => {
    expect(overlappingWords(pdf)).toEqual([]);
    expect(text).toMatch(/Nr\. Risiko Verdi Tiltak 1 /);
    expect(text).not.toContain('Ansvarlig 1 Mangel');
  });

  it('says which risk assessment its risks are as of: the plan\'s, the first', () => {
    expect(text).toContain('Risikovurdering nr. 1 per 01.09.2021.');
    expect(english).toContain('Risk assessment no. 1 as of 1 September 2021.');
  });

  it('counts in the right number: one open action item, none overdue', () => {
    expect(text).toContain('1 åpen oppgave, ingen forfalt.');
    expect(english).toContain('1 open action item, none overdue.');
    expect(text).toContain('1 av 13 milepæler er nådd');
  });

  it('heads the budget\'s share column for expenses and income alike, and keeps «(week 36)» on one line', () => {
    expect(text).toMatch(/Prosjektår Budsjett Regnskap Gjenstår Andel/);
    expect(text).not.toContain('Brukt');
    expect(english).toMatch(/Project year Budget Accounts Remaining Share/);
    const words = wordBoxes(join(dir, 'status-en.pdf'));
    const weeks = words.filter((w) => w.text === '(week');
    expect(weeks.length).toBeGreaterThan(0);
    for (const w of weeks) {
      const number = words[words.indexOf(w) + 1]!;
      expect(Math.abs(number.yMin - w.yMin), `(week ${number.text}`).toBeLessThan(1);
    }
  });

  it('draws every page for a reader', () => {
    const out = join(process.cwd(), 'test-artifacts', 'status-print');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    expect(spawnSync('pdftoppm', ['-r', '60', '-png', pdf, join(out, 'side')]).status).toBe(0);
  });
});
