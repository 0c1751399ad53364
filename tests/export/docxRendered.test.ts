import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportWordDocument, type WordExportOptions } from '../../electron/export/docx/wordExport.js';
import { publishStatusReport } from '../../electron/workbook/statusReportPublish.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { newWorkbook } from '../helpers/tempWorkbook.js';
import { openDocx } from './docxTools.js';
import { A4, isA4Portrait, pageSizes, wordBoxes } from '../print/pdfTools.js';

/**
 * The Word documents as Word users see them: each .docx is laid out by a real
 * word processor (LibreOffice, headless, from Debian's libreoffice-writer-nogui)
 * into a PDF, which is then read like the printouts: every hostile input is
 * there as the text it is (nothing dropped), no word runs past the page's
 * edge, pages are A4 portrait. The structure tests beside this one
 * (docxStatus, docxReport, docxMinutes) check headings and tables in the XML;
 * this one checks what a reader gets on the page. Pages go to
 * test-artifacts/docx-rendered/ as PNG to look at.
 */
const LONG_WORD = `Samlokaliseringsutredning${'x'.repeat(1_975)}`;
const LONG_TITLE = `Innbyggertorget i Mysen ${'og biblioteket '.repeat(33)}`.trim().slice(0, 500);
const RTL = 'مكتبة المدينة';
const RISK_TITLE = `Nettsiden <script>alert(1)</script> ${LONG_TITLE}`.slice(0, 500);
const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'docx-rendered');

/** LibreOffice's command; .ci/run installs it (Debian: libreoffice-writer-nogui). Missing, the test fails saying so. */
function soffice(): string {
  for (const name of ['soffice', 'libreoffice']) if (spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0) return name;
  throw new Error('LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui (see README, «Testing»)');
}

/** Lays out one .docx with LibreOffice and returns the PDF's path. */
function layOut(docx: string, outDir: string, profile: string): string {
  const r = spawnSync(soffice(), [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], {
    encoding: 'utf8', timeout: 300_000,
  });
  if (r.status !== 0) throw new Error(`LibreOffice could not lay out ${docx}: ${r.stderr || r.stdout}`);
  return join(outDir, basename(docx).replace(/\.docx$/, '.pdf'));
}

/** Letters and digits only: a word wrapped across lines, or hyphenated by the layout, still reads as itself. */
const squeeze = (text: string) => text.normalize('NFC').replace(/[^\p{L}\p{N}<>/]/gu, '');

/** The text of the pages above the bottom margin (22 mm, where the footer sits), which a long word runs past. */
function bodyText(pdf: string): string {
  const bodyHeight = String(Math.floor(A4.long - (22 / 25.4) * 72));
  const raw = spawnSync('pdftotext', ['-x', '0', '-y', '0', '-W', String(Math.ceil(A4.short)), '-H', bodyHeight, pdf, '-'], { encoding: 'utf8' }).stdout;
  return squeeze(raw);
}

