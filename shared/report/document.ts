/**
 * A document as plain data: what a report says, without how one file format
 * draws it. The Word writer (electron/export/docx) turns it into a .docx; a
 * report (minutes, a status report, NB's reports) builds one of these from the
 * workbook with pure functions, so the same builder can feed other formats
 * later and a test can read what a report says without unzipping anything.
 *
 * Text is kept exactly as given: a writer escapes, it never drops or
 * interprets characters (a «<b>» typed in the minutes is four characters of
 * text here). Links carry a target that shared/rules/linkTargets allowed;
 * builders make them with `link()`, which refuses the rest.
 */
import { safeLinkTarget } from '../rules/linkTargets.js';

export interface DocumentRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly strike?: boolean;
  /** Code, in a fixed-width font. */
  readonly code?: boolean;
  /** An external address (http, https, mailto) already checked by safeLinkTarget. */
  readonly link?: string;
}

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
export type ColumnAlign = 'left' | 'right' | 'center';

export interface DocumentColumn {
  readonly header: string;
  readonly align?: ColumnAlign;
  /** Relative width (the writer shares the text width in these proportions); equal when left out. */
  readonly width?: number;
}

export interface DocumentTableRow {
  /** One list of blocks per column (usually one paragraph); a row of one cell spans the table (a group's heading). */
  readonly cells: readonly (readonly DocumentBlock[])[];
  /** A sum row or a group's heading row: bold. */
  readonly emphasis?: 'sum' | 'group';
}

export type DocumentBlock =
  | { readonly type: 'heading'; readonly level: HeadingLevel; readonly runs: readonly DocumentRun[] }
  /** `tone: 'muted'` is secondary text (an empty section's «Ikke ført.»), `'small'` a note under a table. */
  | { readonly type: 'paragraph'; readonly runs: readonly DocumentRun[]; readonly tone?: 'muted' | 'small' }
  /**
   * A list. Each item is blocks (a paragraph, maybe a nested list). An ordered
   * list keeps the numbers as written (`start`), so «3.» stays «3.».
   */
  | { readonly type: 'list'; readonly ordered: boolean; readonly start?: number; readonly items: readonly (readonly DocumentBlock[])[] }
  | { readonly type: 'table'; readonly columns: readonly DocumentColumn[]; readonly rows: readonly DocumentTableRow[] }
  | { readonly type: 'quote'; readonly blocks: readonly DocumentBlock[] }
  /** Code as written, line breaks kept. */
  | { readonly type: 'code'; readonly text: string }
  /** A thematic break (Markdown's «---»). */
  | { readonly type: 'rule' }
  | { readonly type: 'pageBreak' };

export interface DocumentMeta {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  readonly keywords: readonly string[];
  /** BCP 47, as Word wants it: 'nb-NO' for bokmål, 'en-GB' for English. */
  readonly language: 'nb-NO' | 'en-GB';
}

export interface DocumentFooter {
  /** Left: project, date printed, last change. */
  readonly text: string;
  /** Right: «Side» {n} «av» {total}. */
  readonly page: string;
  readonly of: string;
}

export interface DocumentModel {
  readonly meta: DocumentMeta;
  readonly footer: DocumentFooter;
  readonly blocks: readonly DocumentBlock[];
}

// Small constructors, so builders read like the document they make.

export function run(text: string, style: Omit<DocumentRun, 'text'> = {}): DocumentRun {
  return { text, ...style };
}

/**
 * A link where linkTargets allows one, else its words with the address beside
 * them as text (as the PDF prints it). Jumps within a page («#…») have no
 * place to land in a Word file, so they are text too.
 */
export function link(words: readonly DocumentRun[], url: string): DocumentRun[] {
  const target = safeLinkTarget(url);
  if (target !== null && !target.startsWith('#')) return words.map((w) => ({ ...w, link: target }));
  const shown = words.map((w) => w.text).join('');
  return url && url !== shown ? [...words, run(` (${url})`)] : [...words];
}

export function heading(level: HeadingLevel, text: string): DocumentBlock {
  return { type: 'heading', level, runs: [run(text)] };
}

export function paragraph(content: string | readonly DocumentRun[], tone?: 'muted' | 'small'): DocumentBlock {
  const runs = typeof content === 'string' ? [run(content)] : content;
  return tone ? { type: 'paragraph', runs, tone } : { type: 'paragraph', runs };
}

/** «Label: value» on one line, the label bold: a fact in a document's header. */
export function fact(label: string, value: string): DocumentBlock {
  return paragraph([run(`${label}: `, { bold: true }), run(value)]);
}

export function bulletList(items: readonly string[]): DocumentBlock {
  return { type: 'list', ordered: false, items: items.map((text) => [paragraph(text)]) };
}

/** A table cell holding one line of text (line breaks in it are kept). */
export function cell(text: string, style: Omit<DocumentRun, 'text'> = {}): DocumentBlock[] {
  return [paragraph([run(text, style)])];
}

/** Every character of a document's text, in order: for tests and search, never for display. */
export function documentText(blocks: readonly DocumentBlock[]): string {
  const out: string[] = [];
  const walk = (b: DocumentBlock): void => {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        out.push(b.runs.map((r) => r.text).join(''));
        break;
      case 'list':
        b.items.forEach((item) => item.forEach(walk));
        break;
      case 'table':
        out.push(b.columns.map((c) => c.header).join(' '));
        b.rows.forEach((r) => r.cells.forEach((c) => c.forEach(walk)));
        break;
      case 'quote':
        b.blocks.forEach(walk);
        break;
      case 'code':
        out.push(b.text);
        break;
      default:
        break;
    }
  };
  blocks.forEach(walk);
  return out.join('\n');
}
