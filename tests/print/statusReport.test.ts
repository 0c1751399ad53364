import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../electron/print/printWorkbook.js';
import { publishStatusReport } from '../../electron/workbook/statusReportPublish.js';
import { createWorkbook, openWorkbook } from '../../electron/workbook/open.js';
import { overlappingWords, pdfText } from './pdfTools.js';

/** A status report printed through the real print path, read back with pdftotext; a published one prints the same after the workbook moves on. */
describe('the status report printout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prosjektboka-report-'));
  const file = join(dir, 'plan.prosjektboka');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the parts, the NB parts and the accounts slot; published, it does not change', async () => {
    createWorkbook(file).close();
    let wb = openWorkbook(file);
    const m1 = wb.records.list('milestone').find((m) => m.fields.number === 1)!.id;
    wb.commands.update('milestone', m1, { status: 'reached', actualDate: '2021-09-10' });
    const id = wb.commands.create('status-report', {
      type: 'nb-yearly', title: 'Årsrapport prosjektår 1', periodFrom: '2021-09-01', periodTo: '2021-12-31',
      overallStatus: 'yellow', statusReason: 'Workshopen mangler dato.', summary: 'Prosjektgruppene er i gang.',
      nbTargetGroups: 'Innbyggere i Drammen og Indre Østfold.',
    });
    publishStatusReport(wb, id);
    wb.close();
    const first = join(dir, 'first.pdf');
    await renderPdf({ workbookPath: file, view: 'report', id, out: first });
    const text = pdfText(first);
    for (const words of ['Statusrapport til Nasjonalbiblioteket', 'Årsrapport prosjektår 1', 'Gul', 'Workshopen mangler dato.',
      'Fremdrift per mål', 'Nådd i perioden', 'Prosjektgrupper ferdig rekruttert', 'Uten dato i planen', 'Budsjett per linje',
      'Målgrupper', 'Innbyggere i Drammen og Indre Østfold.', 'Regnskap',
      // The zones' criteria are the app's proposal until the municipality decides them.
      'Sonene følger et forslag til akseptkriterier, ikke vedtatt.']) {
      expect(text).toContain(words);
    }
    wb = openWorkbook(file);
    wb.commands.update('milestone', m1, { description: 'Et nytt navn etter publisering' });
    wb.close();
    const second = join(dir, 'second.pdf');
    await renderPdf({ workbookPath: file, view: 'report', id, out: second });
    const again = pdfText(second);
    expect(again).toContain('Prosjektgrupper ferdig rekruttert');
    expect(again).not.toContain('Et nytt navn etter publisering');
  }, 120_000);

  it('draws no heading\'s first letter over the page footer when the heading moves to the next page', async () => {
    // A heading starting with «Å» (6. Åpne og forfalte oppgaver) pushed to page 4 left a copy of its «Å» on
    // page 3, over the footer, while headings had line-height 1.2: Inter's ring stood above the line box.
    const path = join(dir, 'steering.prosjektboka');
    const wb = createWorkbook(path);
    const id = wb.commands.create('status-report', {
      type: 'steering', title: 'Statusrapport høsten 2022', periodFrom: '2022-09-01', periodTo: '2022-12-31',
      overallStatus: 'yellow', statusReason: 'Rekruttering av prosjektleder tok lengre tid',
      summary: 'Prosjektet er i rute med unntak av ansettelsen.',
    });
    wb.close();
    const out = join(dir, 'steering.pdf');
    await renderPdf({ workbookPath: path, view: 'report', id, out, date: '2023-01-10' });
    expect(pdfText(out)).toContain('Åpne og forfalte oppgaver');
    expect(overlappingWords(out)).toEqual([]);
  }, 120_000);

  it('prints each risk once in a first report, and in a later one a new risk by number and title beside its register row', async () => {
    // The plan's nine risks were assessed at the start (01.09.2021); one risk is added and assessed after it.
    const path = join(dir, 'risks.prosjektboka');
    const wb = createWorkbook(path);
    const added = wb.commands.create('risk', { title: 'Nøkkelperson slutter i prosjektet', probability: 3, consequence: 3 });
    wb.commands.assessRisk({ riskId: added, date: '2022-02-01', probability: 4 });
    const first = wb.commands.create('status-report', {
      type: 'nb-yearly', title: 'Årsrapport prosjektår 1', periodFrom: '2021-09-01', periodTo: '2022-08-31', overallStatus: 'green', statusReason: 'I rute.',
    });
    publishStatusReport(wb, first);
    const later = wb.commands.create('risk', { title: 'Lokalene blir ikke ferdige', probability: 2, consequence: 4 });
    const second = wb.commands.create('status-report', {
      type: 'steering', title: 'Høsten 2022', periodFrom: '2022-09-01', periodTo: '2022-12-31', overallStatus: 'green', statusReason: 'I rute.',
    });
    wb.close();
    const firstPdf = join(dir, 'risks-first.pdf');
    const secondPdf = join(dir, 'risks-second.pdf');
    await renderPdf({ workbookPath: path, view: 'report', id: first, out: firstPdf });
    await renderPdf({ workbookPath: path, view: 'report', id: second, out: secondPdf, date: '2023-01-10' });
    // A title wrapped in its table cell reads whole without the line breaks: count without spaces, in drawing order.
    const dense = (pdf: string) => spawnSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
    const times = (text: string, title: string) => text.split(title.replace(/\s+/g, '')).length - 1;
    const one = dense(firstPdf);
    const text = pdfText(firstPdf);
    // The plan's risks: once each, in the register (they were listed as new and again in the register).
    for (const title of ['Mangel på forståelse og eierskap hos ansatte', 'Mangel på forståelse og eierskap hos deltakerne']) expect(times(one, title), title).toBe(1);
    expect(text).toContain('Første rapport, ingen tidligere rapport å sammenligne med: registeret er risikobildet fra oppstarten, og disse er lagt til etter den:');
    expect(times(one, 'Førsterapport')).toBe(1);
    // The one added after the start: by number and title under «Nye», its detail in the register.
    expect(times(one, 'Nøkkelperson slutter i prosjektet')).toBe(2);
    expect(one).toContain('10.Nøkkelpersonslutteriprosjektet');
    expect(text).toContain('Verdi, eier og vurdering står i registeret nedenfor.');
    expect(text).toContain('Risikovurdering nr. 2 per 01.02.2022.');
    const two = dense(secondPdf);
    expect(two).not.toContain('Førsterapport');
    expect(times(two, 'Mangel på forståelse og eierskap hos ansatte')).toBe(1);
    expect(times(two, 'Nøkkelperson slutter i prosjektet')).toBe(1);
    expect(times(two, 'Lokalene blir ikke ferdige')).toBe(2);
    expect(two).toContain('11.Lokaleneblirikkeferdige');
    expect(later).toBeTruthy();
    const out = join(process.cwd(), 'test-artifacts', 'report-risks');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    for (const [name, pdf] of [['first', firstPdf], ['second', secondPdf]] as const) {
      expect(spawnSync('pdftoppm', ['-r', '60', '-png', pdf, join(out, name)]).status).toBe(0);
    }
  }, 120_000);
});
