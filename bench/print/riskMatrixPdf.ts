import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHandlers } from '../../electron/api/handlers.js';
import { WorkbookSession } from '../../electron/api/session.js';
import { RENDERER_DIR } from '../../electron/cli/serve.js';
import { closeSharedPrintBrowser, findChromium, launchPrintBrowser } from '../../electron/print/chromium.js';
import { DesktopPrintPage } from '../../electron/print/desktopPrint.js';
import { renderPdfForApi } from '../../electron/print/renderPdf.js';
import { startWebHost, type WebHost } from '../../electron/webhost/server.js';
import { createWorkbook, openWorkbook } from '../../electron/workbook/open.js';
import { progress } from '../lib/log.js';
import { pairedRounds, type TimedCommand } from '../lib/process.js';
import { median, nowMs, round } from '../lib/stats.js';
import { tempDir } from '../lib/tmp.js';
import type { BenchResult, BenchSection } from '../lib/types.js';

const RUNS = Math.max(3, Number(process.env.BENCH_PDF_RUNS ?? 7));
const REPO = resolve(import.meta.dirname, '../..');

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

/** «Lagre som PDF» in the browser: the web host's renderPdf call over HTTP, as the button makes it. */
async function savePdfThroughHost(host: WebHost, orientation: 'plan' | 'dsb'): Promise<number> {
  const start = nowMs();
  const r = await fetch(new URL('/api/renderPdf', host.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Prosjektboka-Token': host.token },
    body: JSON.stringify({ view: 'risk-matrix', orientation }),
  });
  const body = (await r.json()) as { ok: boolean; result?: { pages: number }; error?: { message: string } };
  if (!body.ok) throw new Error(`renderPdf failed: ${body.error?.message}`);
  return nowMs() - start;
}

async function webHostTimes(file: string): Promise<{ first: number; warm: number[] }> {
  const session = new WorkbookSession(openWorkbook(file), { canSwitch: false });
  // The PDF renderer `prosjektboka serve` hands in: without it the host answers «not_available».
  const host = await startWebHost({ handlers: createHandlers(session, { renderPdf: renderPdfForApi }), staticDir: RENDERER_DIR });
  try {
    // The first «Lagre som PDF» of a session starts the host's print browser.
    const first = await savePdfThroughHost(host, 'plan');
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) warm.push(await savePdfThroughHost(host, i % 2 ? 'dsb' : 'plan'));
    return { first, warm };
  } finally {
    await host.close();
    await closeSharedPrintBrowser();
    session.close();
  }
}

/** The desktop app's warm print window, played by a page of headless Chromium (Electron cannot run here). */
async function desktopWindowTimes(file: string): Promise<{ first: number; warm: number[] }> {
  const session = new WorkbookSession(openWorkbook(file), { canSwitch: false });
  const host = await startWebHost({ handlers: createHandlers(session), staticDir: RENDERER_DIR });
  const browser = await launchPrintBrowser();
  try {
    const tab = (await browser.pages())[0] ?? (await browser.newPage());
    const window = new DesktopPrintPage({
      loadURL: async (url) => {
        await tab.goto(url);
      },
      executeJavaScript: (code) => tab.evaluate(code),
      printToPDF: async () => Buffer.from(await tab.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true })),
      print: () => undefined,
    });
    const entry = new URL(host.url);
    entry.pathname = '/print.html';
    let start = nowMs();
    await window.saveAsPdf(entry.href, 'risk-matrix');
    const first = nowMs() - start;
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      start = nowMs();
      await window.saveAsPdf(entry.href, 'risk-matrix', { orientation: i % 2 ? 'dsb' : 'plan' });
      warm.push(nowMs() - start);
    }
    return { first, warm };
  } finally {
    await browser.close();
    await host.close();
    session.close();
  }
}

/**
 * The risk-matrix PDF three ways. From the CLI, as a whole process, against
 * the floor: a trivial one-page PDF printed by a freshly started headless
 * Chromium (`chromium --headless --print-to-pdf`), alternating, ratio per
 * pair. In the web host, «Lagre som PDF» over HTTP once its print browser
 * is running, and in the desktop app's warm print window (played by a
 * Chromium page with the same flow), each after the first printout.
 */
