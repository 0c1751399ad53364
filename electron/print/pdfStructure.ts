/**
 * Just enough of the PDF format to read what Chromium's PDF writer (Skia)
 * produces and to add to it: the cross-reference table, the page tree, the
 * document outline, and an incremental update that replaces the document
 * information and adds XMP metadata. Skia writes a classic xref table and
 * leaves dictionaries uncompressed (only content streams are compressed), so
 * no inflating or object-stream parsing is needed. A file this reader does
 * not understand makes it throw; callers decide what that means.
 */

export class PdfStructureError extends Error {}

export interface PdfFile {
  readonly bytes: Buffer;
  /** The bytes as latin1 text: one character per byte, so offsets agree. */
  readonly text: string;
  readonly offsets: ReadonlyMap<number, number>;
  readonly trailer: string;
  readonly startxref: number;
  readonly size: number;
  readonly root: number;
  readonly info: number | undefined;
}

export function readPdf(bytes: Buffer): PdfFile {
  const text = bytes.toString('latin1');
  const sx = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-100));
  if (!sx) throw new PdfStructureError('no startxref at the end of the file');
  const startxref = Number(sx[1]);
  const offsets = new Map<number, number>();
  let trailer = '';
  // Follow /Prev through earlier updates; the newest entry for an object wins.
  for (let at: number | undefined = startxref; at !== undefined;) {
    if (text.slice(at, at + 4) !== 'xref') throw new PdfStructureError('cross-reference streams are not supported');
    let pos = at + 4;
    const sectionRe = /\s*(\d+) (\d+)\s*?\r?\n/y;
    for (;;) {
      sectionRe.lastIndex = pos;
      const head = sectionRe.exec(text);
      if (!head) break;
      const first = Number(head[1]);
      const count = Number(head[2]);
      pos = sectionRe.lastIndex;
      for (let i = 0; i < count; i++) {
        const entry = text.slice(pos, pos + 20);
        const m = /^(\d{10}) (\d{5}) ([nf])/.exec(entry);
        if (!m) throw new PdfStructureError(`bad xref entry at ${pos}`);
        if (m[3] === 'n' && !offsets.has(first + i)) offsets.set(first + i, Number(m[1]));
        pos += 20;
      }
    }
    const t = /\s*trailer\s*(<<[\s\S]*?>>)\s*startxref/y;
    t.lastIndex = pos;
    const tm = t.exec(text);
    if (!tm) throw new PdfStructureError('no trailer');
    if (!trailer) trailer = tm[1]!;
    const prev = /\/Prev (\d+)/.exec(tm[1]!);
    at = prev ? Number(prev[1]) : undefined;
  }
  const ref = (key: string) => {
    const m = new RegExp(`/${key} (\\d+) \\d+ R`).exec(trailer);
    return m ? Number(m[1]) : undefined;
  };
  const root = ref('Root');
  if (root === undefined) throw new PdfStructureError('no /Root');
  const size = Number(/\/Size (\d+)/.exec(trailer)?.[1] ?? NaN);
  return { bytes, text, offsets, trailer, startxref, size, root, info: ref('Info') };
}

/** The text of an object's dictionary (or value) without its stream, e.g. "<</Type /Page ...>>". */
export function objectBody(pdf: PdfFile, num: number): string {
  const at = pdf.offsets.get(num);
  if (at === undefined) throw new PdfStructureError(`object ${num} is not in the xref`);
  const head = new RegExp(`${num} \\d+ obj`, 'y');
  head.lastIndex = at;
  if (!head.exec(pdf.text)) throw new PdfStructureError(`object ${num} is not at its xref offset`);
  const start = head.lastIndex;
  const stream = pdf.text.indexOf('stream', start);
  const end = pdf.text.indexOf('endobj', start);
  if (end < 0) throw new PdfStructureError(`object ${num} has no endobj`);
  const stop = stream >= 0 && stream < end && pdf.text.slice(start, stream).trimEnd().endsWith('>>') ? stream : end;
  return pdf.text.slice(start, stop).trim();
}

