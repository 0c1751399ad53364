import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';
import { openDocx, paragraphTexts, styledParagraphs } from '../export/docxTools.js';
import { run } from './run.js';

/** `prosjektboka docx`: the minutes as a Word file from the command line, and its refusals in words. */
describe('prosjektboka docx', () => {
  const temp = useTempDir();

  function workbookWithMeeting() {
    const wb = temp.track(newWorkbook(temp.dir()));
    const id = wb.commands.create('meeting', { title: 'Oppstart', startsAt: '2022-01-12T13:00', type: 'project_group', minutes: 'Frist: <ikke avklart>' });
    wb.close();
    return { file: wb.path, id };
  }

  it('writes the minutes of a meeting as .docx, in bokmål unless --lang en', async () => {
    const { file, id } = workbookWithMeeting();
    const out = join(temp.dir(), 'referat.docx');
    const result = await run('docx', file, 'meeting', id, '--out', out, '--date', '2022-01-13');
    expect(result).toEqual({ code: 0, stdout: `Skrev ${out}\n`, stderr: '' });
    const nb = await openDocx(readFileSync(out));
    expect(styledParagraphs(nb.document, 'Heading1')).toEqual(['Oppstart']);
    expect(paragraphTexts(nb.document)).toContain('Frist: <ikke avklart>');
    expect(paragraphTexts(nb.footer).join('')).toContain('Skrevet ut 13.01.2022');

    const english = join(temp.dir(), 'minutes.docx');
    expect((await run('docx', file, 'meeting', id, '--out', english, '--lang', 'en')).code).toBe(0);
    const en = await openDocx(readFileSync(english));
    expect(styledParagraphs(en.document, 'Heading2')).toEqual(['Agenda', 'Minutes', 'Decisions', 'Follow-up']);
    expect(en.core).toContain('<dc:language>en-GB</dc:language>');
  });

  it('writes a status report record as .docx, Nasjonalbiblioteket\'s final report with its accounts', async () => {
    const wb = temp.track(newWorkbook(temp.dir()));
    const id = wb.commands.create('status-report', { type: 'nb-final', title: 'Sluttrapport', periodFrom: '2021-09-01', periodTo: '2023-08-31' });
    wb.close();
    const out = join(temp.dir(), 'sluttrapport.docx');
    const result = await run('docx', wb.path, 'report', id, '--out', out);
    expect(result).toEqual({ code: 0, stdout: `Skrev ${out}\n`, stderr: '' });
    const docx = await openDocx(readFileSync(out));
    expect(styledParagraphs(docx.document, 'Heading1')).toEqual(['Sluttrapport']);
    expect(styledParagraphs(docx.document, 'Heading2')).toContain('10. Regnskap');
  });

  it('refuses what it cannot make in one line, with exit code 2, and writes nothing', async () => {
    const { file, id } = workbookWithMeeting();
    const out = join(temp.dir(), 'x.docx');
    const cases: [string[], string][] = [
      [['docx', file, 'meeting', '--out', out], 'prosjektboka: Møtereferatet trenger møtets id: prosjektboka docx <fil> meeting <id> --out <docx>.\n'],
      [['docx', file, 'report', '--out', out], 'prosjektboka: Rapporten trenger rapportens id: prosjektboka docx <fil> report <id> --out <docx>.\n'],
      [['docx', file, 'plan', '--out', out], 'prosjektboka: Ukjent Word-dokument «plan»; bruk en av: meeting, status, report.\n'],
      [['docx', file, 'meeting', id, '--out', join(temp.dir(), 'x.pdf')], `prosjektboka: Word-filen «${join(temp.dir(), 'x.pdf')}» må slutte på .docx, ellers åpner ikke Word den; ingenting er skrevet.\n`],
      [['docx', file, 'meeting', '0190aaaa-0000-7000-8000-000000000000', '--out', out], 'prosjektboka: Finner ingen møte med id 0190aaaa-0000-7000-8000-000000000000.\n'],
      [['docx', file, 'meeting', id, '--out', out, '--date', 'i går'], 'prosjektboka: Ugyldig dato «i går»; skriv den som ÅÅÅÅ-MM-DD.\n'],
    ];
    for (const [args, stderr] of cases) {
      const result = await run(...args);
      expect({ args, ...result }).toEqual({ args, code: 2, stdout: '', stderr });
    }
    expect((await run('docx', file, 'plan', '--out', out, '--lang', 'en')).stderr).toBe('prosjektboka: Unknown Word document “plan”; use one of: meeting, status, report.\n');
    expect(existsSync(out)).toBe(false);
  });

  it('never writes over the workbook it reads, whatever the workbook is called', async () => {
    const wb = temp.track(newWorkbook(temp.dir(), 'plan.docx'));
    const id = wb.commands.create('meeting', { title: 'Oppstart', startsAt: '2022-01-12', type: 'other' });
    wb.close();
    const before = readFileSync(wb.path);
    const result = await run('docx', wb.path, 'meeting', id, '--out', wb.path);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^prosjektboka: .*plan\.docx/);
    expect(readFileSync(wb.path).equals(before)).toBe(true);
  });
});
