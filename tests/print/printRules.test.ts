import { describe, expect, it } from 'vitest';
import { findChromium } from '../../electron/print/chromium.js';
import { decodePdfString, pdfDate, pdfTextString } from '../../electron/print/pdfStructure.js';
import { tocPageNumbers } from '../../electron/print/toc.js';
import { budgetReport, milestoneRows } from '../../shared/report/derived.js';
import { parsePrintQuery, printRoute } from '../../shared/report/printRoutes.js';
import { snapshotOf } from '../../shared/report/snapshot.js';

describe('the rules behind the printouts', () => {
  it('takes each chapter\'s page from the first matching outline entry after the previous one', () => {
    const outline = [
      { title: 'Beste praksis', page: 1, depth: 0 },
      { title: 'Innhold', page: 2, depth: 1 },
      { title: '1. Bakgrunn', page: 3, depth: 1 },
      { title: 'Risikoregister', page: 9, depth: 2 },
      { title: '2.  Mål', page: 5, depth: 1 },
    ];
    expect(tocPageNumbers(['1. Bakgrunn', '2. Mål', '3. Mangler'], outline)).toEqual([3, 5, 0]);
    // Chromium doubles a heading's text in the outline when it moved the heading on to stay with its table.
    expect(tocPageNumbers(['7. Budsjett', '8. Risiko'], [{ title: '7. Budsjett7. Budsjett', page: 7, depth: 1 }, { title: '8. Risiko', page: 7, depth: 1 }]))
      .toEqual([7, 7]);
    expect(tocPageNumbers(['7. Budsjett'], [{ title: '7. Budsjett og mer', page: 7, depth: 1 }])).toEqual([0]);
  });

  it('writes and reads PDF text strings and dates', () => {
    expect(decodePdfString(pdfTextString('Møtereferat – «Æ»'))).toBe('Møtereferat – «Æ»');
    expect(decodePdfString('(Skia/PDF m156 \\(test\\))')).toBe('Skia/PDF m156 (test)');
    expect(pdfDate(new Date(2021, 8, 5, 14, 3, 9))).toMatch(/^D:20210905140309[+-]\d\d'\d\d'$/);
  });

  it('finds Chromium from --chromium, CHROME_PATH or the system, and says so in one line when there is none', () => {
    expect(findChromium(undefined, { CHROME_PATH: process.execPath }, [])).toBe(process.execPath);
    expect(() => findChromium(undefined, {}, ['/finnes/ikke/chromium'])).toThrow(
      'Fant ingen Chromium til å lage PDF: installer Chromium (Debian: apt-get install chromium), sett CHROME_PATH eller bruk --chromium STI.',
    );
    expect(() => findChromium('/finnes/ikke')).toThrow('Fant ikke Chromium på /finnes/ikke');
  });

  it('builds and reads print routes', () => {
    expect(printRoute('risk-matrix', { orientation: 'dsb' })).toBe('#/print/risk-matrix?orientation=dsb');
    expect(printRoute('plan', { toc: [3, 4, 12] })).toBe('#/print/plan?toc=3%2C4%2C12');
    expect(parsePrintQuery('#/print/plan?toc=3%2C4%2C12&date=2022-06-01')).toEqual({ lang: 'nb', orientation: 'plan', toc: [3, 4, 12], date: '2022-06-01' });
    expect(parsePrintQuery('#/print/risk-matrix?orientation=sideways&date=i-dag')).toEqual({ lang: 'nb', orientation: 'plan', toc: undefined, date: undefined });
    // A printout speaks the language it is asked for; anything else is bokmål.
    expect(printRoute('status', { lang: 'en', date: '2021-09-05' })).toBe('#/print/status?date=2021-09-05&lang=en');
    expect(parsePrintQuery('#/print/status?lang=en').lang).toBe('en');
    expect(parsePrintQuery('#/print/status?lang=de').lang).toBe('nb');
  });

  it('counts an amount spent on the day two project years share in the first, and says the years overlap', () => {
    const s = snapshotOf({
      period: [
        { id: 'p1', number: 1, label: 'Prosjektår 1', startDate: '2021-09-01', endDate: '2022-09-01' },
        { id: 'p2', number: 2, label: 'Prosjektår 2', startDate: '2022-09-01', endDate: '2023-08-31' },
      ],
      'budget-line': [{ id: 'l', type: 'expense', sortOrder: 0, description: 'Prosjektledelse', deviationComment: '', funding: 'unspecified' }],
      'budget-plan': [{ id: 'a', lineId: 'l', periodId: 'p1', amount: 100 }, { id: 'b', lineId: 'l', periodId: 'p2', amount: 200 }],
      'budget-actual': [
        { id: 'x', lineId: 'l', date: '2022-09-01', amount: 30, note: '' },
        { id: 'y', lineId: 'l', date: '2024-01-01', amount: 5, note: '' },
      ],
    });
    const b = budgetReport(s);
    expect(b.overlapDates).toEqual(['2022-09-01']);
    expect(b.expenseSums).toEqual({ planned: [100, 200], plannedTotal: 300, actual: [30, 0], actualTotal: 35 });
    expect(b.outsidePeriods).toBe(5);
  });

  it('calls a milestone late once its whole planned range has passed without being reached', () => {
    const m = (plannedText: string, status: 'planned' | 'reached' = 'planned') =>
      ({ id: plannedText, number: 1, periodId: null, description: 'x', plannedText, status, actualDate: null, responsibleId: null, comment: '' });
    const rows = milestoneRows(snapshotOf({ milestone: [m('April 2022'), m('Mai 2022'), m('Mars 2022', 'reached'), m('')] }), '2022-05-01');
    expect(rows.map((r) => [r.plannedText, r.late])).toEqual([['April 2022', true], ['Mai 2022', false], ['Mars 2022', false], ['', false]]);
  });
});