const refIn = (body: string, key: string): number | undefined => {
  const m = new RegExp(`/${key} (\\d+) \\d+ R`).exec(body);
  return m ? Number(m[1]) : undefined;
};

/** Object numbers of the pages, in reading order. */
export function pageObjects(pdf: PdfFile): number[] {
  const pagesRoot = refIn(objectBody(pdf, pdf.root), 'Pages');
  if (pagesRoot === undefined) throw new PdfStructureError('catalog has no /Pages');
  const out: number[] = [];
  const walk = (num: number, depth: number) => {
    if (depth > 50) throw new PdfStructureError('page tree too deep');
    const body = objectBody(pdf, num);
    if (/\/Type\s*\/Pages\b/.test(body)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body);
      for (const m of (kids?.[1] ?? '').matchAll(/(\d+) \d+ R/g)) walk(Number(m[1]), depth + 1);
    } else {
      out.push(num);
    }
  };
  walk(pagesRoot, 0);
  return out;
}

export function pageCount(pdf: PdfFile): number {
  return pageObjects(pdf).length;
}

export interface OutlineEntry {
  readonly title: string;
  /** 1-based page number of the entry's destination. */
  readonly page: number;
  readonly depth: number;
}

/** The document outline (Chromium makes it from the headings), flattened in document order. */
export function readOutline(pdf: PdfFile): OutlineEntry[] {
  const outlines = refIn(objectBody(pdf, pdf.root), 'Outlines');
  if (outlines === undefined) return [];
  const pageNumber = new Map(pageObjects(pdf).map((n, i) => [n, i + 1]));
  const out: OutlineEntry[] = [];
  const seen = new Set<number>();
  const walk = (first: number | undefined, depth: number) => {
    for (let item = first; item !== undefined && !seen.has(item);) {
      seen.add(item);
      const body = objectBody(pdf, item);
      const title = decodePdfString(/\/Title\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/.exec(body)?.[1] ?? '()');
      const dest = /\/Dest\s*\[\s*(\d+) \d+ R/.exec(body);
      const page = dest ? pageNumber.get(Number(dest[1])) : undefined;
      if (page !== undefined) out.push({ title, page, depth });
      walk(refIn(body, 'First'), depth + 1);
      item = refIn(body, 'Next');
    }
  };
  walk(refIn(objectBody(pdf, outlines), 'First'), 0);
  return out;
}

/** A PDF string token, hex "<FEFF…>" or literal "(…)", as text. */
export function decodePdfString(token: string): string {
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s+/g, '');
    const bytes = Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be(bytes.subarray(2));
    return bytes.toString('latin1');
  }
  const inner = token.slice(1, -1);
  const raw = inner.replace(/\\([nrtbf()\\]|[0-7]{1,3}|\r?\n)/g, (_, e: string) => {
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
    if (e in simple) return simple[e]!;
    if (/^[0-7]+$/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return '';
  });
  const bytes = Buffer.from(raw, 'latin1');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be(bytes.subarray(2));
  return raw;
}

function utf16be(bytes: Buffer): string {
  const swapped = Buffer.from(bytes);
  swapped.swap16();
  return swapped.toString('utf16le');
}

/** A text string for a PDF dictionary: UTF-16BE with a byte order mark, as hex. */
export function pdfTextString(s: string): string {
  const le = Buffer.from(s, 'utf16le');
  le.swap16();
  return `<FEFF${le.toString('hex').toUpperCase()}>`;
}

/** "D:20210905140300+02'00'", local time with its offset. */
export function pdfDate(d: Date): string {
  const p = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  return `D:${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}` +
    `${sign}${p(Math.floor(Math.abs(off) / 60))}'${p(Math.abs(off) % 60)}'`;
}
