import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReportActions } from '../../renderer/screens/reports/ReportActions';
import type { Report } from '../../renderer/screens/reports/store';
import { setPrintLanguage } from '../../renderer/print/strings';
import { reportWords } from '../../renderer/print/report/reportWords';
import { REPORT_DOCUMENT_WORDS } from '../../shared/report/reportDocumentWords';
import { installRealWorkbook, type RealWorkbook } from './realWorkbook';

/**
 * «Last ned Word (.docx)» on a report's page: the report written by the real API as a Word file,
 * handed to the browser as a download named for the report; and the Word file's words are the
 * printout's words.
 */
let real: RealWorkbook;
const created: Blob[] = [];

beforeEach(() => {
  real = installRealWorkbook();
  created.length = 0;
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => { created.push(b); return 'blob:test'; }, revokeObjectURL: () => undefined }));
});
afterEach(() => vi.unstubAllGlobals());

describe('a report’s Word download', () => {
  it('writes the report as .docx and says so', { timeout: 90_000 }, async () => {
    const id = real.wb.commands.create('status-report', { type: 'nb-final', title: 'Sluttrapport', periodFrom: '2021-09-01', periodTo: '2023-08-31' });
    const report = { ...real.wb.records.get('status-report', id)!.fields, id } as unknown as Report;
    const user = userEvent.setup();
    render(<ReportActions report={report} />);
    await user.click(screen.getByRole('button', { name: 'Last ned Word (.docx)' }));
    // The writer is loaded on first use: poll for the outcome however long the machine takes, not a second.
    expect(await screen.findByText('Lastet ned sluttrapport-nb-2023-08-31.docx.', undefined, { timeout: 60_000 })).toBeTruthy();
    expect(real.callsOf('renderDocx')).toEqual([{ document: 'report', id, lang: 'nb' }]);
    expect(created).toHaveLength(1);
    await waitFor(() => expect(created[0]!.size).toBeGreaterThan(5000));
  });
});

describe('the report’s words', () => {
  it('the printout reads the Word document’s words, in the printout’s language', () => {
    for (const lang of ['nb', 'en'] as const) {
      setPrintLanguage(lang);
      expect({ lang, words: REPORT_DOCUMENT_WORDS[lang] }).toEqual({ lang, words: reportWords() });
    }
    setPrintLanguage('nb');
  });
});
