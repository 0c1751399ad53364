import { useEffect } from 'react';
import { MarkdownText } from '../components/Markdown';
import type { RecordOf } from '../../shared/model/kinds';
import { D, S } from './strings';

/** Quotes text as a CSS string for generated content (page footers). */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

export interface PageStyleProps {
  readonly orientation: 'portrait' | 'landscape';
  /** CSS margins of the page box; the footer sits in the bottom margin. */
  readonly margin: string;
  /** Running footer text on the left; none when left out. */
  readonly footer?: string;
  /** "Side 2 av 9" on the right of the footer. */
  readonly pageNumbers?: boolean;
  /** No footer on the first page (a title page). */
  readonly bareFirstPage?: boolean;
}

/**
 * The view's @page rule: paper size and orientation, margins, and a running
 * footer in CSS page-margin boxes, which Chromium fills in on every page in
 * all three print paths (the print dialog, printToPDF and the CLI), with the
 * page counter and the page total computed by Chromium itself.
 */
export function PageStyle({ orientation, margin, footer, pageNumbers, bareFirstPage }: PageStyleProps) {
  // The page-margin boxes read the print palette's font and ink (renderer/ui/tokens.css) like the page does.
  const box = 'font-family: var(--font-print); font-size: 7.5pt; color: var(--print-muted);';
  const rules = [
    `@page { size: A4 ${orientation}; margin: ${margin};`,
    footer ? ` @bottom-left { content: ${cssString(footer)}; ${box} vertical-align: top; padding-top: 4mm; }` : '',
    pageNumbers ? ` @bottom-right { content: ${cssString(`${S.common.page} `)} counter(page) ${cssString(` ${S.common.of} `)} counter(pages); ${box} vertical-align: top; padding-top: 4mm; white-space: nowrap; }` : '',
    ' }',
    bareFirstPage ? ' @page :first { @bottom-left { content: none; } @bottom-right { content: none; } }' : '',
  ];
  return <style>{rules.join('')}</style>;
}

export interface DocumentMeta {
  readonly title: string;
  readonly subject: string;
  readonly keywords: readonly string[];
}

/**
 * Tells the PDF renderer the view is complete: sets the document's title and
 * metadata, waits for the fonts, then marks body[data-print-ready]. Nothing
 * may change the layout after this.
 */
export function usePrintReady(ready: boolean, meta: DocumentMeta | undefined): void {
  useEffect(() => {
    if (!ready || !meta) return;
    let live = true;
    document.title = meta.title;
    document.body.dataset.printSubject = meta.subject;
    document.body.dataset.printKeywords = meta.keywords.filter(Boolean).join('|');
    void document.fonts.ready.then(() => {
      // A task later, so React has committed everything the fonts' arrival may have changed.
      setTimeout(() => {
        if (live) document.body.dataset.printReady = 'true';
      }, 0);
    });
    return () => {
      live = false;
    };
  }, [ready, meta]);
}

/** Long text as written in the workbook: Markdown, every character kept (see components/Markdown). */
export function Prose({ text, empty }: { text: string; empty?: string }) {
  if (!text.trim()) return empty ? <p className="pr-muted">{empty}</p> : null;
  return (
    <div className="pr-prose">
      <MarkdownText text={text} />
    </div>
  );
}

export function projectTitle(project: RecordOf<'project'> | undefined): string {
  return project?.title || S.common.noTitle;
}

/** "Beste praksis … · Skrevet ut 05.09.2021 · Sist endret 04.09.2021 kl. 14.03" */
export function footerLine(project: RecordOf<'project'> | undefined, printedOn: Date, lastChange: string | null): string {
  const changed = D.stamp(lastChange);
  return [
    projectTitle(project),
    `${S.common.printed} ${D.localDate(printedOn)}`,
    changed ? `${S.common.lastChange} ${changed}` : '',
  ].filter(Boolean).join(' · ');
}

export function keywordsOf(project: RecordOf<'project'> | undefined): string[] {
  return [project?.title ?? '', ...(project?.parties ?? []), project?.funder ?? ''].filter(Boolean);
}

/** The report's date: the route's ?date= when given (reproducible reports), else today, as a local Date. */
export function reportDate(isoDate: string | undefined): Date {
  if (!isoDate) return new Date();
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}