const section: BenchSection = {
  name: 'print',
  description: `risk-matrix PDF: CLI ÷ fresh-Chromium floor, and warm in the web host and desktop window (${RUNS} runs, medians)`,
  async run() {
    const dir = tempDir();
    const seed = join(dir, 'plan.prosjektboka');
    createWorkbook(seed).close();
    const thirty = thirtyRiskWorkbook(dir);
    const trivial = join(dir, 'trivial.html');
    writeFileSync(trivial, '<!doctype html><html lang="nb-NO"><head><meta charset="utf-8"><style>@page { size: A4 landscape; }</style></head><body><h1>Risikomatrise</h1></body></html>');

    const chromium = findChromium();
    const floor: TimedCommand = {
      label: 'chromium --headless --print-to-pdf',
      command: chromium,
      args: ['--headless', '--no-sandbox', '--disable-gpu', `--print-to-pdf=${join(dir, 'trivial.pdf')}`, `file://${trivial}`],
    };
    const cliPrint: TimedCommand = {
      label: 'prosjektboka print risk-matrix',
      command: process.execPath,
      args: [join(REPO, 'bin', 'prosjektboka.js'), 'print', seed, 'risk-matrix', '--out', join(dir, 'risikomatrise.pdf')],
    };
    progress(`CLI printout against ${floor.label}, ${RUNS} rounds`);
    const pairs = pairedRounds(floor, [cliPrint], RUNS, REPO);
    const cliRatio = median(pairs.ratios[0]!);
    progress(`floor ${round(median(pairs.baseline))} ms, CLI ${round(median(pairs.samples[0]!))} ms, ${round(cliRatio, 3)} ×`);

    const host = await webHostTimes(seed);
    progress(`web host: first ${round(host.first)} ms, then ${round(median(host.warm))} ms`);
    const hostThirty = await webHostTimes(thirty);
    const desktop = await desktopWindowTimes(seed);
    progress(`desktop window: first ${round(desktop.first)} ms, then ${round(median(desktop.warm))} ms`);

    const ms = (values: readonly number[]) => values.map((v) => round(v));
    const results: BenchResult[] = [
      { name: 'floor.ms', label: 'floor: trivial one-page PDF, fresh headless Chromium', value: round(median(pairs.baseline)), unit: 'ms', samples: ms(pairs.baseline) },
      { name: 'cli.ms', label: 'prosjektboka print … risk-matrix (whole process)', value: round(median(pairs.samples[0]!)), unit: 'ms', samples: ms(pairs.samples[0]!) },
      {
        name: 'cli.ratio', label: 'CLI risk-matrix PDF ÷ floor', value: round(cliRatio, 3), unit: '×',
        samples: pairs.ratios[0]!.map((v) => round(v, 3)), target: { op: '<=', value: 1.5 },
      },
      { name: 'webhost_first.ms', label: 'web host «Lagre som PDF», first of the session (starts Chromium)', value: round(host.first), unit: 'ms' },
      {
        name: 'webhost_warm.ms', label: 'web host «Lagre som PDF», browser running', value: round(median(host.warm)), unit: 'ms',
        samples: ms(host.warm), target: { op: '<=', value: 1000 },
      },
      {
        name: 'webhost_warm_30.ms', label: 'web host «Lagre som PDF», 30 long risks, browser running', value: round(median(hostThirty.warm)), unit: 'ms',
        samples: ms(hostThirty.warm),
      },
      { name: 'desktop_first.ms', label: 'desktop print window, first printout (window made, app loaded)', value: round(desktop.first), unit: 'ms' },
      {
        name: 'desktop_warm.ms', label: 'desktop print window, kept warm', value: round(median(desktop.warm)), unit: 'ms',
        samples: ms(desktop.warm), target: { op: '<=', value: 1000 },
      },
    ];
    return results;
  },
};

export default section;
