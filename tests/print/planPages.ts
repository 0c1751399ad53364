import { pdfInfo, pdfLayoutText } from './pdfTools.js';

/** The plan's contents as printed on page 2: each entry's title and page number. */
export function contentsEntries(pdf: string): { title: string; page: number }[] {
  return pdfLayoutText(pdf, 2)
    .split('\n')
    .map((l) => /^\s*(\S.*?)\s{2,}(\d+)\s*$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ title: m[1]!, page: Number(m[2]) }));
}

/** The page on which a chapter's heading stands as a line of its own (a contents line has its number beside it); 0 if none. */
export function chapterPage(pdf: string, title: string): number {
  const pages = pdfInfo(pdf).pages;
  for (let p = 2; p <= pages; p++) {
    if (pdfLayoutText(pdf, p).split('\n').some((l) => l.trim() === title)) return p;
  }
  return 0;
}
