/**
 * Marks where the query's terms occur in a text, as the trigram index matches
 * them: ignoring case and diacritics (remove_diacritics 1: «mal» finds «mål»,
 * «ø» and «æ» stay letters of their own). Done here on the plain body rather
 * than with FTS5's highlight(), which tokenizes each hit's whole body again
 * and cost as much as the query itself on a large workbook.
 */
export function markTerms(text: string, terms: readonly string[], open: string, close: string): string {
  const { folded, origin } = fold(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    const needle = fold(term).folded;
    if (needle === '') continue;
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
      ranges.push([origin[at]!, origin[at + needle.length - 1]! + 1]);
    }
  }
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let pos = 0;
  let current: [number, number] | undefined;
  for (const r of ranges) {
    if (current && r[0] <= current[1]) current[1] = Math.max(current[1], r[1]);
    else {
      if (current) {
        out += text.slice(pos, current[0]) + open + text.slice(current[0], current[1]) + close;
        pos = current[1];
      }
      current = [r[0], r[1]];
    }
  }
  out += text.slice(pos, current![0]) + open + text.slice(current![0], current![1]) + close + text.slice(current![1]);
  return out;
}

const MARKS = /\p{M}/gu;

/** The text lower-cased without diacritics, each of its UTF-16 units mapped to where it came from; whitespace as a space. */
function fold(text: string): { folded: string; origin: number[] } {
  const parts: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Most of the text is ASCII: lower-cased by its code, without normalising.
    if (code < 0x80) {
      parts.push(code === 9 || code === 10 || code === 13 ? ' ' : code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]!);
      origin.push(i);
      continue;
    }
    const width = code >= 0xd800 && code < 0xdc00 ? 2 : 1;
    const ch = text.slice(i, i + width);
    const f = /\s/u.test(ch) ? ' ' : ch.normalize('NFD').replace(MARKS, '').toLowerCase();
    for (let k = 0; k < f.length; k++) origin.push(i);
    parts.push(f);
    i += width - 1;
  }
  return { folded: parts.join(''), origin };
}
