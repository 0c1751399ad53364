/**
 * Text as XML can hold it. XML 1.0 has no place for most control characters
 * (a stray U+0007 from a pasted e-mail makes the whole .docx unreadable), so
 * each one becomes its visible Unicode picture (U+2400 …), and a lone
 * surrogate becomes U+FFFD: the reader sees that something was there, and
 * every other character is written as it is (the docx package escapes
 * «<», «>» and «&»).
 */
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function writableText(text: string): string {
  return text.replace(UNWRITABLE, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\uFFFD';
  });
}

/** Lines of a text, whatever its line ends. */
export function textLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDE7F]|\uD83A[\uDC00-\uDFFF]/;
const STRONG = /[\p{L}]/u;

/**
 * Whether a paragraph reads right to left: its first letter is Hebrew,
 * Arabic or another right-to-left script (HTML's dir="auto" rule). Word
 * then lays the paragraph out from the right; the letters' own order within
 * a line is Word's bidi algorithm's, as in any browser.
 */
export function readsRightToLeft(text: string): boolean {
  for (const ch of text) {
    if (RTL.test(ch)) return true;
    if (STRONG.test(ch)) return false;
  }
  return false;
}
