import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchPrintBrowser } from '../../electron/print/chromium.js';
import { PDF_OPTIONS } from '../../electron/print/renderPdf.js';
import { renderPdf } from '../../electron/print/printWorkbook.js';
import { createWorkbook, openWorkbook } from '../../electron/workbook/open.js';
import { progress } from '../lib/log.js';
import { median, nowMs, round } from '../lib/stats.js';
import { tempDir } from '../lib/tmp.js';
import type { BenchResult, BenchSection } from '../lib/types.js';

const RUNS = Math.max(1, Number(process.env.BENCH_PDF_RUNS ?? 5));

/** The seed plan plus risks 10–30 with long titles and measures: the one-page rule's worst case. */
function thirtyRiskWorkbook(dir: string): string {
  const path = join(dir, 'tretti.prosjektboka');
  createWorkbook(path).close();
  const wb = openWorkbook(path);
  try {
    const people = wb.records.list('person');
    wb.transaction(() => {
      for (let n = 10; n <= 30; n++) {
        wb.commands.create('risk', {
          number: n,
          title: `Risiko ${n}: forsinkelser hos eksterne leverandører og konsulenter kan forskyve innbyggerundersøkelsen`,
          measures: `Følge opp avtalen hver måned, avklare ansvar tidlig, og ha en reserveplan med andre leverandører klar (tiltak ${n}).`,
          probability: ((n * 7) % 5) + 1,
          consequence: ((n * 3) % 5) + 1,
          residualProbability: n % 3 === 0 ? 1 : null,
          residualConsequence: n % 3 === 0 ? 2 : null,
          ownerId: people[n % people.length]!.id,
        });
      }
    });
  } finally {
    wb.close();
  }
  return path;
}

/** A trivial one-page PDF through the same browser: what Chromium costs before our view does anything. */
async function trivialPdf(browser: Browser): Promise<number> {
  const start = nowMs();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent('<!doctype html><html lang="nb-NO"><head><style>@page { size: A4 landscape; }</style></head><body><h1>Risikomatrise</h1></body></html>');
  await page.pdf(PDF_OPTIONS);
  await context.close();
  return nowMs() - start;
}

/**
 * Time to produce the risk-matrix PDF: the whole path of `prosjektboka
 * print … risk-matrix` after Chromium has started (in-process web host, page
 * load, API calls, the one-page fitting, printing, metadata), for the seed
 * plan and for 30 risks, as the median of RUNS runs each; the ratio is that
 * time over a trivial one-page PDF through the same browser, measured in the
 * same run, so a slower machine moves both. A cold run (launching Chromium
 * too) is reported once, as the CLI user experiences it.
 */
const section: BenchSection = {
  name: 'print',
  description: `risk-matrix PDF through Chromium, median of ${RUNS} runs, against a trivial one-page PDF`,
  async run() {
    const dir = tempDir();
    const seed = join(dir, 'plan.prosjektboka');
    createWorkbook(seed).close();
    const thirty = thirtyRiskWorkbook(dir);
    copyFileSync(seed, join(dir, 'kald.prosjektboka'));

    const coldStart = nowMs();
    await renderPdf({ workbookPath: join(dir, 'kald.prosjektboka'), view: 'risk-matrix' });
    const coldMs = nowMs() - coldStart;
    progress(`cold risk-matrix PDF (launching Chromium): ${(coldMs / 1000).toFixed(2)} s`);

    const browser = await launchPrintBrowser();
    try {
      // Warm-up: the first page of a fresh browser pays for its renderer process.
      await trivialPdf(browser);
      await renderPdf({ workbookPath: seed, view: 'risk-matrix', browser });
      const baseline: number[] = [];
      const seedMs: number[] = [];
      const thirtyMs: number[] = [];
      let pages = 0;
      for (let i = 0; i < RUNS; i++) {
        baseline.push(await trivialPdf(browser));
        let t = nowMs();
        await renderPdf({ workbookPath: seed, view: 'risk-matrix', browser });
        seedMs.push(nowMs() - t);
        t = nowMs();
        pages = (await renderPdf({ workbookPath: thirty, view: 'risk-matrix', browser })).pages;
        thirtyMs.push(nowMs() - t);
      }
      const base = median(baseline);
      progress(`trivial ${round(base)} ms, seed ${round(median(seedMs))} ms, 30 risks ${round(median(thirtyMs))} ms (${pages} page)`);
      const results: BenchResult[] = [
        { name: 'risk_matrix_pdf.ms', label: 'risk-matrix PDF, seed plan (9 risks)', value: round(median(seedMs)), unit: 'ms', samples: seedMs.map((v) => round(v)), target: { op: '<=', value: 5000 } },
        { name: 'risk_matrix_pdf_30.ms', label: 'risk-matrix PDF, 30 long risks', value: round(median(thirtyMs)), unit: 'ms', samples: thirtyMs.map((v) => round(v)), target: { op: '<=', value: 8000 }, detail: { pages } },
        { name: 'trivial_pdf.ms', label: 'baseline: trivial one-page PDF', value: round(base), unit: 'ms', samples: baseline.map((v) => round(v)) },
        { name: 'risk_matrix_pdf.ratio', label: 'risk-matrix PDF ÷ trivial PDF (seed plan)', value: round(median(seedMs) / base, 3), unit: '×' },
        { name: 'risk_matrix_pdf_30.ratio', label: 'risk-matrix PDF ÷ trivial PDF (30 risks)', value: round(median(thirtyMs) / base, 3), unit: '×' },
        { name: 'risk_matrix_pdf_cold.ms', label: 'risk-matrix PDF, cold (launching Chromium)', value: round(coldMs), unit: 'ms' },
      ];
      return results;
    } finally {
      await browser.close();
    }
  },
};

export default section;
