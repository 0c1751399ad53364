/**
 * How a typed query becomes search terms, for the workbook's index and for
 * the search field's hints alike. The index matches trigrams, so a term needs
 * three characters: a shorter word is kept together with its neighbour, as
 * typed, so «gruppe B» looks for «gruppe B» (inside «Prosjektgruppe B») rather
 * than for «gruppe» and any «b».
 */
export const MIN_TERM_LENGTH = 3;
const MAX_TERMS = 20;

export function searchTerms(text: string): string[] {
  const words = text
    .normalize('NFC')
    .split(/\s+/u)
    // Quotes, brackets and a full stop around a word are not part of it; a hyphen or dot inside is («IT-avdelingen», «1.3»).
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '');
  const terms: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const last = terms.length - 1;
    if ([...word].length >= MIN_TERM_LENGTH) terms.push(word);
    else if (last >= 0) terms[last] = `${terms[last]} ${word}`;
    else if (i + 1 < words.length) words[i + 1] = `${word} ${words[i + 1]}`;
  }
  return terms.slice(0, MAX_TERMS);
}

/** Whether a query has anything the index can look for (three characters, after punctuation is dropped). */
export function isSearchable(text: string): boolean {
  return searchTerms(text).length > 0;
}
