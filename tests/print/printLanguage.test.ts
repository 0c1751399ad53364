import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../cli/run.js';
import { normalise, pdfText } from './pdfTools.js';

/** `print --lang en`: an English printout with English dates; bokmål without it, whatever LANG says. */
describe('printouts in English', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prosjektboka-print-lang-'));
  const plan = join(dir, 'plan.prosjektboka');
  beforeAll(async () => {
    expect((await run('init', plan)).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the status report and the risk matrix in English with --lang en', async () => {
    const status = join(dir, 'status-en.pdf');
    expect((await run('print', plan, 'status', '--out', status, '--date', '2021-09-05', '--lang', 'en')).code).toBe(0);
    const text = normalise(pdfText(status));
    expect(text).toContain('Status report');
    expect(text).toContain('5 September 2021');
    expect(text).toContain('Red and yellow risks');
    expect(text).not.toMatch(/Statusrapport|Styringsgruppen|Skrevet ut|Side \d+ av/);

    const matrix = join(dir, 'matrix-en.pdf');
    expect((await run('print', plan, 'risk-matrix', '--out', matrix, '--lang', 'en')).code).toBe(0);
    const m = normalise(pdfText(matrix));
    expect(m).toContain('Very low');
    expect(m).toContain('Very serious');
    expect(m).not.toMatch(/Veldig lav|Sannsynlighet|Konsekvens/);
  });

  it('prints bokmål by default', async () => {
    const status = join(dir, 'status-nb.pdf');
    expect((await run('print', plan, 'status', '--out', status, '--date', '2021-09-05')).code).toBe(0);
    const text = normalise(pdfText(status));
    expect(text).toContain('Statusrapport');
    expect(text).toContain('05.09.2021');
  });
});
