import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkbook } from '../../electron/workbook/open.js';

/**
 * Poppler's tools, as an archivist would check a PDF: pdfinfo for pages,
 * size and metadata, pdftotext for the words, pdffonts for embedded fonts.
 */
function tool(name: string, ...args: string[]): string {
  const r = spawnSync(name, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${name} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

export interface PdfInfo {
  readonly pages: number;
  readonly width: number;
  readonly height: number;
  readonly fields: Readonly<Record<string, string>>;
}

export function pdfInfo(file: string): PdfInfo {
  const fields: Record<string, string> = {};
  for (const line of tool('pdfinfo', file).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) fields[m[1]!.trim()] = m[2]!.trim();
  }
  const size = /([\d.]+) x ([\d.]+) pts/.exec(fields['Page size'] ?? '');
  return { pages: Number(fields.Pages), width: Number(size?.[1]), height: Number(size?.[2]), fields };
}

/** Every page's size, e.g. to check that a plan is portrait throughout. */
export function pageSizes(file: string): { width: number; height: number }[] {
  const out = tool('pdfinfo', '-f', '1', '-l', '999', file);
  return [...out.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

export function xmp(file: string): string {
  return tool('pdfinfo', '-meta', file);
}

/** The text with every run of whitespace (no-break spaces too, which pdftotext may keep) as one space. */
export function pdfText(file: string, first?: number, last?: number): string {
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
  return normalise(tool('pdftotext', ...range, file, '-'));
}

export function pdfLayoutText(file: string, page: number): string {
  return tool('pdftotext', '-layout', '-f', String(page), '-l', String(page), file, '-');
}

export function normalise(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

export interface FontRow {
  readonly name: string;
  readonly embedded: boolean;
}

export function pdfFonts(file: string): FontRow[] {
  return tool('pdffonts', file)
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name type… encoding emb sub uni object ID: the emb column is the fifth from the end.
      return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
    });
}

export interface Word {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/** Words with their position (points from the top left of page 1). */
export function pdfWords(file: string): Word[] {
  const html = tool('pdftotext', '-bbox', '-f', '1', '-l', '1', file, '-');
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    text: m[3]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
  }));
}

export function isPdf(file: string): boolean {
  return readFileSync(file).subarray(0, 5).toString('latin1') === '%PDF-';
}

/** A4 in points: 595.28 × 841.89. Chromium rounds the page to whole CSS pixels, so allow a point. */
export const A4 = { short: 595.28, long: 841.89 };
export function isA4Landscape(i: { width: number; height: number }): boolean {
  return Math.abs(i.width - A4.long) < 1.5 && Math.abs(i.height - A4.short) < 1.5;
}
export function isA4Portrait(i: { width: number; height: number }): boolean {
  return Math.abs(i.width - A4.short) < 1.5 && Math.abs(i.height - A4.long) < 1.5;
}

/** Adds risks 10…30 with long titles and measures through the command layer; a third get an assessment after measures. */
export function addLongRisks(path: string): void {
  const wb = openWorkbook(path);
  try {
    const people = wb.records.list('person');
    wb.transaction(() => {
      for (let n = wb.records.maxOf('risk', 'number') + 1; n <= 30; n++) {
        wb.commands.create('risk', {
          number: n,
          title: `Risiko ${n}: forsinkelser hos eksterne leverandører og konsulenter kan forskyve innbyggerundersøkelsen`,
          description: `Beskrivelse av risiko ${n}.`,
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
}

/** Each page of a PDF drawn by pdftoppm at a low resolution, as a hash of its PNG: equal lists mean the pages look the same. */
export function pagePixels(file: string, dpi = 40): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'prosjektboka-pixels-'));
  try {
    tool('pdftoppm', '-png', '-r', String(dpi), file, join(dir, 'side'));
    return readdirSync(dir).sort().map((name) => createHash('sha256').update(readFileSync(join(dir, name))).digest('hex'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A word as poppler places it, with its whole box (points) and its page (from 1). */
export interface WordBox { readonly page: number; readonly text: string; readonly xMin: number; readonly yMin: number; readonly xMax: number; readonly yMax: number }

export function wordBoxes(file: string): WordBox[] {
  const html = tool('pdftotext', '-bbox', file, '-');
  const out: WordBox[] = [];
  let page = 0;
  for (const m of html.matchAll(/<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[0] === '<page ') {
      page++;
      continue;
    }
    out.push({
      page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]),
      text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
    });
  }
  return out;
}

/**
 * Words drawn over one another: on the same page, their boxes overlapping by more than `tolerance`
 * points both across and down, as when one column runs into the next. Each pair once, as «a / b (page n)».
 */
export function overlappingWords(file: string, tolerance = 1): string[] {
  const words = wordBoxes(file);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!;
    for (let j = i + 1; j < words.length; j++) {
      const b = words[j]!;
      if (b.page !== a.page) continue;
      const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (across > tolerance && down > tolerance) out.push(`${a.text} / ${b.text} (page ${a.page})`);
    }
  }
  return out;
}
