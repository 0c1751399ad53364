import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSharedPrintBrowser } from '../../electron/print/chromium.js';
import { renderPdf } from '../../electron/print/printWorkbook.js';
import { createWorkbook, openWorkbook } from '../../electron/workbook/open.js';
import { personDossier } from '../../electron/workbook/personDossier.js';
import { overlappingWords, pdfText } from './pdfTools.js';

/**
 * The person dossier (the right of access) as the person reads it, printed
 * through the real print path from the seed plan: every meeting the workbook
 * ties them to, also those they chaired (møteleder) or took the minutes of
 * (referent) without an attendance row, and what they were there. The pages
 * are drawn as PNG into test-artifacts/person-print/ to look at.
 */
describe('the printed person dossier', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prosjektboka-person-'));
  const file = join(dir, 'plan.prosjektboka');
  const pdf = join(dir, 'person.pdf');
  let jorgen = '';
  let ina = '';
  let text = '';
  let english = '';

  beforeAll(async () => {
    createWorkbook(file).close();
    const wb = openWorkbook(file);
    try {
      const people = wb.records.list('person');
      const person = (start: string) => people.find((p) => (p.fields.name as string).startsWith(start))!.id;
      jorgen = person('Jørgen');
      ina = person('Ina');
      // Jørgen chairs two meetings with no attendance row for him; Ina takes the minutes of one and attends it.
      wb.commands.create('meeting', {
        title: 'Styringsgruppemøte 1/2022', startsAt: '2022-01-20T10:00', type: 'steering_group', chairId: jorgen, secretaryId: ina,
      });
      const second = wb.commands.create('meeting', {
        title: 'Styringsgruppemøte 2/2022', startsAt: '2022-03-15T10:00', type: 'steering_group', chairId: jorgen, secretaryId: ina,
      });
      wb.commands.create('attendance', { meetingId: second, personId: ina, present: true });
      wb.commands.create('meeting', { title: 'Arbeidsmøte prosjektgruppe B', startsAt: '2022-02-01T09:00', type: 'project_group' });
    } finally {
      wb.close();
    }
    await renderPdf({ workbookPath: file, view: 'person', id: jorgen, out: pdf, date: '2022-03-16' });
    text = pdfText(pdf).replace(/\s+/g, ' ');
    await renderPdf({ workbookPath: file, view: 'person', id: ina, out: join(dir, 'ina.pdf'), date: '2022-03-16', lang: 'en' });
    english = pdfText(join(dir, 'ina.pdf')).replace(/\s+/g, ' ');
  });

  afterAll(async () => {
    await closeSharedPrintBrowser();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the meetings the person chaired or took the minutes of, not only those attended', () => {
    const wb = openWorkbook(file);
    try {
      const d = personDossier(wb, jorgen);
      expect(d.meetings.map((m) => [m.title, m.chair, m.secretary, m.present])).toEqual([
        ['Styringsgruppemøte 2/2022', true, false, null],
        ['Styringsgruppemøte 1/2022', true, false, null],
      ]);
    } finally {
      wb.close();
    }
    expect(text).toContain('Styringsgruppemøte 2/2022 15.03.2022 Møteleder');
    expect(text).toContain('Styringsgruppemøte 1/2022 20.01.2022 Møteleder');
    expect(text).not.toContain('Arbeidsmøte prosjektgruppe B');
    expect(english).toContain('Styringsgruppemøte 2/2022 15 March 2022 Minute-taker, present');
    expect(english).toContain('Styringsgruppemøte 1/2022 20 January 2022 Minute-taker');
  });

  it('says the person is the project leader, not only the owner, and each role once', () => {
    expect(text).toContain('Prosjektet Prosjekteier');
    expect(english).toContain('The project Project leader');
    // Ina's row in group B's list says «Koordinator», as her role does: «Coordinator, Prosjektgruppe B», not «… (Koordinator)».
    expect(english).toContain('Coordinator, Prosjektgruppe B');
    expect(english).not.toContain('Prosjektgruppe B (Koordinator)');
  });

  it('draws every page for a reader, no word over another', () => {
    expect(overlappingWords(pdf)).toEqual([]);
    const out = join(process.cwd(), 'test-artifacts', 'person-print');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    expect(spawnSync('pdftoppm', ['-r', '60', '-png', pdf, join(out, 'side')]).status).toBe(0);
  });
});