describe('the Word documents laid out by a word processor', () => {
  let wb: Workbook | undefined;
  let dir = '';
  let profile = '';
  const pdfs = new Map<string, string>();
  const documents = new Map<string, Buffer>();

  beforeAll(async () => {
    // Its own folder, kept for the whole file: the PDFs are read by every test below.
    dir = mkdtempSync(join(tmpdir(), 'prosjektboka-docx-'));
    profile = join(dir, 'lo-profile');
    wb = newWorkbook(dir);
    const person = wb.records.list('person')[0]!;
    wb.commands.create('risk', {
      number: 10, title: RISK_TITLE, description: '',
      measures: `Sjekk <b>merking</b> og ${LONG_WORD}\nNy linje ${RTL}`, probability: 5, consequence: 5, ownerId: person.id,
    });
    const meeting = wb.commands.create('meeting', {
      title: `Styringsgruppemøte <b>viktig</b> ${RTL}`, startsAt: '2022-01-12T13:00', type: 'steering_group',
      agenda: `1. ${LONG_TITLE}`, minutes: `Frist: <ikke avklart>\n\n${LONG_WORD}\n\n| Sak | Ansvar |\n|---|---|\n| <script>x</script> | ${RTL} |`,
      decisions: 'Vedtak: <b>godkjent</b>',
    });
    wb.commands.create('action', { meetingId: meeting, text: `Sende <rapport> til NB ${LONG_WORD.slice(0, 400)}`, ownerId: person.id, dueDate: '2022-02-01' });
    const steering = wb.commands.create('status-report', {
      type: 'steering', title: `Statusrapport <b>januar</b> ${RTL}`, periodFrom: '2021-09-01', periodTo: '2022-01-31',
      overallStatus: 'yellow', statusReason: `Forsinket <script>alert(2)</script> ${LONG_WORD}`, summary: LONG_TITLE,
    });
    const yearly = wb.commands.create('status-report', {
      type: 'nb-yearly', title: 'Årsrapport prosjektår 1', periodFrom: '2021-09-01', periodTo: '2022-08-31',
      overallStatus: 'green', statusReason: 'I rute.', summary: 'I gang.', nbResults: `Resultat <b>fett</b> ${LONG_WORD}`,
    });
    publishStatusReport(wb, yearly);
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const f of readdirSync(ARTIFACTS)) rmSync(join(ARTIFACTS, f));
    const jobs: [string, WordExportOptions][] = [
      ['referat', { document: 'meeting', id: meeting, date: '2022-01-13' }],
      ['statusrapport', { document: 'report', id: steering, date: '2022-02-01' }],
      ['aarsrapport', { document: 'report', id: yearly, date: '2022-09-15' }],
    ];
    for (const [name, options] of jobs) {
      const docx = join(dir, `${name}.docx`);
      const bytes = (await exportWordDocument(wb, options)).bytes;
      documents.set(name, bytes);
      writeFileSync(docx, bytes);
      const pdf = layOut(docx, dir, profile);
      pdfs.set(name, pdf);
      spawnSync('pdftoppm', ['-png', '-r', '50', pdf, join(ARTIFACTS, name)]);
    }
  }, 600_000);

  afterAll(() => {
    wb?.close();
    if (dir && !process.env.KEEP_DOCX) rmSync(dir, { recursive: true, force: true });
  });

  it('every page is A4 portrait', () => {
    for (const [name, pdf] of pdfs) for (const size of pageSizes(pdf)) expect(isA4Portrait(size), name).toBe(true);
  });

  it('no word runs past the edge of its page', () => {
    for (const [name, pdf] of pdfs) {
      const outside = wordBoxes(pdf).filter((w) => w.xMin < 0 || w.xMax > A4.short + 0.5).map((w) => `${w.text.slice(0, 40)} (page ${w.page})`);
      expect(outside, name).toEqual([]);
    }
  });

  it('«Side n av m» stays on one line at the foot of every page', () => {
    for (const [name, pdf] of pdfs) {
      const words = wordBoxes(pdf);
      const pages = Math.max(...words.map((w) => w.page));
      for (let page = 1; page <= pages; page++) {
        const on = words.filter((w) => w.page === page);
        const at = on.findIndex((w, i) => w.text === 'Side' && on[i + 2]?.text === 'av');
        expect(at, `${name}, page ${page}: «Side n av m»`).toBeGreaterThanOrEqual(0);
        const line = on.slice(at, at + 4);
        expect(line.map((w) => w.text), `${name}, page ${page}`).toEqual(['Side', String(page), 'av', String(pages)]);
        expect(new Set(line.map((w) => Math.round(w.yMin))).size, `${name}, page ${page}: one line`).toBe(1);
      }
    }
  });

  it('two tables in a row stay two tables (Word joins tables with nothing between them)', async () => {
    for (const [name, bytes] of documents) expect((await openDocx(bytes)).document, name).not.toMatch(/<\/w:tbl>\s*<w:tbl>/);
  });

  it('the minutes keep every typed character: angle brackets, markup as text, the long word, the table, right-to-left text', () => {
    const text = bodyText(pdfs.get('referat')!);
    for (const typed of ['Frist: <ikke avklart>', '<script>x</script>', 'Styringsgruppemøte <b>viktig</b>', 'Vedtak: <b>godkjent</b>', LONG_WORD, RTL]) {
      expect(text, typed.slice(0, 40)).toContain(squeeze(typed));
    }
    expect(text).toContain(squeeze('Sende <rapport> til NB'));
  });

  it('the status report keeps its title, reason and the risk as typed', () => {
    const text = bodyText(pdfs.get('statusrapport')!);
    for (const typed of ['Statusrapport <b>januar</b>', 'Forsinket <script>alert(2)</script>', LONG_WORD, LONG_TITLE, RISK_TITLE, RTL]) {
      expect(text, typed.slice(0, 40)).toContain(squeeze(typed));
    }
  });

  it('NB’s yearly report holds its parts, the accounts and the credit line', () => {
    const text = bodyText(pdfs.get('aarsrapport')!);
    for (const words of ['Statusrapport til Nasjonalbiblioteket', 'Resultat <b>fett</b>', LONG_WORD, 'Regnskap', 'Egeninnsats', 'Prosjektet er støttet av Nasjonalbiblioteket']) {
      expect(text, words.slice(0, 40)).toContain(squeeze(words));
    }
  });
});
