import type { OutlineEntry } from './pdfStructure.js';

/**
 * Page numbers for a table of contents. Chromium cannot compute them
 * (no CSS target-counter), but the PDF it prints carries an outline made
 * from the headings, each entry pointing at the page where its heading
 * landed after all of Chromium's own page breaking. So the plan is printed
 * once, the outline read (pdfStructure.readOutline), and printed again with
 * the numbers; the contents page reserves fixed-width space for them and is
 * followed by a forced page break, so filling them in moves nothing.
 *
 * Entries are matched to the headings in order by their text, skipping
 * outline entries that are not in the contents (the title page's heading).
 * A heading with no outline entry gets 0, which the view prints as blank.
 * Chromium writes a heading's text twice into its outline entry when the
 * heading was moved to the next page to stay with the block after it
 * («7. Budsjett7. Budsjett»), so a title repeated counts as the title.
 */
export function tocPageNumbers(titles: readonly string[], outline: readonly OutlineEntry[]): number[] {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const squash = (s: string) => s.replace(/\s+/g, '');
  const names = (entry: string, title: string) => {
    if (norm(entry) === norm(title)) return true;
    const e = squash(entry);
    const t = squash(title);
    return t.length > 0 && e.length % t.length === 0 && e === t.repeat(e.length / t.length);
  };
  let from = 0;
  return titles.map((title) => {
    const i = outline.findIndex((e, k) => k >= from && names(e.title, title));
    if (i < 0) return 0;
    from = i + 1;
    return outline[i]!.page;
  });
}
